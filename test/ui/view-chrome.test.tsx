import { afterEach, describe, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

const WORKSPACE = ' sectriage │ acme │ all scans │ ';

/** The header: the frame's first line. */
function header(frame: string): string {
  return frame.split('\n')[0]?.trimEnd() ?? '';
}

/** The footer's summary: the first of its three lines. */
function summary(frame: string): string {
  return frame.split('\n').at(-3)?.trimEnd() ?? '';
}

/** Waits until the header and the footer's summary read exactly so. */
async function chromeReads(title: string, line: string) {
  const frame = await app
    .waitFor(
      (text) => header(text) === WORKSPACE + title && summary(text) === line,
    )
    .catch(() => app.frame());
  expect({ header: header(frame), summary: summary(frame) }).toEqual({
    header: WORKSPACE + title,
    summary: line,
  });
}

/**
 * Three findings; DEMO-1 holds them all, DEMO-2 (closed) none, DEMO-3
 * only one that is closed: really fixed. The first row is selected
 * under a filter, so a footer about the findings would say so.
 */
async function seeded(height = 20) {
  app = await renderApp({
    height,
    filterLine: 'sev:low',
    findings: [1, 2, 3].map((n) => ({
      host: `10.0.0.${n}`,
      hostname: n === 1 ? 'web.acme' : '',
      port: '443/tcp',
      plugin: 'ssl-cert',
      text: `TLS 1.0 on ${n}`,
    })),
  });
  const ids = app.store.findings({}).map((finding) => finding.id);
  app.store.createIssue(
    {
      workspace: 'acme',
      name: 'Weak TLS \u001b[31mred',
      extRef: 'DEMO-1',
      severity: 'high',
    },
    ids,
  );
  app.store.createIssue({
    workspace: 'acme',
    name: 'Old SSH',
    extRef: 'DEMO-2',
    status: 'closed',
  });
  app.store.createIssue(
    { workspace: 'acme', name: 'Fixed one', extRef: 'DEMO-3' },
    [ids[2] ?? 0],
  );
  app.store.updateFindings([ids[2] ?? 0], { status: 'closed' });
  app.controller.dispatch({ type: 'refresh' });
  await app.waitFor('1/3 │ new 2 · closed 1 │ 0 selected');
  await app.press(' ');
  await app.waitFor('2/3 │ new 2 · closed 1 │ 1 selected');
  return ids;
}

const FINDINGS = 'filter: sev:low';
const FINDINGS_LINE = '2/3 │ new 2 · closed 1 │ 1 selected';

describe('header and footer follow the view on screen', () => {
  it('findings: the filter, position, counts and selection', async () => {
    await seeded();

    await chromeReads(FINDINGS, FINDINGS_LINE);
  });

  it('issues list: position, counts by status, really fixed', async () => {
    await seeded();

    await app.press('2');
    await chromeReads(
      'issues',
      '1/3 issues │ open 2 · closed 1 │ 1 really fixed',
    );
    await app.press('j');
    await chromeReads(
      'issues',
      '2/3 issues │ open 2 · closed 1 │ 1 really fixed',
    );
    await app.press('1');
    await chromeReads(FINDINGS, FINDINGS_LINE);
  });

  it('issue detail: its reference, position, what is present', async () => {
    await seeded();

    await app.press('2');
    await app.waitFor('DEMO-3');
    await app.press(KEY.enter);
    await chromeReads(
      'issue DEMO-1 · Weak TLS ␛[31mred',
      'DEMO-1 │ 1/3 linked findings │ 2 still present',
    );
    expect(app.rawFrame()).not.toContain('\u001b[31mred');
    await app.press(' ');
    await chromeReads(
      'issue DEMO-1 · Weak TLS ␛[31mred',
      'DEMO-1 │ 2/3 linked findings │ 2 still present │ 1 selected',
    );
  });

  it('finding detail: host, port, plugin and the lines shown', async () => {
    const ids = await seeded(14);

    await app.press(KEY.enter);
    await chromeReads(
      `finding #${ids[1]}`,
      '10.0.0.2 │ 443/tcp │ ssl-cert │ lines 1-9 of 12',
    );
    await app.press('G');
    await chromeReads(
      `finding #${ids[1]}`,
      '10.0.0.2 │ 443/tcp │ ssl-cert │ lines 4-12 of 12',
    );
    await app.press(KEY.escape);
    await chromeReads(FINDINGS, FINDINGS_LINE);
    await app.press('j');
    await chromeReads(FINDINGS, '3/3 │ new 2 · closed 1 │ 1 selected');
    await app.press(KEY.enter);
    await chromeReads(
      `finding #${ids[0]}`,
      '10.0.0.1 (web.acme) │ 443/tcp │ ssl-cert │ lines 1-9 of 12',
    );
  });

  it('finding detail from an issue: the finding, not the issue', async () => {
    const ids = await seeded();

    await app.press('2');
    await app.waitFor('DEMO-3');
    await app.press(KEY.enter);
    await app.waitFor('Linked findings (3)');
    await app.press(KEY.enter);
    await chromeReads(
      `finding #${ids[0]}`,
      '10.0.0.1 (web.acme) │ 443/tcp │ ssl-cert │ lines 1-12 of 12',
    );
  });

  it('help: the keys and the lines shown', async () => {
    await seeded();

    await app.press('?');
    await app.waitFor('Keys (Esc or ? closes)');
    const line = summary(app.frame());
    expect(line).toMatch(/^every view's keys │ lines 1-14 of \d+$/);
    expect(header(app.frame())).toBe(`${WORKSPACE}keys`);
    await app.press('j');
    await app.waitFor((frame) => summary(frame).includes('lines 2-15 of'));
  });

  it('status chooser and filter line keep the findings lines', async () => {
    await seeded();

    await app.press('s');
    await app.waitFor('set the status of 1');
    await chromeReads(FINDINGS, FINDINGS_LINE);
    await app.press(KEY.escape);
    await app.press('/');
    await app.waitFor('filter: sev:low█');
    await chromeReads(FINDINGS, FINDINGS_LINE);
  });

  it('facet picker: the filter it narrows, the field and place', async () => {
    await seeded();

    await app.press('f');
    await app.waitFor('Narrow by:');
    await chromeReads(FINDINGS, 'host │ 1/3 values');
    await app.press('j');
    await chromeReads(FINDINGS, 'host │ 2/3 values');
  });

  it('link picker: the filter of its findings, the issues found', async () => {
    await seeded();

    await app.press('l');
    await app.waitFor('Link 1 finding to an issue');
    await chromeReads(FINDINGS, '1/3 issues');
    await app.press('ssh');
    await chromeReads(FINDINGS, '1/1 of 3 issues');
  });

  it('new issue form: acts on the selection, keeps its lines', async () => {
    await seeded();

    await app.press('i');
    await app.waitFor('New issue from 1 finding');
    await chromeReads(FINDINGS, FINDINGS_LINE);
  });

  it('edit form: the issue it edits', async () => {
    await seeded();

    await app.press('2');
    await app.waitFor('DEMO-3');
    await app.press('e');
    await app.waitFor('Edit DEMO-1');
    await chromeReads(
      'issue DEMO-1 · Weak TLS ␛[31mred',
      'editing DEMO-1 │ 3 linked findings │ 2 still present',
    );
  });

  it('ticket dialog: the lines of the issues view under it', async () => {
    app = await renderApp({
      findings: [{ host: '10.0.0.1' }],
      config: { tickets: { urlHead: 'https://jira.example.com/browse/' } },
    });
    app.store.createIssue({ workspace: 'acme', name: 'A', extRef: 'DEMO-1' });
    app.controller.dispatch({ type: 'refresh' });

    await app.press('2');
    await app.waitFor('DEMO-1');
    await app.press('t');
    await app.waitFor('Not opened: over SSH');
    await chromeReads('issues', '1/1 issues │ open 1 │ 0 really fixed');
  });

  it('workspace picker: what is being chosen', async () => {
    await seeded();

    await app.press('w');
    await app.waitFor('Choose a workspace');
    await chromeReads('choose a workspace', '1/1 workspaces');
    await app.press(KEY.enter);
    await chromeReads('choose a scan', '1/2 choices');
  });
});
