import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../source/config/load.js';
import { configPath } from '../../source/config/paths.js';
import { saveConfig } from '../../source/config/save.js';

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'sectriage-config-'));
}

describe('configPath', () => {
  it('uses XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe(
      '/x/sectriage/config.json',
    );
    expect(configPath({}, '/home/u')).toBe(
      '/home/u/.config/sectriage/config.json',
    );
  });
});

describe('loadConfig', () => {
  it('treats a missing file as an empty config', () => {
    const path = join(temporaryDirectory(), 'config.json');

    expect(loadConfig(path)).toEqual({ path, config: {}, problems: [] });
  });

  it('reports bad JSON as a problem, not a crash', () => {
    const path = join(temporaryDirectory(), 'config.json');
    writeFileSync(path, '{ "tickets": ');

    const { problems } = loadConfig(path);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^config\.json: not valid JSON/);
  });

  it('prefixes each problem with the file name', () => {
    const path = join(temporaryDirectory(), 'config.json');
    writeFileSync(path, '{"tickets":{"urlHead":"nope"}}');

    expect(loadConfig(path).problems).toEqual([
      'config.json: tickets.urlHead must be an http(s) URL',
    ]);
  });
});

describe('saveConfig', () => {
  it('writes atomically with mode 0600 and reads back', () => {
    const path = join(temporaryDirectory(), 'sub', 'config.json');
    const config = { defaultWorkspace: 'acme' };

    saveConfig(path, config);
    saveConfig(path, config);

    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(config);
    expect(loadConfig(path).config).toEqual(config);
  });
});
