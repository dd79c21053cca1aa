import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manyFindings, type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

/** Bytes a terminal would act on (text from data must never carry them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the bytes under test
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** The footer's `position/total`. */
const position = (frame: string) => /(\d+)\/(\d+) │/.exec(frame)?.[0];

describe('findings view', () => {
  it('shows the table with header, rows and footer', async () => {
    app = await renderApp({
      width: 120,
      findings: [
        {
          host: '10.0.0.1',
          hostname: 'web.example',
          port: '443/tcp',
          plugin: 'ssl-cert',
          severity: 'high',
          text: '\n  Expired certificate\nmore',
        },
        { host: '10.0.0.2', port: '22/tcp', plugin: 'ssh', text: 'SSH open' },
      ],
    });
    await app.waitFor('Expired certificate');
    const frame = await app.waitFor('1/2 │ new 2 │ 0 selected');
    expect(frame).toContain('acme');
    expect(frame).toContain('10.0.0.1 web.example');
    expect(frame).toMatch(
      /new +high +10\.0\.0\.1 web\.example +443\/tcp +ssl-cert/,
    );
    expect(frame).toContain('1/2 │ new 2 │ 0 selected');
    expect(frame).toContain('/ filter');
    expect(frame).not.toContain('more');
  });

  it('draws the rows first and counts after the frame', async () => {
    app = await renderApp({ findings: manyFindings(30) });
    const first = await app.waitFor('finding number');
    expect(first).toContain('1/… │ counting…');
    await app.waitFor('1/30 │ new 30');
  });

  it('moves once per key when keys arrive batched', async () => {
    app = await renderApp({ findings: manyFindings(40) });
    await app.press('jjjj');
    expect(position(await app.waitFor('5/40'))).toBe('5/40 │');
    await app.press('kk\u001b[B');
    expect(position(await app.waitFor('4/40'))).toBe('4/40 │');
  });

  it('pages thousands of findings, never loading all', async () => {
    app = await renderApp({ findings: manyFindings(3000), height: 21 });
    const { store } = app;
    await app.waitFor('1/3000 │');
    const page = vi.spyOn(store, 'findingPage');
    const count = vi.spyOn(store, 'countByStatus');
    const rows = 15;

    await app.press('G');
    const bottom = await app.waitFor('3000/3000');
    const [last] = store.findingPage({
      filter: app.controller.getState().findings.filter,
      sort: { column: 'severity', descending: false },
      limit: 1,
    });
    expect(bottom).toMatch(new RegExp(`${last?.finding}\\s*\\n\\d`));
    await app.press('g');
    await app.waitFor('1/3000');
    await app.press('\u001b[6~');
    await app.waitFor('16/3000');
    await app.press('\u0004');
    await app.waitFor('23/3000');
    await app.press('j'.repeat(60));
    await app.waitFor('83/3000');
    await app.press('\u0015\u001b[5~');
    await app.waitFor('61/3000');

    for (const [request] of page.mock.calls) {
      expect(request.limit).toBeLessThanOrEqual(rows);
    }
    expect(count).not.toHaveBeenCalled();
    expect(app.frame().match(/finding number/g)).toHaveLength(rows);
  });

  it('shows the right rows after paging, in store order', async () => {
    app = await renderApp({ findings: manyFindings(500), height: 15 });
    await app.press('o');
    await app.waitFor('sorted by host, descending');
    await app.press('O');
    await app.waitFor('sorted by host, ascending');
    await app.waitFor('1/500');
    await app.press('\u001b[6~\u001b[6~jj');
    const frame = await app.waitFor('21/500');
    const expected = app.store.findingPage({
      filter: app.controller.getState().findings.filter,
      sort: { column: 'host', descending: false },
      limit: 21,
    });
    const window = app.controller.getState().findings.window;
    expect(frame).toContain('HOST▲');
    expect(window.rows[window.cursor]?.id).toBe(expected.at(-1)?.id);
  });

  it('renders hostile text as placeholders, never as escapes', async () => {
    app = await renderApp({
      colors: false,
      width: 160,
      findings: [
        {
          host: '10.0.0.1\u202e',
          hostname: 'x\u001b[2J',
          plugin: 'osc\u001b]8;;http://evil/\u0007',
          text:
            '\u001b]52;c;cHduZWQ=\u0007 clip ' +
            '\u009b31m red \u001bP+q\u001b\\',
        },
      ],
    });
    const frame = await app.waitFor('clip');
    expect(frame).toContain('␛]52;c;cHduZWQ=␇ clip <9B>31m red');
    expect(frame).toContain('⟪RLO⟫');
    // Only Ink's own style codes may remain (cursor row in inverse).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test
    const withoutStyles = app.rawFrame().replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutStyles).not.toMatch(TERMINAL_CONTROL);
    expect(withoutStyles).not.toMatch(/[\u202a-\u202e]/);
  });

  it('keeps wide characters inside their columns', async () => {
    app = await renderApp({
      width: 100,
      findings: [
        {
          host: '漢字漢字漢字漢字漢字漢字.example',
          plugin: '😀😀😀😀😀😀😀😀😀😀',
          text: 'wide',
        },
        { host: '10.0.0.2', plugin: 'narrow', text: 'thin' },
      ],
    });
    const frame = await app.waitFor('thin');
    const [wide, thin] = frame
      .split('\n')
      .filter((line) => line.includes('wide') || line.includes('thin'));
    expect(wide?.indexOf('wide')).toBeGreaterThan(0);
    const columnOf = (line: string, text: string) =>
      stringWidth(line.slice(0, line.indexOf(text)));
    expect(columnOf(wide ?? '', 'wide')).toBe(columnOf(thin ?? '', 'thin'));
  });

  it('says so when the terminal is too small', async () => {
    app = await renderApp({ width: 59, height: 20, findings: manyFindings(3) });
    await app.waitFor('Too small: 59x20, need 60x12');
    app.controller.dispatch({ type: 'resize', width: 60, height: 12 });
    await app.waitFor('1/3 │');
  });

  it('draws without colour codes when colours are off', async () => {
    app = await renderApp({ colors: false, findings: manyFindings(5) });
    await app.waitFor('1/5');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test
    expect(app.rawFrame()).not.toMatch(/\u001b\[(3[0-7]|9[0-7]|38;)/);
  });

  it('shows every key in the help view, from the keymap', async () => {
    app = await renderApp({ findings: manyFindings(3), height: 60 });
    await app.press('?');
    const frame = await app.waitFor('Keys (Esc or ? closes)');
    expect(frame).toContain('Select every finding that matches the filter');
    expect(frame).toContain('j ↓');
    await app.press('\u001b');
    await app.waitFor((text) => !text.includes('Keys (Esc'));
  });

  it('explains a key that cannot run now', async () => {
    app = await renderApp({ findings: manyFindings(3) });
    await app.press('A');
    await app.waitFor('nothing is selected');
  });
});
