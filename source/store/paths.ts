import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the store lives unless `--db` says otherwise: `SECTRIAGE_DB`, else
 * `$XDG_DATA_HOME/sectriage/sectriage.db`, else under ~/.local/share.
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SECTRIAGE_DB) return env.SECTRIAGE_DB;

  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'sectriage', 'sectriage.db');
}
