import type { Store } from '../store/store.js';
import { type CommandIo, safe, table, toJson } from './io.js';
import { workspaceId } from './options.js';

export function workspacesCommand(
  store: Store,
  options: { json: boolean },
  io: CommandIo,
): number {
  const workspaces = store.workspaces();
  if (options.json) {
    io.out(toJson(workspaces));
    return 0;
  }

  io.out(
    table(
      ['WORKSPACE', 'SCANS', 'FINDINGS'],
      workspaces.map((workspace) => [
        safe(workspace.name),
        String(workspace.scanCount),
        String(workspace.findingCount),
      ]),
    ),
  );
  return 0;
}

export function scansCommand(
  store: Store,
  options: { workspace?: string; json: boolean },
  io: CommandIo,
): number {
  const scans = store.scans(
    options.workspace ? workspaceId(store, options.workspace) : undefined,
  );
  if (options.json) {
    io.out(toJson(scans));
    return 0;
  }

  io.out(
    table(
      ['WORKSPACE', 'SCAN', 'SCANNER', 'RUNS', 'LAST RUN'],
      scans.map((scan) => [
        safe(scan.workspace),
        safe(scan.name),
        safe(scan.scanner),
        String(scan.runCount),
        scan.lastRunAt ?? '-',
      ]),
    ),
  );
  return 0;
}
