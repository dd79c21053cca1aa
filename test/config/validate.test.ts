import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../source/config/validate.js';

const commandIds = ['cursor.down', 'issue.open'];

describe('validateConfig', () => {
  it('accepts a full config', () => {
    const raw = {
      tickets: { urlHead: 'https://jira.example.com/browse/', urlTail: '' },
      workspaces: {
        acme: { tickets: { urlHead: 'http://t.acme/', urlTail: '?a=1' } },
      },
      defaultWorkspace: 'acme',
      keys: { 'cursor.down': ['j', 'ctrl+n'], 'issue.open': ['O'] },
    };

    const { config, problems } = validateConfig(raw, { commandIds });

    expect(problems).toEqual([]);
    expect(config).toEqual(raw);
  });

  it('names each bad key and keeps the good ones', () => {
    const { config, problems } = validateConfig(
      {
        tickets: { urlHead: 'javascript:alert(1)', urlTail: '?x=1' },
        workspaces: { acme: { tickets: { urlHead: 'ftp://x/' } }, b: 3 },
        defaultWorkspace: 7,
        keys: { 'no.such': ['x'], 'cursor.down': [], 'issue.open': ['\u001b'] },
        colour: 'red',
      },
      { commandIds },
    );

    expect(problems).toEqual([
      'colour is not a setting',
      'tickets.urlHead must be an http(s) URL',
      'workspaces.acme.tickets.urlHead must be an http(s) URL',
      'workspaces.b must be an object',
      'defaultWorkspace must be a non-empty string',
      'keys.no.such: no command has this id',
      'keys.cursor.down must be a non-empty list of keys',
      'keys.issue.open: not a key: "\\u001b"',
    ]);
    expect(config.tickets).toEqual({ urlTail: '?x=1' });
  });

  it('refuses control characters in a head or tail', () => {
    const { problems } = validateConfig({
      tickets: { urlHead: 'https://a/\u001b]52;c;x\u0007', urlTail: '\u009b' },
    });

    expect(problems).toEqual([
      'tickets.urlHead must not contain control characters',
      'tickets.urlTail must not contain control characters',
    ]);
  });

  it('refuses a config that is not an object', () => {
    expect(validateConfig([1]).problems).toEqual([
      'the file must hold a JSON object',
    ]);
  });
});
