import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveConfig } from '../../source/config/save.js';
import { loadScreenConfig } from '../../source/ui/screen-config.js';
import { type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

const desktop = { env: { DISPLAY: ':0' }, platform: 'linux' as const };

function configFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'sectriage-config-')), 'config.json');
}

describe('config changes while the screen runs', () => {
  it('takes new ticket settings; keeps them if the file goes bad', async () => {
    const path = configFile();
    const openUrl = vi.fn(async () => undefined);
    app = await renderApp({
      findings: [{ host: '10.0.0.1' }],
      configPath: path,
      browser: desktop,
      openUrl,
    });
    app.store.createIssue({
      workspace: 'acme',
      name: 'Weak',
      extRef: 'DEMO-1',
    });
    app.controller.dispatch({ type: 'refresh' });
    await app.press('2');
    await app.waitFor('DEMO-1');
    await app.press('t');
    await app.waitFor('no ticket URL is configured');

    saveConfig(path, {
      tickets: { urlHead: 'https://jira.example.com/browse/' },
    });
    await app.waitFor('config reloaded from');
    await app.press('t');
    await app.waitFor('opened https://jira.example.com/browse/DEMO-1');

    writeFileSync(path, '{"tickets": {"urlHead": ');
    const notice = loadScreenConfig(path).notice ?? '';
    expect(notice).toMatch(/^config\.json: not valid JSON/);
    await app.waitFor(notice.slice(0, 60));
    openUrl.mockClear();
    await app.press('t');
    await app.waitFor('opened https://jira.example.com/browse/DEMO-1');
    expect(openUrl).toHaveBeenCalledWith(
      'https://jira.example.com/browse/DEMO-1',
    );
  });

  it('names a bad setting as the start does; keeps the last good', async () => {
    const path = configFile();
    saveConfig(path, { tickets: { urlHead: 'https://a.example/t/' } });
    const openUrl = vi.fn(async () => undefined);
    app = await renderApp({
      findings: [{ host: '10.0.0.1' }],
      configPath: path,
      browser: desktop,
      openUrl,
    });
    app.store.createIssue({ workspace: 'acme', name: 'Weak', extRef: 'X-1' });
    app.controller.dispatch({ type: 'refresh' });
    await app.press('2');
    await app.waitFor('X-1');

    writeFileSync(path, '{"tickets": {"urlHead": "ftp://b.example/"}}\n');
    const notice = loadScreenConfig(path).notice ?? '';
    expect(notice).not.toBe('');
    await app.waitFor(notice.slice(0, 60));
    await app.press('t');
    await app.waitFor('opened https://a.example/t/X-1');
  });
});
