import type { FindingStatus } from '../domain/status.js';
import type { TriageStore } from './triage-store.js';

/**
 * One undoable action. Every action records what it changed before
 * changing it; `undo` restores exactly that through the Store API.
 * Engineer B's link and create-issue actions push entries of this type.
 */
export interface UndoEntry {
  /** What was done, e.g. "set 12 findings to open". */
  label: string;
  undo(store: TriageStore): void;
}

/** Before-state of findings an action is about to change. */
export interface FindingBefore {
  id: number;
  status: FindingStatus;
  remark: string;
}

/**
 * Reads the before-state in chunks, so a selection of many ids never
 * builds one huge `IN (...)` list.
 */
export function findingsBefore(
  store: TriageStore,
  ids: readonly number[],
): FindingBefore[] {
  const before: FindingBefore[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    for (const finding of store.findings({ ids: chunk })) {
      before.push({
        id: finding.id,
        status: finding.status,
        remark: finding.remark,
      });
    }
  }

  return before;
}

const CHUNK = 5000;

/**
 * An entry that puts back the status and remark each finding had, in one
 * transaction, unless an import or another session has changed any of
 * them since (the store then refuses and changes nothing).
 */
export function restoreFindings(
  label: string,
  before: readonly FindingBefore[],
  after: readonly FindingBefore[],
  parts: { status: boolean; remark: boolean },
  runMark: number,
): UndoEntry {
  const pick = (row: FindingBefore) => ({
    id: row.id,
    status: parts.status ? row.status : undefined,
    remark: parts.remark ? row.remark : undefined,
  });

  return {
    label,
    undo(store) {
      store.restoreFindings(before.map(pick), {
        runMark,
        after: after.map(pick),
      });
    },
  };
}
