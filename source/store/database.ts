import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { NewerStoreError, StoreError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/** How long a writer waits for another process's transaction. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (creating if needed, mode 0600) the store at `path` and brings its
 * schema up to date. A store from a newer version is refused untouched.
 */
export function openDatabase(path: string, create = true): Db {
  if (path !== ':memory:' && !existsSync(path)) {
    if (!create) {
      throw new StoreError(
        `no store at ${path}; import a scan first ` +
          '(sectriage import FILE --workspace W --scan S)',
      );
    }
    createPrivateFile(path);
  }

  let db: Db;
  try {
    db = new Database(path);
    db.pragma('schema_version');
  } catch (error) {
    throw new StoreError(
      `${path}: cannot open the store (${(error as Error).message})`,
    );
  }

  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    refuseNewer(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
  } catch (error) {
    db.close();
    throw error;
  }

  return db;
}

function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // 'a' creates the file if missing and never truncates an existing one.
  closeSync(openSync(path, 'a', 0o600));
}

function refuseNewer(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new NewerStoreError(path, version, SCHEMA_VERSION);
  }
}

function migrate(db: Db, path: string): void {
  const upgrade = db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated.
    refuseNewer(db, path);
    const version = db.pragma('user_version', { simple: true }) as number;
    for (let next = version; next < SCHEMA_VERSION; next += 1) {
      db.exec(MIGRATIONS[next] as string);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });

  const current = db.pragma('user_version', { simple: true }) as number;
  if (current < SCHEMA_VERSION) upgrade.immediate();
}
