import { afterEach, describe, expect, it } from 'vitest';
import {
  diffAgainstPrevious,
  wrapDetailLines,
} from '../../source/ui/finding-detail/detail-lines.js';
import { importFindings, scanFinding } from '../helpers/temp-store.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

const base = { host: '10.0.0.1', hostname: 'web.acme', port: '443/tcp' };

async function seeded(height: number) {
  app = await renderApp({
    height,
    findings: [{ ...base, text: 'TLS 1.0\nTLS 1.1\ncert ok' }],
    config: { tickets: { urlHead: 'https://jira.example.com/browse/' } },
  });
  await importFindings(app.store, [
    scanFinding({
      ...base,
      text: 'TLS 1.0\ncert expired \u001b]52;c;QQ==\u0007',
    }),
  ]);
  const [finding] = app.store.findings({});
  const id = finding?.id ?? 0;
  app.store.updateFindings([id], { remark: 'asked the web team' });
  app.store.createIssue(
    { workspace: 'acme', name: 'Weak TLS', extRef: 'DEMO-1' },
    [id],
  );
  app.controller.dispatch({ type: 'refresh' });
}

describe('finding detail', () => {
  it('shows text, remark, issues, history and diff', async () => {
    await seeded(40);

    await app.press(KEY.enter);
    const frame = await app.waitFor('Changes against the previous run');

    expect(frame).toContain('10.0.0.1 (web.acme)  443/tcp  open-port');
    expect(frame).toContain('asked the web team');
    expect(frame).toContain('DEMO-1  Weak TLS  [medium, open]');
    expect(frame).toMatch(/tester {2}run 2 {2}new {2}low {2}remark: asked/);
    expect(frame).toContain('  TLS 1.0');
    expect(frame).toContain('- TLS 1.1');
    expect(frame).toContain('- cert ok');
    expect(frame).toContain('+ cert expired ␛]52;c;QQ==␇');
    expect(app.rawFrame()).not.toContain('\u001b]52');
  });

  it('scrolls with the move keys and goes back with Esc', async () => {
    await seeded(16);

    await app.press(KEY.enter);
    const first = await app.waitFor('lines 1-');
    const topLine = '10.0.0.1 (web.acme)  443/tcp';
    expect(first).toContain(topLine);
    await app.press('G');
    const last = await app.waitFor('+ cert expired');
    expect(last).not.toContain(topLine);
    await app.press('g');
    await app.waitFor(topLine);
    await app.press(KEY.escape);
    await app.waitFor('STATUS');
  });

  it("opens its issue's ticket: over SSH, a dialog", async () => {
    await seeded(20);

    await app.press(KEY.enter);
    await app.waitFor('── Text');
    await app.press('t');

    await app.waitFor('Not opened: over SSH');
    const url = 'https://jira.example.com/browse/DEMO-1';
    expect(app.rawFrame()).toContain(`\u001b]8;;${url}\u001b\\${url}`);
    await app.press('y');
    await app.waitFor('sent to the clipboard with OSC 52');
    expect(app.raw).toEqual([
      `\u001b]52;c;${Buffer.from(url).toString('base64')}\u001b\\`,
    ]);
    await app.press(KEY.escape);
    await app.waitFor('── Text');
  });
});

describe('detail lines', () => {
  it('marks the diff with + and - so it reads without colour', () => {
    expect(diffAgainstPrevious('a\nb\n', 'a\nc\n')).toEqual([
      { text: '  a', tone: 'plain' },
      { text: '- b', tone: 'removed' },
      { text: '+ c', tone: 'added' },
    ]);
    expect(diffAgainstPrevious(null, 'x')[0]?.text).toMatch(/no earlier run/);
    expect(diffAgainstPrevious('x', 'x')[0]?.text).toMatch(/unchanged/);
  });

  it('wraps by cells and keeps the diff marker', () => {
    expect(wrapDetailLines([{ text: '+ 漢字漢字', tone: 'added' }], 6)).toEqual(
      [
        { text: '+ 漢字', tone: 'added' },
        { text: '+ 漢字', tone: 'added' },
      ],
    );
  });
});
