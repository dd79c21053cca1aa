import { Store } from '../store/store.js';
import { runTriageScreen } from './run.js';

/**
 * Opens the store and runs the triage screen over it: the launcher the
 * CLI calls when no command is given. Returns the exit status.
 */
export async function launchTriageScreen(options: {
  storePath: string;
  user?: string;
}): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write('sectriage: the triage screen needs a terminal\n');
    return 2;
  }

  const store = Store.open(options.storePath, { user: options.user });
  try {
    // Nothing crosses a workspace, and the store's sort indexes lead with
    // the workspace: always show one (the first until the workspace
    // picker or the config's default chooses another).
    const [workspace] = store.workspaces();
    return await runTriageScreen({ store, workspace });
  } finally {
    store.close();
  }
}
