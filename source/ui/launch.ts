import { loadConfig } from '../config/load.js';
import { configPath } from '../config/paths.js';
import { Store } from '../store/store.js';
import { COMMANDS } from './keymap.js';
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

  // A bad setting is reported in the footer; the valid ones still apply.
  const { config, problems } = loadConfig(configPath(), {
    commandIds: COMMANDS.map((command) => command.id),
  });
  const store = Store.open(options.storePath, { user: options.user });
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
      keys: config.keys,
      notice: problems.length > 0 ? problems.join('; ') : undefined,
    });
  } finally {
    store.close();
  }
}
