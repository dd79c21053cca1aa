import { portPattern } from '../filter/port-pattern.js';
import type { Store } from '../store/store.js';
import type { Finding, FindingFilter } from '../store/types.js';
import { CommandFailure, type CommandIo, safe, table, toJson } from './io.js';
import {
  idOf,
  listOf,
  severityList,
  statusList,
  workspaceId,
} from './options.js';

export interface FindingsOptions {
  workspace?: string;
  scan?: string;
  host?: string[];
  port?: string[];
  plugin?: string[];
  status?: string;
  severity?: string;
  issue?: string;
  json: boolean;
}

const TEXT_COLUMN_WIDTH = 60;

export function findingsCommand(
  store: Store,
  options: FindingsOptions,
  io: CommandIo,
): number {
  const findings = store.findings(findingFilter(store, options));

  if (options.json) {
    io.out(toJson(findings.map(findingJson)));
    return 0;
  }

  io.out(
    table(
      [
        'ID',
        'STATUS',
        'SEVERITY',
        'HOST',
        'PORT',
        'PLUGIN',
        'ISSUES',
        'FINDING',
      ],
      findings.map((finding) => [
        String(finding.id),
        finding.status,
        finding.severity,
        safe(finding.host),
        safe(finding.port),
        safe(finding.plugin),
        finding.issues.join(','),
        safe(firstLine(finding.finding)).slice(0, TEXT_COLUMN_WIDTH),
      ]),
    ),
  );
  return 0;
}

/** The JSON shape scripts rely on (see the README). */
export function findingJson(finding: Finding) {
  return {
    id: finding.id,
    workspace: finding.workspace,
    scan: finding.scan,
    host: finding.host,
    hostname: finding.hostname,
    port: finding.port,
    plugin: finding.plugin,
    severity: finding.severity,
    status: finding.status,
    finding: finding.finding,
    remark: finding.remark,
    issues: finding.issues,
    run: finding.runId,
  };
}

function findingFilter(store: Store, options: FindingsOptions): FindingFilter {
  const filter: FindingFilter = {};
  if (options.workspace) {
    filter.workspaceId = workspaceId(store, options.workspace);
  }
  if (options.scan) {
    const scans = store
      .scans(filter.workspaceId)
      .filter((scan) => scan.name === options.scan);
    if (scans.length === 0) {
      throw new CommandFailure(`no scan named "${safe(options.scan)}"`);
    }
    if (scans.length > 1) {
      throw new CommandFailure(
        `several workspaces have a scan "${safe(options.scan)}"; ` +
          'add --workspace',
      );
    }
    filter.scanId = scans[0]?.id;
  }

  const lists = {
    host: listOf(options.host),
    port: listOf(options.port).map(portPattern),
    plugin: listOf(options.plugin),
  };
  for (const [field, values] of Object.entries(lists)) {
    if (values.length > 0) filter[field as keyof typeof lists] = values;
  }

  const status = statusList(options.status);
  if (status.length > 0) filter.status = status;
  const severity = severityList(options.severity);
  if (severity.length > 0) filter.severity = severity;
  if (options.issue) filter.issueId = [idOf(options.issue, '--issue')];

  return filter;
}

function firstLine(text: string): string {
  return text.trimStart().split('\n', 1)[0] ?? '';
}
