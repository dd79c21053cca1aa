import { loadConfig } from '../config/load.js';
import { configPath } from '../config/paths.js';
import type { Config } from '../config/types.js';
import { Store } from '../store/store.js';
import { keymapValidation } from './key-overrides.js';
import { runTriageScreen } from './run.js';

/**
 * The config for the screen. A bad setting, or a key override that
 * clashes with another command, is left out and named in the notice
 * (shown in the footer); the valid ones still apply.
 */
export function loadScreenConfig(path: string): {
  config: Config;
  notice?: string;
} {
  const { config, problems } = loadConfig(path, keymapValidation());
  return {
    config,
    notice: problems.length > 0 ? problems.join('; ') : undefined,
  };
}

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

  const { config, notice } = loadScreenConfig(configPath());
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
      keys: config.keys,
      notice,
    });
  } finally {
    store.close();
  }
}
