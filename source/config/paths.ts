import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_CONFIG_HOME/sectriage/config.json`, else `~/.config/...`. */
export function configPath(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const base = env.XDG_CONFIG_HOME?.trim()
    ? env.XDG_CONFIG_HOME
    : join(home, '.config');
  return join(base, 'sectriage', 'config.json');
}

/** `$XDG_STATE_HOME/sectriage`, else `~/.local/state/sectriage`. */
export function stateDirectory(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const base = env.XDG_STATE_HOME?.trim()
    ? env.XDG_STATE_HOME
    : join(home, '.local', 'state');
  return join(base, 'sectriage');
}
