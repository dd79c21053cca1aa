import { isSeverity, type Severity } from '../domain/severity.js';
import {
  type FindingStatus,
  type IssueStatus,
  isFindingStatus,
  isIssueStatus,
} from '../domain/status.js';
import type { Store } from '../store/store.js';
import { CommandFailure, UsageError } from './io.js';

/** Flags every command takes. */
export const GLOBAL_FLAGS = {
  db: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export const GLOBAL_HELP = `
  Global options
    --db PATH      the store (default: $SECTRIAGE_DB, else
                   $XDG_DATA_HOME/sectriage/sectriage.db)
    --user NAME    who history records (default: the OS user)
    --json         machine-readable output only`;

/** Splits `a,b` and repeated flags into one list of values. */
export function listOf(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

export function statusList(value: string | undefined): FindingStatus[] {
  return listOf(value).map((status) => {
    if (!isFindingStatus(status)) {
      throw new UsageError(`unknown status "${status}"`);
    }
    return status;
  });
}

export function issueStatusList(value: string | undefined): IssueStatus[] {
  return listOf(value).map((status) => {
    if (!isIssueStatus(status)) {
      throw new UsageError(`unknown issue status "${status}"`);
    }
    return status;
  });
}

export function severityList(value: string | undefined): Severity[] {
  return listOf(value).map(severityOf);
}

export function severityOf(value: string): Severity {
  const lower = value.toLowerCase();
  if (!isSeverity(lower)) throw new UsageError(`unknown severity "${value}"`);
  return lower;
}

/** A positive whole number given on the command line. */
export function idOf(value: string | number | undefined, what: string): number {
  const id = Number(value);
  if (value === undefined || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(`${what} must be a positive number, not "${value}"`);
  }
  return id;
}

export function ids(values: readonly string[], what: string): number[] {
  return values.map((value) => idOf(value, what));
}

/** The id of an existing workspace, or a failure naming it. */
export function workspaceId(store: Store, name: string): number {
  const workspace = store.workspaceByName(name);
  if (!workspace) throw new CommandFailure(`no workspace named "${name}"`);
  return workspace.id;
}
