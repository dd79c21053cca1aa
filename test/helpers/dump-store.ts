import Database from 'better-sqlite3';

/** Every row of every table, in a stable order: equal dumps, equal stores. */
export function dumpStore(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
    }
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
