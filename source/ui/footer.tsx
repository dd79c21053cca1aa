import { Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { sanitizeLine } from '../text/sanitize.js';
import { type AppState, activeView } from './app-state.js';
import { footerHints, type Keymap } from './keymap.js';
import { remarkOfferQuestion } from './remark-line.js';
import type { Theme } from './theme.js';

interface FooterProps {
  state: AppState;
  /** About the view on screen (view-chrome.ts), already sanitized. */
  summary: string;
  keymap: Keymap;
  theme: Theme;
  width: number;
}

/**
 * Three lines: the view's summary; the message (or the line being
 * typed); key hints for the active view.
 */
export function Footer({ state, summary, keymap, theme, width }: FooterProps) {
  const { selection } = state.findings;
  const view = activeView(state);
  const hints = footerHints(keymap, view)
    .map((hint) => `${hint.keys} ${hint.label}`)
    .join('  ');
  const top = state.overlays.at(-1);
  const targets = selection.size > 0 ? selection.size : 1;
  // A filter's problems stay in view as long as it applies, or a user
  // could act on findings it was never narrowed to.
  const { filterProblems } = state.findings;
  const problems =
    view === 'findings' && filterProblems.length > 0
      ? { text: `not applied: ${filterProblems.join('; ')}`, error: true }
      : undefined;
  const message =
    top?.kind === 'status-chooser'
      ? { text: `set the status of ${targets} (Esc cancels):`, error: false }
      : top?.kind === 'line-input' && top.offer
        ? { text: remarkOfferQuestion(top.offer), error: false }
        : (state.message ?? problems);

  return (
    <>
      <Text wrap="truncate">{fitCells(summary, width)}</Text>
      {top?.kind === 'line-input' && !top.offer ? (
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
