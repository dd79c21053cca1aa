import { configPath } from '../config/paths.js';
import { Store } from '../store/store.js';
import { runTriageScreen } from './run.js';
import { openLiveConfig } from './screen-config.js';

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

  const { live, notice } = openLiveConfig(configPath());
  const config = live.current();
  const store = Store.open(options.storePath, {
    user: options.user,
    create: false,
  });
  try {
    // Nothing crosses a workspace, and the store's sort indexes lead with
    // the workspace: always show one, the configured default if it
    // exists, else the first (the workspace picker chooses another).
    // Uncounted: the count of a big store would delay the first frame.
    const workspaces = store.workspaceRefs();
    const workspace =
      workspaces.find((each) => each.name === config.defaultWorkspace) ??
      workspaces[0];
    return await runTriageScreen({
      store,
      workspace,
      config,
      liveConfig: live,
      keys: config.keys,
      notice,
    });
  } finally {
    store.close();
  }
}
