import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeymap } from '../../source/ui/keymap.js';
import {
  initialWorkspace,
  WorkspaceScanPicker,
} from '../../source/ui/workspace-scan-picker.js';
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
  await importFindings(store, [scanFinding({})], { workspace: 'acme' });
  await importFindings(store, [scanFinding({})], {
    workspace: 'beta',
    scan: 'nightly',
  });
  await importFindings(store, [scanFinding({})], {
    workspace: 'beta',
    scan: 'weekly',
  });
  return store;
}

describe('WorkspaceScanPicker', () => {
  it('chooses a workspace, then one scan', async () => {
    const store = await seed();
    const onChoose = vi.fn();
    const view = renderView(
      <WorkspaceScanPicker
        store={store}
        keymap={createKeymap()}
        height={10}
        width={80}
        onChoose={onChoose}
        onCancel={() => {}}
      />,
    );

    await view.waitFor('Choose a workspace');
    await view.press('bet', KEY.enter);
    await view.waitFor('Scan of workspace beta');
    expect(view.frame()).toContain('all scans');
    await view.press('week', KEY.enter);

    const scope = onChoose.mock.calls[0]?.[0];
    expect(scope.workspace.name).toBe('beta');
    expect(scope.scan.name).toBe('weekly');
  });

  it('offers all scans; Esc goes back to workspaces, then cancels', async () => {
    const store = await seed();
    const onChoose = vi.fn();
    const onCancel = vi.fn();
    const view = renderView(
      <WorkspaceScanPicker
        store={store}
        keymap={createKeymap()}
        height={10}
        width={80}
        onChoose={onChoose}
        onCancel={onCancel}
      />,
    );

    await view.waitFor('Choose a workspace');
    await view.press(KEY.enter);
    await view.waitFor('Scan of workspace acme');
    await view.press(KEY.escape);
    await view.waitFor('Choose a workspace');
    await view.press(KEY.down, KEY.enter);
    await view.waitFor('Scan of workspace beta');
    await view.press(KEY.enter);

    expect(onChoose.mock.calls[0]?.[0].workspace.name).toBe('beta');
    expect(onChoose.mock.calls[0]?.[0].scan).toBeUndefined();
    await view.press(KEY.escape);
  });

  it('starts in the configured default workspace', async () => {
    const store = await seed();

    expect(initialWorkspace(store, { defaultWorkspace: 'beta' })?.name).toBe(
      'beta',
    );
    expect(initialWorkspace(store, { defaultWorkspace: 'gone' })?.name).toBe(
      'acme',
    );
  });
});
