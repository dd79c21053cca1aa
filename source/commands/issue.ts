import type { Store } from '../store/store.js';
import type { IssueChanges, IssueDetail } from '../store/types.js';
import { plural } from '../text/plural.js';
import { sanitizeLines } from '../text/sanitize.js';
import { findingJson } from './findings.js';
import {
  CommandFailure,
  type CommandIo,
  safe,
  table,
  toJson,
  UsageError,
} from './io.js';
import {
  idOf,
  ids,
  issueStatusList,
  severityOf,
  workspaceId,
} from './options.js';

export interface IssueFields {
  name?: string;
  extRef?: string;
  severity?: string;
  status?: string;
  description?: string;
}

export function issueCreateCommand(
  store: Store,
  options: IssueFields & { workspace?: string; finding: string[] },
  io: CommandIo,
): number {
  if (!options.workspace)
    throw new UsageError('issue create needs --workspace');
  if (!options.name?.trim()) throw new UsageError('issue create needs --name');
  const fields = issueChanges(options);
  workspaceId(store, options.workspace);

  const id = store.createIssue(
    {
      workspace: options.workspace,
      name: options.name,
      extRef: fields.extRef,
      description: fields.description,
      severity: fields.severity,
      status: fields.status,
    },
    ids(options.finding, 'finding id'),
  );
  io.out(String(id));
  return 0;
}

export function issueUpdateCommand(
  store: Store,
  options: IssueFields & { id?: string },
  io: CommandIo,
): number {
  const id = idOf(options.id, 'issue id');
  const changes = issueChanges(options);
  if (Object.keys(changes).length === 0) {
    throw new UsageError('nothing to change: give a field to update');
  }

  store.updateIssue(id, changes);
  io.out(`updated issue ${id}`);
  return 0;
}

export function issueLinkCommand(
  store: Store,
  options: { id?: string; findings: string[]; unlink: boolean },
  io: CommandIo,
): number {
  const id = idOf(options.id, 'issue id');
  const findingIds = ids(options.findings, 'finding id');
  if (findingIds.length === 0) throw new UsageError('name a finding id');

  if (options.unlink) {
    const count = store.unlinkFindings(id, findingIds);
    io.out(`unlinked ${plural(count, 'finding')} from issue ${id}`);
  } else {
    const count = store.linkFindings(id, findingIds);
    io.out(`linked ${plural(count, 'finding')} to issue ${id}`);
  }
  return 0;
}

export function issueShowCommand(
  store: Store,
  options: { ref?: string; workspace?: string; json: boolean },
  io: CommandIo,
): number {
  const issue = findIssue(store, options.ref, options.workspace);

  if (options.json) {
    io.out(toJson(issueJson(issue)));
    return 0;
  }

  io.out(
    [
      `Issue ${issue.id}  ${safe(issue.extRef) || '(no reference)'}  ` +
        `${issue.severity}  ${issue.status}`,
      `Name:       ${safe(issue.name)}`,
      `Workspace:  ${safe(issue.workspace)}`,
      `Still present: ${issue.presentCount} of ` +
        plural(issue.linkedCount, 'linked finding') +
        (issue.linkedCount > 0 && issue.presentCount === 0
          ? ' (all gone or closed: really fixed)'
          : ''),
      '',
      ...sanitizeLines(issue.description),
      '',
      table(
        ['FINDING', 'STATUS', 'SEVERITY', 'HOST', 'PORT', 'PLUGIN'],
        issue.findings.map((finding) => [
          String(finding.id),
          finding.status,
          finding.severity,
          safe(finding.host),
          safe(finding.port),
          safe(finding.plugin),
        ]),
      ),
    ].join('\n'),
  );
  return 0;
}

export function issuesCommand(
  store: Store,
  options: { workspace?: string; status?: string; json: boolean },
  io: CommandIo,
): number {
  const issues = store.issues({
    workspaceId: options.workspace
      ? workspaceId(store, options.workspace)
      : undefined,
    status: issueStatusList(options.status),
  });

  if (options.json) {
    io.out(toJson(issues));
    return 0;
  }

  io.out(
    table(
      ['ID', 'REF', 'SEVERITY', 'STATUS', 'PRESENT', 'NAME'],
      issues.map((issue) => [
        String(issue.id),
        safe(issue.extRef),
        issue.severity,
        issue.status,
        `${issue.presentCount}/${issue.linkedCount}`,
        safe(issue.name),
      ]),
    ),
  );
  return 0;
}

function issueJson(issue: IssueDetail) {
  return {
    id: issue.id,
    workspace: issue.workspace,
    name: issue.name,
    extRef: issue.extRef,
    description: issue.description,
    severity: issue.severity,
    status: issue.status,
    linkedCount: issue.linkedCount,
    presentCount: issue.presentCount,
    findings: issue.findings.map(findingJson),
    history: issue.history,
  };
}

/** An issue by id, or by external reference (unique, or per workspace). */
function findIssue(
  store: Store,
  ref: string | undefined,
  workspace: string | undefined,
): IssueDetail {
  if (!ref) throw new UsageError('issue show needs an ID or EXT_REF');

  const byId = /^\d+$/.test(ref) ? store.issue(Number(ref)) : undefined;
  if (byId) return byId;

  const matches = store.issuesByRef(
    ref,
    workspace ? workspaceId(store, workspace) : undefined,
  );
  if (matches.length === 0) throw new CommandFailure(`no issue ${safe(ref)}`);
  if (matches.length > 1) {
    const where = matches.map((issue) => safe(issue.workspace)).join(', ');
    throw new CommandFailure(
      `${safe(ref)} names issues in several workspaces (${where}); ` +
        'add --workspace',
    );
  }

  const detail = store.issue(matches[0]?.id ?? -1);
  if (!detail) throw new CommandFailure(`no issue ${safe(ref)}`);
  return detail;
}

function issueChanges(options: IssueFields): IssueChanges {
  const changes: IssueChanges = {};
  if (options.name !== undefined) changes.name = options.name;
  if (options.extRef !== undefined) changes.extRef = options.extRef;
  if (options.description !== undefined) {
    changes.description = options.description;
  }
  if (options.severity !== undefined) {
    changes.severity = severityOf(options.severity);
  }
  if (options.status !== undefined) {
    const [status, ...more] = issueStatusList(options.status);
    if (!status || more.length > 0) {
      throw new UsageError('--status takes open or closed');
    }
    changes.status = status;
  }
  return changes;
}
