import type { Store } from '../store/store.js';
import type { FindingChanges } from '../store/types.js';
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
import { idOf, ids, severityOf, statusList } from './options.js';

export function findingShowCommand(
  store: Store,
  options: { id?: string; json: boolean },
  io: CommandIo,
): number {
  const id = idOf(options.id, 'finding id');
  const finding = store.finding(id);
  if (!finding) throw new CommandFailure(`no finding ${id}`);

  if (options.json) {
    io.out(
      toJson({
        ...findingJson(finding),
        previousText: finding.previousText,
        history: finding.history,
      }),
    );
    return 0;
  }

  const issues = finding.linkedIssues
    .map((issue) => `${issue.id} ${issue.extRef} ${issue.name}`.trim())
    .map(safe);
  io.out(
    [
      `Finding ${finding.id}  ${finding.status}  ${finding.severity}`,
      `Host:      ${safe(finding.host)}` +
        (finding.hostname ? ` (${safe(finding.hostname)})` : ''),
      `Port:      ${safe(finding.port)}`,
      `Plugin:    ${safe(finding.plugin)}`,
      `Scan:      ${safe(finding.workspace)} / ${safe(finding.scan)}, ` +
        `last seen in run ${finding.runId}`,
      `Issues:    ${issues.join('; ') || 'none'}`,
      `Remark:    ${sanitizeLines(finding.remark).join('\n           ')}`,
      '',
      ...sanitizeLines(finding.finding),
      '',
      'History',
      table(
        ['WHEN', 'WHO', 'RUN', 'STATUS', 'SEVERITY'],
        finding.history.map((entry) => [
          entry.at,
          safe(entry.user),
          String(entry.runId),
          entry.status,
          entry.severity,
        ]),
      ),
    ].join('\n'),
  );
  return 0;
}

export interface FindingUpdateOptions {
  ids: string[];
  status?: string;
  severity?: string;
  remark?: string;
  append: boolean;
}

export function findingUpdateCommand(
  store: Store,
  options: FindingUpdateOptions,
  io: CommandIo,
): number {
  const findingIds = ids(options.ids, 'finding id');
  if (findingIds.length === 0) throw new UsageError('name a finding id');

  const changes: FindingChanges = {};
  const [status, ...more] = statusList(options.status);
  if (more.length > 0) throw new UsageError('give one --status');
  if (status) {
    if (status === 'new' || status === 'changed') {
      throw new UsageError(`"${status}" is set by imports, not by hand`);
    }
    changes.status = status;
  }
  if (options.severity) changes.severity = severityOf(options.severity);
  if (options.remark !== undefined) {
    changes.remark = options.remark;
    changes.appendRemark = options.append;
  } else if (options.append) {
    throw new UsageError('--append goes with --remark');
  }
  if (Object.keys(changes).length === 0) {
    throw new UsageError(
      'nothing to change: give --status, --severity or --remark',
    );
  }

  const changed = store.updateFindings(findingIds, changes);
  const total = findingIds.length;
  io.out(`updated ${changed} of ${plural(total, 'finding')}`);
  return 0;
}
