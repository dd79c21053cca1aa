import { Text } from 'ink';
import { fitCells } from '../text/layout.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { AppState } from './app-state.js';

/** One line: workspace, scan and the active filter, always visible. */
export function Header({ state, width }: { state: AppState; width: number }) {
  const workspace = sanitizeLine(state.workspace?.name ?? 'all workspaces');
  const scan = sanitizeLine(state.scan?.name ?? 'all scans');
  const filter = sanitizeLine(state.findings.filterLine) || '(none)';
  const line = ` sectriage │ ${workspace} │ ${scan} │ filter: ${filter}`;
  return (
    <Text inverse bold wrap="truncate">
      {fitCells(line, width)}
    </Text>
  );
}
