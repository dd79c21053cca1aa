import { afterEach, describe, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

async function seeded() {
  app = await renderApp({
    findings: [1, 2, 3].map((n) => ({ host: `10.0.0.${n}` })),
  });
  const ids = app.store.findings({}).map((finding) => finding.id);
  app.store.createIssue({
    workspace: 'acme',
    name: 'Weak TLS',
    extRef: 'DEMO-1',
  });
  app.store.createIssue(
    { workspace: 'acme', name: 'Old SSH', extRef: 'DEMO-2' },
    [ids[0] ?? 0],
  );
  app.controller.dispatch({ type: 'refresh' });
  return ids;
}

describe('link picker', () => {
  it('links findings to an issue by name; u unlinks', async () => {
    await seeded();

    await app.press('a');
    await app.press('l');
    await app.waitFor('Link 3 findings to an issue');
    expect(app.frame()).toContain('DEMO-1');
    await app.press('ssh');
    await app.waitFor((frame) => !frame.includes('DEMO-1  Weak TLS'));
    await app.press(KEY.enter);

    await app.waitFor('linked 2 findings to DEMO-2 (1 already linked)');
    expect(app.store.issuesByRef('DEMO-2')[0]?.linkedCount).toBe(3);
    await app.press('u');
    await app.waitFor('undid: link 2 findings to DEMO-2');
    expect(app.store.issuesByRef('DEMO-2')[0]?.linkedCount).toBe(1);
  });

  it('searches by reference, moves with arrows, cancels with Esc', async () => {
    await seeded();

    await app.press('l');
    await app.waitFor('Link 1 finding to an issue');
    await app.press('demo-');
    await app.press(KEY.backspace);
    await app.press(KEY.down);
    await app.waitFor((frame) => /> DEMO-2/.test(frame));
    await app.press(KEY.escape);

    await app.waitFor('STATUS');
    expect(app.store.issuesByRef('DEMO-2')[0]?.linkedCount).toBe(1);
  });
});
