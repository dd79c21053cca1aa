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
    const workspaces = store.workspaces();
    // With one workspace there is nothing to choose; with several, all
    // are shown until the workspace picker narrows them.
    const workspace = workspaces.length === 1 ? workspaces[0] : undefined;
    return await runTriageScreen({ store, workspace });
  } finally {
    store.close();
  }
}
