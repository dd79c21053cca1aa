import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeymap, footerHints } from '../../source/ui/keymap.js';
import { AppSetup, SCANS, TICKET_HEAD } from './app-setup.js';
import { keyOf } from './keys.js';
import { hasTmux, TmuxPane } from './tmux.js';

interface FindingJson {
  id: number;
  scan: string;
  status: string;
}

interface IssueJson {
  extRef: string;
  findings: FindingJson[];
}

const REF = 'E2E-1';
const FIRST_FILTER = 'sev:>=medium';
const SECOND_FILTER = 'port:80/tcp';
const DONE = 'E2E-APP-EXITED';

const keymap = createKeymap();

/**
 * The footer hints of a view, the whole line as the screen writes them:
 * single hints such as `q Quit` or `? help` are shared by several views.
 */
function hintsOf(view: Parameters<typeof footerHints>[1]): string {
  const hints = footerHints(keymap, view);
  if (hints.length === 0) throw new Error(`${view} shows no hints`);

  return hints.map((hint) => `${hint.keys} ${hint.label}`).join('  ');
}

describe.skipIf(!hasTmux)('the triage screen in tmux (needs tmux)', () => {
  let app: AppSetup;
  let pane: TmuxPane | undefined;

  beforeAll(() => {
    app = new AppSetup();
    app.bundle();
    app.cli('import', SCANS.nmap, '--workspace', 'e2e', '--scan', 'nmap');
    app.cli('import', SCANS.nessus, '--workspace', 'e2e', '--scan', 'nessus');
    app.cli('config', 'set', 'tickets.urlHead', TICKET_HEAD);
  }, 30_000);

  afterAll(() => {
    pane?.kill();
    app.dispose();
  });

  it('triages findings into an issue and restores the terminal', async () => {
    const all = app.json<FindingJson[]>('findings', '--workspace', 'e2e');
    const first = app.json<FindingJson[]>(
      'findings',
      '--workspace',
      'e2e',
      '--severity',
      'medium,high,critical',
    );
    const second = app.json<FindingJson[]>(
      'findings',
      '--workspace',
      'e2e',
      '--port',
      '80/tcp',
    );
    expect(first.length).toBeGreaterThan(1);
    expect(new Set(second.map((finding) => finding.scan)).size).toBe(2);

    writeFileSync(
      join(app.dir, 'run.sh'),
      [
        'stty -g > before',
        `'${process.execPath}' '${app.bin}' --db '${app.store}' --user e2e`,
        'echo $? > code',
        'stty -g > after',
        `echo ${DONE}`,
        '',
      ].join('\n'),
    );
    pane = TmuxPane.start({
      width: 120,
      height: 30,
      env: app.env,
      cwd: app.dir,
    });
    pane.type('sh run.sh');
    pane.keys('Enter');
    await pane.waitForText(`1/${all.length} │`, '0 selected');

    await filter(pane, FIRST_FILTER, first.length);
    pane.keys(...first.map(() => keyOf('select.toggle')));
    await pane.waitForText(`│ ${first.length} selected`);

    pane.keys(keyOf('issue.create'));
    await pane.waitForText(`New issue from ${first.length} findings`);
    pane.type('Seen from outside');
    pane.keys(keyOf('form.nextField'));
    pane.type(REF);
    pane.keys(keyOf('form.save'));
    await pane.waitForText(`created ${REF}`);

    pane.keys(keyOf('select.clear'));
    await pane.waitForText('│ 0 selected');
    await filter(pane, SECOND_FILTER, second.length);
    pane.keys(keyOf('select.all'));
    await pane.waitForText(`│ ${second.length} selected`);
    pane.keys(keyOf('issue.link'));
    await pane.waitForText(`Link ${second.length} findings to an issue`);
    pane.type(REF);
    pane.keys(keyOf('picker.choose'));
    await pane.waitForText(`findings to ${REF}`);

    pane.keys(keyOf('status.choose'));
    await pane.waitForText(hintsOf('status-chooser'));
    pane.keys(keyOf('status.open'));
    await pane.waitForText(`set ${second.length} findings to open`);

    pane.keys(keyOf('select.clear'));
    await pane.waitForText('│ 0 selected');
    await filter(pane, FIRST_FILTER, first.length);
    pane.keys(keyOf('select.all'));
    await pane.waitForText(`│ ${first.length} selected`);
    pane.keys(keyOf('status.choose'));
    await pane.waitForText(hintsOf('status-chooser'));
    pane.keys(keyOf('status.noIssue'));
    await pane.waitForText(`set ${first.length} findings to no-issue`);

    pane.keys(keyOf('view.issues'));
    await pane.waitForText(hintsOf('issues'), REF);
    pane.keys(keyOf('ticket.open'));
    const dialog = await pane.waitForText(hintsOf('ticket-dialog'));
    expect(dialog).toContain(`${TICKET_HEAD}${REF}`);
    expect(dialog).toContain('over SSH');
    pane.keys(keyOf('dialog.close'));
    await pane.waitForText(hintsOf('issues'));
    pane.keys(keyOf('app.quit'));
    await pane.waitFor(`the shell to print ${DONE}`, (screen) =>
      screen.split('\n').some((line) => line.trim() === DONE),
    );

    expect(pane.display('#{alternate_on} #{cursor_flag}')).toBe('0 1');
    const read = (name: string) =>
      readFileSync(join(app.dir, name), 'utf8').trim();
    expect(read('code')).toBe('0');
    expect(read('after')).toBe(read('before'));

    const issue = app.json<IssueJson>('issue', 'show', REF);
    const expected = new Map<number, string>();
    for (const finding of second) expected.set(finding.id, 'open');
    for (const finding of first) expected.set(finding.id, 'no-issue');
    const linked = new Map(
      issue.findings.map((finding) => [finding.id, finding.status]),
    );
    expect(sorted(linked)).toEqual(sorted(expected));
  }, 55_000);
});

/** Replaces the filter and waits until the footer counts its rows. */
async function filter(pane: TmuxPane, text: string, rows: number) {
  pane.keys(keyOf('filter.edit'));
  await pane.waitForText(hintsOf('line-input'));
  pane.keys(keyOf('input.clear'));
  pane.type(text);
  pane.keys(keyOf('input.submit'));
  await pane.waitForText(`filter: ${text}`, `1/${rows} │`);
}

function sorted(map: Map<number, string>): [number, string][] {
  return [...map].sort(([a], [b]) => a - b);
}
