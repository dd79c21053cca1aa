import { Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { AppState } from './app-state.js';

interface HeaderProps {
  state: AppState;
  /** What the pane shows (view-chrome.ts), already sanitized. */
  title: string;
  width: number;
}

/** One line: workspace, scan and what the pane shows, always visible. */
export function Header({ state, title, width }: HeaderProps) {
  const workspace = sanitizeLine(state.workspace?.name ?? 'all workspaces');
  const scan = sanitizeLine(state.scan?.name ?? 'all scans');
  const line = ` sectriage │ ${workspace} │ ${scan} │ ${title}`;
  return (
    <Text inverse bold wrap="truncate">
      {fitCells(line, width)}
    </Text>
  );
}
