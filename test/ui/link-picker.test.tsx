import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeymap } from '../../source/ui/keymap.js';
import { LinkPicker } from '../../source/ui/link-picker.js';
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
    [1, 2, 3].map((n) => scanFinding({ host: `10.0.0.${n}` })),
  );
  const workspaceId = store.workspaces()[0]?.id ?? 0;
  const ids = store.findings({ workspaceId }).map((finding) => finding.id);
  store.createIssue({ workspace: 'acme', name: 'Weak TLS', extRef: 'DEMO-1' });
  store.createIssue({ workspace: 'acme', name: 'Old SSH', extRef: 'DEMO-2' }, [
    ids[0] ?? 0,
  ]);

  return { store, workspaceId, ids };
}

describe('LinkPicker', () => {
  it('searches by reference or name and links, reporting the count', async () => {
    const { store, workspaceId, ids } = await seed();
    const onDone = vi.fn();
    const view = renderView(
      <LinkPicker
        store={store}
        workspaceId={workspaceId}
        findingIds={ids}
        keymap={createKeymap()}
        height={10}
        width={80}
        onDone={onDone}
      />,
    );

    await view.waitFor('DEMO-1');
    expect(view.frame()).toContain('Link 3 findings to an issue');
    await view.press('ssh');
    const frame = await view.waitFor((text) => !text.includes('DEMO-1'));
    expect(frame).toContain('DEMO-2');
    await view.press(KEY.enter);

    expect(onDone).toHaveBeenCalledTimes(1);
    const result = onDone.mock.calls[0]?.[0];
    expect(result.message).toBe(
      'linked 2 findings to DEMO-2 (1 already linked)',
    );
    const issue = store.issuesByRef('DEMO-2')[0];
    expect(issue?.linkedCount).toBe(3);

    result.undo.undo(store);
    expect(store.issuesByRef('DEMO-2')[0]?.linkedCount).toBe(1);
  });

  it('moves with arrows, deletes typed text, cancels with Esc', async () => {
    const { store, workspaceId, ids } = await seed();
    const onDone = vi.fn();
    const view = renderView(
      <LinkPicker
        store={store}
        workspaceId={workspaceId}
        findingIds={ids.slice(0, 1)}
        keymap={createKeymap()}
        height={10}
        width={80}
        onDone={onDone}
      />,
    );

    await view.waitFor('Link 1 finding');
    await view.press('zz', KEY.backspace, KEY.backspace, KEY.down);
    await view.waitFor((text) => /> DEMO-2/.test(text));
    await view.press(KEY.escape);

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(undefined));
  });
});
