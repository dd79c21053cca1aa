import { isCursorMove, moveCursor } from '../list-cursor.js';

export interface IssueDetailState {
  cursor: number;
  /** Ids of the linked findings marked for unlinking. */
  selected: ReadonlySet<number>;
}

export type IssueDetailAction =
  | {
      type: 'command';
      command: string;
      rowIds: readonly number[];
      page: number;
    }
  | { type: 'unlinked' };

export const initialIssueDetail: IssueDetailState = {
  cursor: 0,
  selected: new Set(),
};

/** Findings an action applies to: the selection, else the cursor row. */
export function targetIds(
  state: IssueDetailState,
  rowIds: readonly number[],
): number[] {
  if (state.selected.size > 0) return [...state.selected];
  const id = rowIds[Math.min(state.cursor, rowIds.length - 1)];
  return id === undefined ? [] : [id];
}

export function reduceIssueDetail(
  state: IssueDetailState,
  action: IssueDetailAction,
): IssueDetailState {
  if (action.type === 'unlinked') return { ...state, selected: new Set() };

  const { command, rowIds, page } = action;
  if (isCursorMove(command)) {
    return {
      ...state,
      cursor: moveCursor(state.cursor, command, rowIds.length, page),
    };
  }

  if (command === 'select.toggle') {
    const id = rowIds[Math.min(state.cursor, rowIds.length - 1)];
    if (id === undefined) return state;
    const selected = new Set(state.selected);
    if (!selected.delete(id)) selected.add(id);
    return {
      selected,
      cursor: moveCursor(state.cursor, 'cursor.down', rowIds.length, page),
    };
  }

  return state;
}
