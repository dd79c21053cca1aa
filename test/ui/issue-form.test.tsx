import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftFile, flushAllDrafts } from '../../source/drafts/issue-draft.js';
import { IssueFormScreen } from '../../source/ui/issues/issue-form-screen.js';
import { createKeymap } from '../../source/ui/keymap.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';
import { KEY, renderView } from './view-harness.js';

let temp: TempStore;
afterEach(() => temp.dispose());

async function seed() {
  temp = tempStore();
  await importFindings(
    temp.store,
    [1, 2, 3].map((n) => scanFinding({ host: `10.0.0.${n}` })),
  );
  const ids = temp.store.findings({}).map((finding) => finding.id);
  const draftFile = new DraftFile(
    join(mkdtempSync(join(tmpdir(), 'sectriage-form-')), 'draft.json'),
  );
  return { store: temp.store, ids, draftFile };
}

function createForm(
  seeded: Awaited<ReturnType<typeof seed>>,
  onDone = vi.fn(),
  findingIds = seeded.ids,
) {
  return renderView(
    <IssueFormScreen
      store={seeded.store}
      target={{ kind: 'create', workspace: 'acme', findingIds }}
      keymap={createKeymap()}
      width={80}
      draftFile={seeded.draftFile}
      onDone={onDone}
    />,
  );
}

describe('IssueFormScreen', () => {
  it('creates an issue from the findings: Tab between fields, Enter saves', async () => {
    const seeded = await seed();
    const onDone = vi.fn();
    const view = createForm(seeded, onDone);

    await view.waitFor('New issue from 3 findings in acme');
    await view.press('Weak TLS', KEY.tab, 'DEMO-1', KEY.enter);
    await view.press(KEY.right, KEY.enter, 'Old ciphers', KEY.enter);

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onDone.mock.calls[0]?.[0].message).toBe(
      'created DEMO-1 with 3 findings',
    );
    const [issue] = seeded.store.issuesByRef('DEMO-1');
    expect(issue).toMatchObject({
      name: 'Weak TLS',
      severity: 'low',
      description: 'Old ciphers',
      linkedCount: 3,
    });
    expect(seeded.draftFile.read()).toBeUndefined();
  });

  it('refuses to save without a name', async () => {
    const seeded = await seed();
    const onDone = vi.fn();
    const view = createForm(seeded, onDone);

    await view.waitFor('New issue');
    await view.press(KEY.ctrlS);

    await view.waitFor('an issue needs a name');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks before throwing typed input away', async () => {
    const seeded = await seed();
    const onDone = vi.fn();
    const view = createForm(seeded, onDone);

    await view.waitFor('New issue');
    await view.press('Half typed', KEY.escape);
    await view.waitFor('Throw away what you typed? (y/n)');
    await view.press('n');
    await view.waitFor((frame) => !frame.includes('Throw away'));
    expect(view.frame()).toContain('Half typed');
    await view.press(KEY.escape, 'y');

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(undefined));
    expect(seeded.store.issues()).toEqual([]);
  });

  it('keeps unsaved input as a draft and offers it next time', async () => {
    const seeded = await seed();
    const first = createForm(seeded);
    await first.waitFor('New issue');
    await first.press('Lost in a crash', KEY.tab, 'DEMO-9');
    await first.waitFor('DEMO-9');
    flushAllDrafts();
    first.unmount();

    expect(seeded.draftFile.read()?.fields.name).toBe('Lost in a crash');
    const onDone = vi.fn();
    const second = createForm(seeded, onDone, seeded.ids.slice(0, 1));
    await second.waitFor('Restore the unsaved draft from');
    await second.press('y');
    await second.waitFor('Lost in a crash');
    await second.press(KEY.ctrlS);

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(seeded.store.issuesByRef('DEMO-9')[0]?.linkedCount).toBe(3);
  });

  it('edits an existing issue, and undo restores it', async () => {
    const seeded = await seed();
    const id = seeded.store.createIssue({
      workspace: 'acme',
      name: 'Old name',
      extRef: 'DEMO-3',
    });
    const issue = seeded.store.issue(id);
    const onDone = vi.fn();
    const view = renderView(
      <IssueFormScreen
        store={seeded.store}
        target={{ kind: 'edit', issue: issue ?? expect.fail('no issue') }}
        keymap={createKeymap()}
        width={80}
        onDone={onDone}
      />,
    );

    await view.waitFor('Edit DEMO-3');
    await view.press('\u0015', 'New name', KEY.ctrlS);

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const result = onDone.mock.calls[0]?.[0];
    expect(result.message).toBe('updated DEMO-3: name');
    expect(seeded.store.issue(id)?.name).toBe('New name');
    result.undo.undo(seeded.store);
    expect(seeded.store.issue(id)?.name).toBe('Old name');
  });
});
