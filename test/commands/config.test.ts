import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configCommand } from '../../source/commands/config.js';
import { keymapValidation } from '../../source/ui/key-overrides.js';

function setUp() {
  const home = mkdtempSync(join(tmpdir(), 'sectriage-cmd-'));
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (text: string) => out.push(`${text}\n`),
    err: (text: string) => err.push(`${text}\n`),
    env: { XDG_CONFIG_HOME: home },
  };
  const path = join(home, 'sectriage', 'config.json');
  const run = (...args: string[]) =>
    configCommand(args, {}, io, { commandIds: ['issue.open'] });

  return { io, out, err, path, run };
}

describe('sectriage config', () => {
  it('prints the path', () => {
    const { run, out, path } = setUp();

    expect(run('path')).toBe(0);
    expect(out.join('')).toBe(`${path}\n`);
  });

  it('sets and gets ticket heads, global and per workspace', () => {
    const { run, out, path } = setUp();

    expect(run('set', 'tickets.urlHead', 'https://jira.example.com/b/')).toBe(
      0,
    );
    expect(run('set', 'workspaces.acme.eu.tickets.urlTail', '?all=1')).toBe(0);
    expect(run('set', 'keys.issue.open', 'o, ctrl+o')).toBe(0);
    expect(run('get', 'tickets.urlHead')).toBe(0);
    expect(run('get', 'workspaces.acme.eu.tickets.urlTail')).toBe(0);
    expect(run('get', 'keys.issue.open')).toBe(0);

    expect(out.join('')).toBe(
      'https://jira.example.com/b/\n?all=1\no,ctrl+o\n',
    );
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      tickets: { urlHead: 'https://jira.example.com/b/' },
      workspaces: { 'acme.eu': { tickets: { urlTail: '?all=1' } } },
      keys: { 'issue.open': ['o', 'ctrl+o'] },
    });
  });

  it('refuses an invalid value and writes nothing', () => {
    const { run, err, path } = setUp();

    expect(run('set', 'tickets.urlHead', 'file:///etc/passwd')).toBe(1);
    expect(run('set', 'keys.no.such', 'x')).toBe(1);

    expect(err.join('')).toContain(
      'config.json: tickets.urlHead must be an http(s) URL',
    );
    expect(err.join('')).toContain('keys.no.such: no command has this id');
    expect(() => statSync(path)).toThrow();
  });

  it('refuses a key override that clashes with another command', () => {
    const { io, err, path } = setUp();

    const set = (id: string, keys: string) =>
      configCommand(['set', id, keys], {}, io, keymapValidation());
    expect(set('keys.cursor.down', 'q')).toBe(1);

    expect(err).toEqual([
      'config.json: keys.cursor.down: q is already the key of app.quit ' +
        'in findings\n',
    ]);
    expect(() => statSync(path)).toThrow();
    expect(set('keys.cursor.down', 'n')).toBe(0);
  });

  it('will not rewrite a config that is already invalid', () => {
    const { run, err, path } = setUp();
    run('set', 'defaultWorkspace', 'acme');
    writeFileSync(path, '{"defaultWorkspace": 3}');

    expect(run('set', 'tickets.urlTail', 'x')).toBe(1);
    expect(err.join('')).toContain('defaultWorkspace must be');
    expect(readFileSync(path, 'utf8')).toBe('{"defaultWorkspace": 3}');
  });

  it('unsets a key; get of an unset key exits 1', () => {
    const { run } = setUp();
    run('set', 'defaultWorkspace', 'acme');

    expect(run('unset', 'defaultWorkspace')).toBe(0);
    expect(run('get', 'defaultWorkspace')).toBe(1);
  });

  it('exits 2 on usage errors', () => {
    const { run, err } = setUp();

    expect(run()).toBe(2);
    expect(run('get')).toBe(2);
    expect(run('set', 'tickets.urlHead')).toBe(2);
    expect(run('get', 'colour')).toBe(2);
    expect(err.join('')).toContain('not a config key: colour');
  });
});
