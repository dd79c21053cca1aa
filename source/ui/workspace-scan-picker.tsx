import { useCallback, useMemo, useState } from 'react';
import type { Config } from '../config/types.js';
import type { Scan, Workspace } from '../store/types.js';
import type { Keymap } from './keymap.js';
import type { PickerItem } from './picker/picker-reducer.js';
import { PickerView } from './picker/picker-view.js';
import type { TriageStore } from './store-port.js';

/** Where the screen looks: a workspace and one scan or all of them. */
export interface Scope {
  workspace: Workspace;
  scan?: Scan;
}

/**
 * The workspace to start in: the configured default when it exists,
 * else the first one; undefined for an empty store.
 */
export function initialWorkspace(
  store: TriageStore,
  config: Config,
): Workspace | undefined {
  const workspaces = store.workspaces();
  return (
    workspaces.find((each) => each.name === config.defaultWorkspace) ??
    workspaces[0]
  );
}

export interface WorkspaceScanPickerProps {
  store: TriageStore;
  keymap: Keymap;
  height: number;
  width: number;
  current?: Scope;
  onChoose: (scope: Scope) => void;
  onCancel: () => void;
}

interface ScopeItem extends PickerItem {
  workspace?: Workspace;
  scan?: Scan;
}

const ALL_SCANS = 'all';

/** Choose a workspace, then one of its scans or all of them. */
export function WorkspaceScanPicker({
  store,
  keymap,
  height,
  width,
  current,
  onChoose,
  onCancel,
}: WorkspaceScanPickerProps) {
  const [workspace, setWorkspace] = useState<Workspace>();

  const items = useMemo<ScopeItem[]>(() => {
    if (!workspace) {
      return store.workspaces().map((each) => ({
        key: String(each.id),
        label: each.name,
        detail: `${each.scanCount} scans, ${each.findingCount} findings`,
        workspace: each,
      }));
    }

    const scans = store.scans(workspace.id).map((scan) => ({
      key: String(scan.id),
      label: scan.name,
      detail: `${scan.scanner}, ${scan.runCount} runs, last ${
        scan.lastRunAt ?? 'never'
      }`,
      scan,
    }));
    return [{ key: ALL_SCANS, label: 'all scans' }, ...scans];
  }, [store, workspace]);

  const initialCursor = workspace
    ? Math.max(
        0,
        items.findIndex((item) => item.scan?.id === current?.scan?.id),
      )
    : Math.max(
        0,
        items.findIndex((item) => item.workspace?.id === current?.workspace.id),
      );

  const choose = useCallback(
    (item: ScopeItem) => {
      if (!workspace) setWorkspace(item.workspace);
      else onChoose({ workspace, scan: item.scan });
    },
    [onChoose, workspace],
  );
  const cancel = useCallback(() => {
    if (workspace) setWorkspace(undefined);
    else onCancel();
  }, [onCancel, workspace]);

  return (
    <PickerView
      resetKey={workspace ? `scans-${workspace.id}` : 'workspaces'}
      title={
        workspace ? `Scan of workspace ${workspace.name}` : 'Choose a workspace'
      }
      items={items}
      keymap={keymap}
      height={height}
      width={width}
      initialCursor={initialCursor}
      onChoose={choose}
      onCancel={cancel}
      emptyText={workspace ? 'no scans' : 'no workspaces: import a scan first'}
    />
  );
}
