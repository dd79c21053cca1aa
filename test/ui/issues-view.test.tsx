import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueDetailView } from '../../source/ui/issues/issue-detail-view.js';
import { IssuesView } from '../../source/ui/issues/issues-view.js';
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
  const { store } = temp;
  await importFindings(
    store,
    [1, 2, 3].map((n) =>
      scanFinding({ host: `10.0.0.${n}`, text: `TLS 1.0 on ${n}` }),
    ),
  );
  const ids = store.findings({}).map((finding) => finding.id);
  const first = store.createIssue(
    {
      workspace: 'acme',
      name: 'Weak TLS \u001b[31mred',
      extRef: 'DEMO-1',
      severity: 'high',
      description: 'Old protocols\nsecond line',
    },
    ids,
  );
  store.createIssue({ workspace: 'acme', name: 'Old SSH', extRef: 'DEMO-2' });
  const workspaceId = store.workspaces()[0]?.id ?? 0;
  return { store, ids, first, workspaceId };
}

describe('IssuesView', () => {
  it('lists issues with counts; keys open, edit and ticket the cursor row', async () => {
    const { store, workspaceId } = await seed();
    const onOpen = vi.fn();
    const onEdit = vi.fn();
    const onTicket = vi.fn();
    const view = renderView(
      <IssuesView
        store={store}
        workspaceId={workspaceId}
        keymap={createKeymap()}
        width={90}
        height={10}
        onOpen={onOpen}
        onEdit={onEdit}
        onTicket={onTicket}
      />,
    );

    const frame = await view.waitFor('DEMO-2');
    expect(frame).toMatch(/DEMO-1\s+high\s+open\s+3\s+3 Weak TLS ␛\[31mred/);
    expect(view.lastFrame()).not.toContain('\u001b[31mred');
    await view.press('j', KEY.enter, 'e', 'k', 't');

    await vi.waitFor(() => expect(onTicket).toHaveBeenCalled());
    expect(onOpen.mock.calls[0]?.[0].extRef).toBe('DEMO-2');
    expect(onEdit.mock.calls[0]?.[0].extRef).toBe('DEMO-2');
    expect(onTicket.mock.calls[0]?.[0].extRef).toBe('DEMO-1');
  });
});

describe('IssueDetailView', () => {
  it('shows fields and linked findings; unlinks the selection, undoably', async () => {
    const { store, first, ids } = await seed();
    const onAction = vi.fn();
    const onOpenFinding = vi.fn();
    const view = renderView(
      <IssueDetailView
        store={store}
        issueId={first}
        keymap={createKeymap()}
        width={90}
        height={14}
        onOpenFinding={onOpenFinding}
        onEdit={() => {}}
        onTicket={() => {}}
        onAction={onAction}
      />,
    );

    await view.waitFor('Linked findings (3)');
    expect(view.frame()).toContain('severity high · status open');
    expect(view.frame()).toContain('second line');
    expect(view.frame()).toMatch(/new\s+low\s+10\.0\.0\.1 .*TLS 1\.0 on 1/);
    await view.press(' ', ' ');
    await view.waitFor('2 selected');
    await view.press('x');

    await view.waitFor('Linked findings (1)');
    const result = onAction.mock.calls[0]?.[0];
    expect(result.message).toBe('unlinked 2 findings from DEMO-1');
    expect(store.issue(first)?.findings.map((f) => f.id)).toEqual([ids[2]]);
    await view.press(KEY.enter);
    expect(onOpenFinding).toHaveBeenCalledWith(ids[2]);

    result.undo.undo(store);
    expect(store.issue(first)?.linkedCount).toBe(3);
  });

  it('unlinks the cursor row when nothing is selected', async () => {
    const { store, first } = await seed();
    const view = renderView(
      <IssueDetailView
        store={store}
        issueId={first}
        keymap={createKeymap()}
        width={90}
        height={14}
        onOpenFinding={() => {}}
        onEdit={() => {}}
        onTicket={() => {}}
        onAction={() => {}}
      />,
    );

    await view.waitFor('Linked findings (3)');
    await view.press('G', 'x');

    await view.waitFor('Linked findings (2)');
    expect(view.frame()).not.toContain('10.0.0.3');
  });
});
