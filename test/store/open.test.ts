import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStorePath } from '../../source/store/paths.js';
import { SCHEMA_VERSION } from '../../source/store/schema.js';
import { Store } from '../../source/store/store.js';
import { dumpStore } from '../helpers/dump-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sectriage-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening the store', () => {
  it('creates a private file and its folder, in WAL mode', () => {
    const path = join(dir, 'nested', 'store.db');
    const store = Store.open(path, { user: 'ann' });
    store.close();

    expect(statSync(path).mode & 0o777).toBe(0o600);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a store from a newer sectriage and leaves it untouched', () => {
    const path = join(dir, 'store.db');
    Store.open(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = dumpStore(path);

    expect(() => Store.open(path)).toThrow(
      /newer than this sectriage understands.*not modified/,
    );
    expect(dumpStore(path)).toBe(before);
  });

  it('does not create a store when told not to', () => {
    const path = join(dir, 'missing.db');

    expect(() => Store.open(path, { create: false })).toThrow(/no store at/);
    expect(() => statSync(path)).toThrow();
  });

  it('names the file when it is not a store', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'not sqlite at all');

    expect(() => Store.open(text)).toThrow(/notes\.db: cannot open the store/);
  });
});

describe('where the store lives', () => {
  it('follows SECTRIAGE_DB, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultStorePath({ SECTRIAGE_DB: '/x/s.db' })).toBe('/x/s.db');
    expect(defaultStorePath({ XDG_DATA_HOME: '/data' })).toBe(
      '/data/sectriage/sectriage.db',
    );
    expect(defaultStorePath({})).toMatch(
      /\/\.local\/share\/sectriage\/sectriage\.db$/,
    );
  });
});
