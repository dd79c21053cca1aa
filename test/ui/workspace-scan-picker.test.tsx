import { afterEach, describe, expect, it } from 'vitest';
import { importFindings, scanFinding } from '../helpers/temp-store.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

async function seeded() {
  app = await renderApp({ findings: [{ host: '10.0.0.1' }] });
  for (const scan of ['nightly', 'weekly']) {
    await importFindings(
      app.store,
      [
        scanFinding({
          host: scan === 'nightly' ? '192.168.0.1' : '192.168.0.2',
        }),
      ],
      { workspace: 'beta', scan },
    );
  }
  app.controller.dispatch({ type: 'refresh' });
}

describe('workspace and scan pickers', () => {
  it('choose a workspace, then one scan: the findings follow', async () => {
    await seeded();

    await app.press('w');
    await app.waitFor('Choose a workspace');
    await app.press('bet');
    await app.press(KEY.enter);
    await app.waitFor('Scan of workspace beta');
    expect(app.frame()).toContain('all scans');
    await app.press('week');
    await app.press(KEY.enter);

    await app.waitFor('workspace beta, scan weekly');
    expect(app.frame()).toContain('192.168.0.2');
    expect(app.frame()).not.toContain('192.168.0.1');
    expect(app.frame()).not.toContain('10.0.0.1');
  });

  it('offers all scans; Esc leaves the picker unchanged', async () => {
    await seeded();

    await app.press('w');
    await app.waitFor('Choose a workspace');
    await app.press(KEY.escape);
    await app.waitFor('10.0.0.1');
    await app.press('w');
    await app.waitFor('Choose a workspace');
    await app.press(KEY.down);
    await app.press(KEY.enter);
    await app.waitFor('Scan of workspace beta');
    await app.press(KEY.enter);

    await app.waitFor('workspace beta, all scans');
    expect(app.frame()).toContain('192.168.0.1');
    expect(app.frame()).toContain('192.168.0.2');
  });
});
