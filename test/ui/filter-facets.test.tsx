import { afterEach, describe, expect, it, vi } from 'vitest';
import { manyFindings, type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

describe('filter line', () => {
  it('applies field terms and text, shown in the header', async () => {
    app = await renderApp({ findings: manyFindings(50) });
    await app.waitFor('1/50');
    const counts = vi.spyOn(app.store, 'statusCounter');
    await app.press('/');
    await app.waitFor('filter: █');
    await app.press('sev:>=high plugin:plugin-0\r');
    await app.waitFor('filter: sev:>=high plugin:plugin-0');
    const expected = app.store.countFindings({
      workspaceId: app.controller.getState().workspace?.id,
      severity: ['critical', 'high'],
      plugin: ['plugin-0'],
    });
    await app.waitFor(`1/${expected} │`);
    expect(counts).toHaveBeenCalledTimes(1);

    await app.press('jjjj');
    await app.waitFor('5/');
    expect(counts).toHaveBeenCalledTimes(1);
  });

  it('takes keys while a slow count goes on, and shows how far', async () => {
    app = await renderApp({ findings: manyFindings(50) });
    await app.waitFor('1/50');
    let steps = 0;
    let finish = false;
    vi.spyOn(app.store, 'statusCounter').mockImplementation((filter) => ({
      get progress() {
        return steps / 100;
      },
      step() {
        steps += 1;
        return finish ? app?.store.countByStatus(filter) : undefined;
      },
    }));

    await app.press('/number\r');
    await app.waitFor((frame) => /1\/… │ counting… [1-9]\d?%/.test(frame));
    await app.press('jj');
    await app.waitFor((frame) => frame.includes('3/… │ counting…'));
    expect(steps).toBeGreaterThan(1);

    finish = true;
    await app.waitFor('3/50 │ new 50');
  });

  it('filters by free text over host, plugin and finding', async () => {
    app = await renderApp({ findings: manyFindings(50) });
    await app.press('/"number 4"\r');
    await app.waitFor('filter: "number 4"');
    const frame = await app.waitFor('1/11 │');
    expect(frame).toContain('finding number 4');
    expect(frame).toContain('finding number 49');
    expect(frame).not.toContain('finding number 5\n');
    expect(frame).toContain('1/11 │');
  });

  it('reports a bad term in the footer and keeps the good ones', async () => {
    app = await renderApp({ findings: manyFindings(20) });
    await app.press('/status:bogus port:1000/tcp\r');
    await app.waitFor('unknown status bogus');
    await app.waitFor('1/1 │');
  });

  it('names every mistyped field in the footer', async () => {
    app = await renderApp({ findings: manyFindings(20) });
    await app.press('/sev:>=hgh statu:new port:1000/tcp\r');
    const frame = await app.waitFor('1/1 │');
    expect(frame).toContain(
      'sev:>=hgh: unknown severity, did you mean high?; ' +
        'statu:new: unknown field, did you mean status?',
    );
  });

  it('keeps a term it cannot apply in view while it applies', async () => {
    let now = 0;
    app = await renderApp({ findings: manyFindings(20), now: () => now });
    await app.press('/sev:>=hgh port:1000/tcp\r');
    await app.waitFor('1/1 │');

    now += 60_000;
    const later = await app.waitFor('not applied: sev:>=hgh');
    expect(later).toContain('filter: sev:>=hgh port:1000/tcp │ ⚠ 1 term');
    expect(later).toContain('not applied: sev:>=hgh: unknown severity');

    await app.press('/\u0015port:1000\r');
    await app.waitFor('filter: port:1000\n');
    const fixed = await app.waitFor('1/1 │');
    expect(fixed).not.toContain('not applied');
    expect(fixed).not.toContain('unknown severity');
  });

  it('edits the line with backspace, and Esc cancels it', async () => {
    app = await renderApp({ findings: manyFindings(20) });
    await app.press('/plugin:plugin-12');
    await app.press('\u007f');
    await app.waitFor('filter: plugin:plugin-1█');
    await app.press('\u001b');
    await app.waitFor('filter: (none)');
    await app.press('/plugin:plugin-1\r');
    await app.waitFor('1/3 │');
  });

  it('resolves issue references and clears with Esc', async () => {
    app = await renderApp({ findings: manyFindings(20) });
    const ids = app.store.findingIds({}).slice(0, 3);
    app.store.createIssue(
      { workspace: 'acme', name: 'Weak TLS', extRef: 'DEMO-1' },
      ids,
    );
    await app.press('/issue:DEMO-1\r');
    await app.waitFor('filter: issue:DEMO-1');
    const frame = await app.waitFor('1/3 │');
    expect(frame).toContain('DEMO-1');
    await app.press('/issue:NOPE-9\r');
    await app.waitFor('issue:NOPE-9: no such issue');
    await app.press('\u001b');
    await app.waitFor('filter: (none)');
    await app.waitFor('1/20 │');
  });
});

describe('facet picker', () => {
  it('lists values with counts, narrows by one', async () => {
    app = await renderApp({ findings: manyFindings(70), height: 24 });
    await app.press('/sev:critical\r');
    await app.waitFor('1/14 │');
    await app.press('f');
    await app.waitFor('Narrow by: [host]');
    await app.press('\t');
    const ports = await app.waitFor('[port]');
    expect(ports).toMatch(/ +2 {2}1000\/tcp/);
    await app.press('\t\t');
    const severities = await app.waitFor('[severity]');
    expect(severities).toMatch(/ +14 {2}critical/);
    await app.press('\u001b[Z\u001b[Z\u001b[Z');
    const plugins = await app.waitFor('[host]');
    expect(plugins).toContain('10.0.0.0');
    await app.press('l\t');
    await app.waitFor('[plugin]');
    await app.press('\r');
    await app.waitFor('filter: sev:critical plugin:');
    await app.waitFor('1/2 │');
  });
});
