import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../source/store/store.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

async function seeded() {
  app = await renderApp({
    findings: [1, 2, 3].map((n) => ({
      host: `10.0.0.${n}`,
      text: `TLS 1.0 on ${n}`,
    })),
  });
  const ids = app.store.findings({}).map((finding) => finding.id);
  const first = app.store.createIssue(
    {
      workspace: 'acme',
      name: 'Weak TLS \u001b[31mred',
      extRef: 'DEMO-1',
      severity: 'high',
      description: 'Old protocols\nsecond line',
    },
    ids,
  );
  app.store.createIssue({
    workspace: 'acme',
    name: 'Old SSH',
    extRef: 'DEMO-2',
  });
  app.controller.dispatch({ type: 'refresh' });
  return { ids, first };
}

describe('issues view', () => {
  it('lists issues with linked and present counts, sanitized', async () => {
    await seeded();

    await app.press('2');
    const frame = await app.waitFor('DEMO-2');

    expect(frame).toMatch(/DEMO-1\s+high\s+open\s+3\s+3 Weak TLS ␛\[31mred/);
    expect(frame).toMatch(/DEMO-2\s+medium\s+open\s+0\s+0 Old SSH/);
    expect(app.rawFrame()).not.toContain('\u001b[31mred');
    await app.press('1');
    await app.waitFor((text) => !text.includes('DEMO-2  '));
  });

  it('opens an issue, unlinks the selection, and undoes it', async () => {
    const { first, ids } = await seeded();

    await app.press('2');
    await app.waitFor('DEMO-2');
    await app.press(KEY.enter);
    await app.waitFor('Linked findings (3)');
    expect(app.frame()).toContain('severity high · status open');
    expect(app.frame()).toContain('second line');
    expect(app.frame()).toMatch(/new\s+low\s+10\.0\.0\.1 .*TLS 1\.0 on 1/);
    await app.press('  ');
    await app.waitFor('2 selected');
    await app.press('x');

    await app.waitFor('unlinked 2 findings from DEMO-1');
    expect(app.frame()).toContain('Linked findings (1)');
    expect(app.store.issue(first)?.findings.map((f) => f.id)).toEqual([ids[2]]);
    await app.press('u');
    await app.waitFor('Linked findings (3)');
    expect(app.store.issue(first)?.linkedCount).toBe(3);
  });

  it('unlinks the row; Enter opens it; Esc goes back', async () => {
    const { first } = await seeded();

    await app.press('2');
    await app.waitFor('DEMO-2');
    await app.press(KEY.enter);
    await app.waitFor('Linked findings (3)');
    await app.press('Gx');
    await app.waitFor('Linked findings (2)');
    expect(app.store.issue(first)?.linkedCount).toBe(2);
    await app.press(KEY.enter);
    await app.waitFor('── Text');
    await app.press(KEY.escape);
    await app.waitFor('Linked findings (2)');
    await app.press(KEY.escape);
    await app.waitFor('DEMO-2');
  });
});

describe('issues view, live', () => {
  it('shows an issue another process created, keeping the cursor', async () => {
    await seeded();
    await app.press('2');
    await app.waitFor('DEMO-2');
    await app.press('j');

    const other = Store.open(app.store.path, { user: 'bob' });
    other.createIssue({
      workspace: 'acme',
      name: 'From cron',
      extRef: 'CRON-1',
    });
    other.close();

    const frame = await app.waitFor('CRON-1');
    expect(frame).toMatch(/DEMO-2/);
    await app.press(KEY.enter);
    await app.waitFor('Old SSH');
  });
});
