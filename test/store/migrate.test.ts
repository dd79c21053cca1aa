import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../source/store/schema.js';
import { Store } from '../../source/store/store.js';
import { dumpStore } from '../helpers/dump-store.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sectriage-migrate-'));
  path = join(dir, 'store.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const STATUSES = ['new', 'open', 'no-issue', 'gone', 'closed', 'masked'];

/** A store as sectriage with schema 1 left it, with findings. */
function versionOneStore(): void {
  const db = new Database(path);
  db.exec(MIGRATIONS[0] as string);
  db.exec(`
    INSERT INTO workspace VALUES (1, 'acme', '2026-01-01'), (2, 'b', 'x');
    INSERT INTO scan VALUES (1, 1, 'weekly', 'Nmap'), (2, 2, 'daily', 'Nmap');
    INSERT INTO run VALUES (1, 1, 't', 't', 'f', 's', 'nmap', 0),
      (2, 2, 't', 't', 'f', 's', 'nmap', 0);`);
  const insert = db.prepare(
    `INSERT INTO finding (workspace_id, scan_id, host, port, plugin,
       finding, severity, status, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let index = 0; index < 300; index++) {
    const scan = index % 3 === 0 ? 2 : 1;
    insert.run(
      scan,
      scan,
      `10.0.0.${index}`,
      ['22/tcp', '443/tcp'][index % 2],
      'p',
      'text',
      index % 6,
      STATUSES[index % STATUSES.length],
      scan,
    );
  }
  db.pragma('user_version = 1');
  db.close();
}

function tables(except: string[]): string {
  const dump = JSON.parse(dumpStore(path)) as Record<string, unknown>;
  for (const name of except) delete dump[name];
  return JSON.stringify(dump);
}

describe('migrating a schema 1 store', () => {
  it('keeps every row and builds the tally from them', () => {
    versionOneStore();
    const before = tables([]);

    const store = Store.open(path, { create: false });
    const counts = store.countByStatus({ workspaceId: 1 });
    const portCount = store.countFindings({ workspaceId: 1, port: ['22/*'] });
    store.close();

    const db = new Database(path, { readonly: true });
    const version = db.pragma('user_version', { simple: true });
    const grouped = (table: string, n: string) =>
      db
        .prepare(
          `SELECT workspace_id, scan_id, port, status_rank, severity, ${n}
           FROM ${table} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
        )
        .raw()
        .all();
    const tally = grouped('finding_tally', 'sum(n)');
    const counted = grouped('finding', 'count(*)');
    db.close();

    expect(version).toBe(SCHEMA_VERSION);
    expect(tables(['finding_tally', 'sqlite_stat1', 'sqlite_stat4'])).toBe(
      before,
    );
    expect(tally).toEqual(counted);
    // Workspace 1 holds the indexes not divisible by 3: statuses 1, 2, 4, 5.
    expect(counts).toEqual({
      new: 0,
      changed: 0,
      open: 50,
      'no-issue': 50,
      gone: 0,
      closed: 50,
      masked: 50,
    });
    expect(portCount).toBe(100);
  });

  it('leaves the store as it was when the migration fails', () => {
    versionOneStore();
    const db = new Database(path);
    // Something in the way of the migration's own table.
    db.exec('CREATE TABLE finding_tally (x, y)');
    db.close();
    const before = dumpStore(path);

    expect(() => Store.open(path, { create: false })).toThrow();
    expect(dumpStore(path)).toBe(before);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    after.close();
  });
});
