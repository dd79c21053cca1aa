import { Text } from 'ink';
import { FINDING_STATUSES } from '../domain/status.js';
import { fitCells } from '../text/layout.js';
import { sanitizeLine } from '../text/sanitize.js';
import { type AppState, activeView } from './app-state.js';
import { footerHints, type Keymap } from './keymap.js';
import type { Theme } from './theme.js';

interface FooterProps {
  state: AppState;
  keymap: Keymap;
  theme: Theme;
  width: number;
}

/**
 * Three lines: counts under the filter and the selection; the message
 * (or the line being typed); key hints for the active view.
 */
export function Footer({ state, keymap, theme, width }: FooterProps) {
  const { counts, total, selection, window } = state.findings;
  const statuses = FINDING_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${status} ${counts[status]}`)
    .join(' · ');
  const position =
    window.rows.length > 0 ? window.offset + window.cursor + 1 : 0;
  const counted = total === undefined ? 'counting…' : statuses;
  const summary =
    `${position}/${total ?? '…'}` +
    (counted === '' ? '' : ` │ ${counted}`) +
    ` │ ${selection.size} selected` +
    (state.findings.range === undefined ? '' : ' │ range');

  const view = activeView(state);
  const hints = footerHints(keymap, view)
    .map((hint) => `${hint.keys} ${hint.label}`)
    .join('  ');
  const top = state.overlays.at(-1);
  const targets = selection.size > 0 ? selection.size : 1;
  const message =
    top?.kind === 'status-chooser'
      ? { text: `set the status of ${targets} (Esc cancels):`, error: false }
      : state.message;

  return (
    <>
      <Text wrap="truncate">{fitCells(summary, width)}</Text>
      {top?.kind === 'line-input' ? (
        <Text wrap="truncate" color={theme.accent}>
          {fitCells(`${PROMPTS[top.purpose]}${sanitizeLine(top.text)}█`, width)}
        </Text>
      ) : (
        <Text
          wrap="truncate"
          color={message?.error ? theme.error : theme.accent}
          bold={message?.error}
        >
          {fitCells(sanitizeLine(message?.text ?? ''), width)}
        </Text>
      )}
      <Text wrap="truncate" dimColor={theme.dim}>
        {fitCells(hints, width)}
      </Text>
    </>
  );
}

const PROMPTS = {
  filter: 'filter: ',
  remark: 'remark: ',
  'remark-append': 'append to remark: ',
} as const;
