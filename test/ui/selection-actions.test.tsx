import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../source/store/store.js';
import { manyFindings, type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

const state = () => {
  if (app === undefined) throw new Error('no app');
  return app.controller.getState().findings;
};

const rowIds = () => state().window.rows.map((row) => row.id);

describe('selection', () => {
  it('toggles with space and moves down', async () => {
    app = await renderApp({ findings: manyFindings(30) });
    const [first, second] = rowIds();
    await app.press('  ');
    await app.waitFor('2 selected');
    expect([...state().selection]).toEqual([first, second]);
    await app.press('k ');
    await app.waitFor('1 selected');
    expect(app.frame()).toMatch(/^● new/m);
  });

  it('selects a range with v, across pages', async () => {
    app = await renderApp({ findings: manyFindings(100), height: 15 });
    await app.press('jv');
    await app.waitFor('range');
    await app.press('\u001b[6~jj');
    await app.waitFor('13/100');
    expect(app.frame().match(/●/g)?.length).toBeGreaterThan(3);
    await app.press('v');
    const frame = await app.waitFor('12 selected');
    expect(frame).toContain('selected 12 more (12 in all)');
    const expected = app.store
      .findingPage({
        filter: state().filter,
        sort: state().sort,
        limit: 13,
      })
      .slice(1)
      .map((row) => row.id);
    expect([...state().selection].sort()).toEqual(expected.sort());
  });

  it('selects all matches with a, clears with A', async () => {
    app = await renderApp({ findings: manyFindings(2500) });
    await app.press('/sev:high\r');
    await app.waitFor('1/500 │');
    await app.press('a');
    await app.waitFor('500 selected');
    await app.press('A');
    await app.waitFor('0 selected');
  });

  it('keeps the selection through scroll and refresh', async () => {
    app = await renderApp({ findings: manyFindings(200) });
    await app.press(' ');
    await app.waitFor('1 selected');
    const [id] = [...state().selection];
    await app.press('G/sev:info\r');
    await app.waitFor('filter: sev:info');
    app.controller.dispatch({ type: 'refresh' });
    await app.press('g');
    await app.waitFor('1 selected');
    expect([...state().selection]).toEqual([id]);
    await app.press('v\u001b');
    await app.waitFor((frame) => !frame.includes('│ range'));
    expect(state().selection.size).toBe(1);
    await app.press('\u001b');
    await app.waitFor('0 selected');
    await app.press('\u001b');
    await app.waitFor('filter: (none)');
  });
});

describe('actions on the selection', () => {
  it('sets the status of the selection and undoes it', async () => {
    app = await renderApp({ findings: manyFindings(30) });
    const [first, second, third] = rowIds();
    await app.press('  ');
    await app.press('s');
    await app.waitFor('o open  n no-issue  c closed  m masked');
    await app.waitFor('set the status of 2 (Esc cancels):');
    await app.press('o');
    await app.waitFor('set 2 findings to open');
    await app.waitFor('new 28 · open 2');
    const status = (id?: number) =>
      app?.store.findings({ ids: [id ?? 0] })[0]?.status;
    expect([status(first), status(second), status(third)]).toEqual([
      'open',
      'open',
      'new',
    ]);

    await app.press('u');
    await app.waitFor('undid: set 2 findings to open');
    expect([status(first), status(second)]).toEqual(['new', 'new']);
  });

  it("refuses to undo another session's later change", async () => {
    app = await renderApp({ findings: manyFindings(30) });
    const [first] = rowIds();
    await app.press(' s');
    await app.waitFor('set the status of 1 (Esc cancels):');
    await app.press('m');
    await app.waitFor('set 1 finding to masked');
    const other = Store.open(app.store.path, { user: 'colleague' });
    try {
      other.updateFindings([first ?? 0], { status: 'no-issue' });
    } finally {
      other.close();
    }

    await app.press('u');
    await app.waitFor('cannot undo');
    const [finding] = app.store.findings({ ids: [first ?? 0] });
    expect(finding?.status).toBe('no-issue');
  });

  it('acts on the cursor row when nothing is selected', async () => {
    app = await renderApp({ findings: manyFindings(10) });
    await app.press('jjsm');
    await app.waitFor('set 1 finding to masked');
    const id = rowIds()[2];
    expect(app.store.findings({ ids: [id ?? 0] })[0]?.status).toBe('masked');
  });

  it('edits and appends remarks, and undoes both', async () => {
    app = await renderApp({ findings: manyFindings(10) });
    const [id] = rowIds();
    const remark = () => app?.store.findings({ ids: [id ?? 0] })[0]?.remark;
    await app.press('r');
    await app.waitFor('remark: █');
    await app.press('checked by ops\r');
    await app.waitFor('set the remark of 1 finding');
    expect(remark()).toBe('checked by ops');

    await app.press('R');
    await app.waitFor('append to remark: █');
    await app.press('ticket filed\r');
    await app.waitFor('appended a remark line to 1 finding');
    expect(remark()).toBe('checked by ops\nticket filed');

    await app.press('r');
    await app.waitFor('remark: █');
    await app.press('\u001b');
    await app.waitFor((frame) => !frame.includes('remark: '));
    expect(remark()).toBe('checked by ops\nticket filed');

    await app.press('u');
    await app.waitFor('undid: appended');
    expect(remark()).toBe('checked by ops');
    await app.press('u');
    await app.waitFor('undid: set the remark');
    expect(remark()).toBe('');
    await app.press('u');
    await app.waitFor('nothing to undo');
  });

  it('lets the status chooser be left with Esc', async () => {
    app = await renderApp({ findings: manyFindings(3) });
    await app.press('s');
    await app.waitFor('o open');
    await app.press('\u001b');
    await app.waitFor('/ filter');
    expect(app.store.countByStatus({}).new).toBe(3);
  });
});

describe('live store', () => {
  it('shows other writes, keeping cursor and selection', async () => {
    let now = 0;
    app = await renderApp({
      findings: manyFindings(40),
      filterLine: 'sev:>=medium',
      now: () => now,
    });
    await app.press('jjj ');
    await app.waitFor('1 selected');
    const cursorId = state().window.rows[state().window.cursor]?.id;
    const other = Store.open(app.store.path, { user: 'colleague' });
    try {
      const firstRow = rowIds()[0] ?? 0;
      other.updateFindings([firstRow], { status: 'no-issue' });
    } finally {
      other.close();
    }

    const frame = await app.waitFor('no-issue 1');
    expect(frame).toContain('filter: sev:>=medium');
    expect(frame).toContain('1 selected');
    expect(state().window.rows[state().window.cursor]?.id).toBe(cursorId);

    now = 60_000;
    await app.press('sc');
    await app.waitFor('set 1 finding to closed');
    now = 120_000;
    await app.waitFor((text) => !text.includes('set 1 finding'));
  });
});
