import { streamJson } from './json-stream.js';
import { commandVerdict, isKnownCommand } from './sslyze-json-commands.js';
import { commandErrorVerdict } from './sslyze-verdicts.js';
import { asRecord, asText, bareAddress } from './tls-fields.js';
import {
  formatPort,
  type Importer,
  ScanFileError,
  type ScanFinding,
} from './types.js';

type Target = Pick<ScanFinding, 'host' | 'hostname' | 'port'>;

/**
 * sslyze `--json_out`, old schema (3.x: `server_info`,
 * `scan_commands_results`) and new (5.x and 6.x: `server_location`,
 * `scan_result.<command>.{status,result}`), one target at a time.
 */
export const sslyzeJsonImporter: Importer = {
  format: 'sslyze',
  scanner: 'sslyze',
  description: 'sslyze JSON (--json_out), versions 3 to 6',

  detect(head) {
    return /^\s*\{[\s\S]*"server_scan_results"\s*:\s*\[/.test(head);
  },

  async parse(file, sink) {
    const unreachable: { finding: ScanFinding; location: string }[] = [];
    let reachable = 0;

    const records = streamJson(
      file.path,
      (path) =>
        (path.length === 1 && path[0] === 'date_scans_started') ||
        (path.length === 2 &&
          (path[0] === 'server_scan_results' ||
            path[0] === 'server_connectivity_errors')),
    );
    for await (const { path, value } of records) {
      if (path.length === 1) {
        const started = scanStart(asText(value));
        if (started) sink.setScanTime(started);
        continue;
      }

      const location = `${path[0]} ${Number(path[1]) + 1}`;
      const record = asRecord(value);
      if (!record) throw new ScanFileError('not a scan result', location);

      const failure =
        path[0] === 'server_connectivity_errors'
          ? connectivityErrorOfOldSchema(record)
          : connectivityError(record, location);
      if (failure) {
        unreachable.push({ finding: failure, location });
        continue;
      }

      reachable += 1;
      for (const finding of targetFindings(record, location)) sink.add(finding);
    }

    // A file in which no server could be reached holds no scan at all.
    const first = unreachable[0];
    if (reachable === 0 && first) {
      throw new ScanFileError(
        `sslyze could not reach any server: ${first.finding.text}`,
        first.location,
      );
    }
    for (const { finding } of unreachable) sink.add(finding);
  },
};

function targetFindings(
  record: Record<string, unknown>,
  location: string,
): ScanFinding[] {
  const target = targetOf(record, location);
  const findings: ScanFinding[] = [];
  const add = (
    plugin: string,
    verdict: { severity: ScanFinding['severity']; text: string },
  ) => findings.push({ ...target, plugin, ...verdict });

  const newResults = asRecord(record.scan_result);
  for (const [command, attempt] of Object.entries(newResults ?? {})) {
    const outcome = asRecord(attempt) ?? {};
    const result = asRecord(outcome.result);
    if (!isKnownCommand(command)) continue;
    if (outcome.status === 'ERROR') {
      add(command, commandErrorVerdict(asText(outcome.error_reason)));
    } else if (outcome.status === 'COMPLETED' && result) {
      add(command, commandVerdict(command, result));
    }
  }

  const oldResults = asRecord(record.scan_commands_results);
  for (const [command, value] of Object.entries(oldResults ?? {})) {
    const result = asRecord(value);
    if (isKnownCommand(command) && result) {
      add(command, commandVerdict(command, result));
    }
  }

  const oldErrors = asRecord(record.scan_commands_errors);
  for (const [command, value] of Object.entries(oldErrors ?? {})) {
    if (!isKnownCommand(command)) continue;
    const reason = asText(asRecord(value)?.reason) || asText(value);
    add(command, commandErrorVerdict(reason));
  }

  return findings;
}

function targetOf(record: Record<string, unknown>, location: string): Target {
  const server =
    asRecord(record.server_location) ??
    asRecord(asRecord(record.server_info)?.server_location);
  const hostname = asText(server?.hostname);
  const ip = bareAddress(asText(server?.ip_address)) || hostname;
  if (!ip) throw new ScanFileError('a scan result names no server', location);

  return {
    host: ip,
    hostname: hostname === ip ? '' : hostname,
    port: formatPort(asText(server?.port), 'tcp'),
  };
}

/** sslyze 5+ keeps unreachable servers in the results, with a trace. */
function connectivityError(
  record: Record<string, unknown>,
  location: string,
): ScanFinding | undefined {
  if (record.connectivity_status !== 'ERROR') return undefined;

  const target = targetOf(record, location);
  return {
    ...target,
    plugin: 'connectivity',
    severity: 'info',
    text: errorLine(asText(record.connectivity_error_trace)),
  };
}

/** sslyze 3 lists them apart: `{server_string, error_message}`. */
function connectivityErrorOfOldSchema(
  record: Record<string, unknown>,
): ScanFinding {
  const server = asText(record.server_string);
  const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?/.exec(server);
  return {
    host: match?.[1] ?? match?.[2] ?? server,
    hostname: '',
    port: formatPort(match?.[3] ?? 443, 'tcp'),
    plugin: 'connectivity',
    severity: 'info',
    text: `Could not connect: ${asText(record.error_message)}`,
  };
}

/** A Python traceback ends in the exception and its message. */
function errorLine(trace: string): string {
  const lines = trace.split('\n').filter((line) => line.trim() !== '');
  return `Could not connect: ${lines.at(-1)?.trim() ?? 'unknown error'}`;
}

/** sslyze 5 writes UTC without a zone; 6 adds the `Z`. */
function scanStart(text: string): Date | undefined {
  if (!text) return undefined;

  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
  const time = new Date(zoned);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
