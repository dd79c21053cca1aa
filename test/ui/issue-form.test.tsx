import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  flushAllDrafts,
  IssueDraftFile,
} from '../../source/drafts/issue-draft.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp;
afterEach(() => app.dispose());

const findings = [1, 2, 3].map((n) => ({ host: `10.0.0.${n}` }));

function draftFile(): IssueDraftFile {
  const dir = mkdtempSync(join(tmpdir(), 'sectriage-form-'));
  return new IssueDraftFile(join(dir, 'draft.json'));
}

describe('issue form', () => {
  it('creates an issue from the selection; u removes it again', async () => {
    const drafts = draftFile();
    app = await renderApp({ findings, drafts });

    await app.press('  ');
    await app.press('i');
    await app.waitFor('New issue from 2 findings in acme');
    await app.press('Weak TLS');
    await app.press(KEY.tab);
    await app.press('DEMO-1');
    await app.press(KEY.enter);
    await app.press(KEY.right);
    await app.press(KEY.enter);
    await app.press('Old ciphers');
    await app.press(KEY.enter);

    await app.waitFor('created DEMO-1 with 2 findings');
    const [issue] = app.store.issuesByRef('DEMO-1');
    expect(issue).toMatchObject({
      name: 'Weak TLS',
      severity: 'high',
      description: 'Old ciphers',
      linkedCount: 2,
    });
    expect(drafts.read()).toBeUndefined();
    await app.waitFor((frame) => /10\.0\.0\.3.*DEMO-1/.test(frame));

    await app.press('u');
    await app.waitFor('undid: create DEMO-1');
    expect(app.store.issuesByRef('DEMO-1')).toEqual([]);
    expect(app.store.issues()).toEqual([]);
  });

  it('draws severity as a scale, least left; → moves right', async () => {
    app = await renderApp({ findings });

    await app.press('i');
    await app.press(`${KEY.tab}${KEY.tab}`);
    await app.waitFor(' none  info  low [medium] high  critical');
    await app.press(KEY.right);
    await app.waitFor(' none  info  low  medium [high] critical');
    await app.press(KEY.right);
    await app.press(KEY.right);
    await app.waitFor(' low  medium  high [critical]');
    for (let step = 0; step < 6; step += 1) await app.press(KEY.left);
    await app.waitFor('[none] info  low ');
  });

  it('undoes a link, then the issue it was made to', async () => {
    app = await renderApp({ findings });

    await app.press('i');
    await app.waitFor('New issue from 1 finding');
    await app.press('Telnet');
    await app.press(KEY.tab);
    await app.press('U-2');
    await app.press(KEY.ctrlS);
    await app.waitFor('created U-2 with 1 finding');
    await app.press('j');
    await app.press('l');
    await app.waitFor('Link 1 finding to an issue');
    await app.press('U-2');
    await app.press(KEY.enter);
    await app.waitFor('linked 1 finding to U-2');

    await app.press('u');
    await app.waitFor('undid: link 1 finding to U-2');
    await app.press('u');
    await app.waitFor('undid: create U-2');
    expect(app.store.issues()).toEqual([]);
  });

  it('keeps a created issue that another session has changed', async () => {
    app = await renderApp({ findings });

    await app.press('i');
    await app.waitFor('New issue from 1 finding');
    await app.press('Telnet');
    await app.press(KEY.ctrlS);
    await app.waitFor('created');
    const [issue] = app.store.issues();
    app.store.updateIssue(issue?.id ?? 0, { description: 'by someone else' });

    await app.press('u');
    await app.waitFor('was kept: it has changed since it was created');
    expect(app.store.issues()).toHaveLength(1);
  });

  it('needs a name; asks before throwing typed input away', async () => {
    app = await renderApp({ findings });

    await app.press('i');
    await app.waitFor('New issue from 1 finding');
    await app.press(KEY.ctrlS);
    await app.waitFor('an issue needs a name');
    await app.press('Half typed');
    await app.press(KEY.escape);
    await app.waitFor('Throw away what you typed? (y/n)');
    expect(app.frame()).toContain('y yes');
    await app.press('n');
    await app.waitFor((frame) => !frame.includes('Throw away'));
    expect(app.frame()).toContain('Half typed');
    await app.press(KEY.escape);
    await app.press('y');

    await app.waitFor('no issue saved');
    expect(app.store.issues()).toEqual([]);
  });

  it('keeps unsaved input as a draft and offers it next time', async () => {
    const drafts = draftFile();
    app = await renderApp({ findings, drafts });
    await app.press('a');
    await app.press('i');
    await app.waitFor('New issue from 3 findings');
    await app.press('Lost in a crash');
    await app.press(KEY.tab);
    await app.press('DEMO-9');
    await app.waitFor('DEMO-9');
    flushAllDrafts();
    app.dispose();

    expect(drafts.read()?.fields.name).toBe('Lost in a crash');
    app = await renderApp({ findings, drafts });
    await app.press('a');
    await app.press('i');
    await app.waitFor('Restore the unsaved draft from');
    expect(app.frame()).toContain('New issue from 3 findings');
    await app.press('y');
    await app.waitFor('Lost in a crash');
    await app.press(KEY.ctrlS);

    await app.waitFor('created DEMO-9 with 3 findings');
    expect(drafts.read()).toBeUndefined();
  });

  it('restores a draft onto the findings targeted now', async () => {
    const drafts = draftFile();
    app = await renderApp({ findings, drafts });
    await app.press('i');
    await app.waitFor('New issue from 1 finding');
    await app.press('From row one');
    await app.waitFor('From row one');
    flushAllDrafts();
    app.dispose();

    expect(drafts.read()?.findingIds).toHaveLength(1);
    app = await renderApp({ findings, drafts });
    await app.waitFor('10.0.0.3');
    await app.press('j');
    await app.waitFor('2/3');
    await app.press('  ');
    await app.waitFor('2 selected');
    await app.press('i');
    await app.waitFor('Restore the unsaved draft from');
    expect(app.frame()).toContain('New issue from 2 findings');
    await app.press('y');
    await app.waitFor('From row one');
    expect(app.frame()).toContain('New issue from 2 findings');
    await app.press(KEY.ctrlS);

    await app.waitFor('created issue');
    const [issue] = app.store.issues();
    const linked = app.store.findings({ issueId: [issue?.id ?? -1] });
    const hosts = linked.map((finding) => finding.host).sort();
    expect(hosts).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('edits an issue from the issues view; u restores it', async () => {
    app = await renderApp({ findings });
    const id = app.store.createIssue({
      workspace: 'acme',
      name: 'Old name',
      extRef: 'DEMO-3',
    });

    await app.press('2');
    await app.waitFor('DEMO-3');
    await app.press('e');
    await app.waitFor('Edit DEMO-3');
    await app.press(KEY.ctrlU);
    await app.press('New name');
    await app.press(KEY.ctrlS);

    await app.waitFor('updated DEMO-3: name');
    expect(app.frame()).toContain('New name');
    expect(app.store.issue(id)?.name).toBe('New name');
    await app.press('u');
    await app.waitFor('Old name');
    expect(app.store.issue(id)?.name).toBe('Old name');
  });
});
