/** Bytes a terminal sends for keys the triage view tests press. */
export const KEY = {
  enter: '\r',
  escape: '\u001b',
  down: '\u001b[B',
  up: '\u001b[A',
  right: '\u001b[C',
  left: '\u001b[D',
  tab: '\t',
  backspace: '\u007f',
  ctrlS: '\u0013',
  ctrlU: '\u0015',
} as const;
