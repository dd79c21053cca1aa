import type { Severity } from '../domain/severity.js';
import { asText, bareAddress } from './tls-fields.js';
import { formatPort, ScanFileError, type ScanFinding } from './types.js';

/** Where a testssl.sh check ran: the target as the scanner names it. */
export interface TestsslTarget {
  /** The address that was tested. */
  ip: string;
  /** The name given on the command line; '' when it was an address. */
  hostname: string;
  port: string;
}

/**
 * Ids that describe the scanning machine or the run rather than the
 * target: the elapsed scan time, missing local OpenSSL engines, and the
 * server's Date header, which changes with every request.
 */
const VOLATILE_IDS = new Set(['scanTime', 'engine_problem', 'HTTP_headerTime']);

/**
 * testssl.sh levels onto ours. OK means the check passed, so `none`; INFO
 * is a fact worth reading; WARN means the check itself could not finish
 * properly, which an analyst should see; DEBUG is the scanner's own chatter.
 */
const SEVERITIES: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  WARN: 'info',
  INFO: 'info',
  OK: 'none',
  DEBUG: 'none',
};

/**
 * Throws the scanner's own message when an entry says the scan failed
 * (`scanProblem`, or any check at level FATAL): such a file is no scan.
 */
export function refuseScanFailure(
  entry: Record<string, unknown>,
  location: string,
): void {
  if (asText(entry.severity).toUpperCase() !== 'FATAL') return;

  const message = asText(entry.finding) || asText(entry.id);
  throw new ScanFileError(
    `testssl.sh reported a failed scan: ${message}`,
    location,
  );
}

/**
 * The flat layout's `ip` field, `name/address`: the address is empty for
 * entries about the name alone, which then stand for the name.
 */
export function targetFromFlatIp(ip: string, port: unknown): TestsslTarget {
  const slash = ip.indexOf('/');
  const name = slash === -1 ? '' : ip.slice(0, slash);
  const address = bareAddress(slash === -1 ? ip : ip.slice(slash + 1));
  return target(address || name, name, port);
}

export function target(
  ip: string,
  hostname: string,
  port: unknown,
): TestsslTarget {
  return {
    ip,
    hostname: hostname === ip ? '' : hostname,
    port: formatPort(asText(port), 'tcp'),
  };
}

/** One check result as a finding, or undefined for ids about the run. */
export function findingFromEntry(
  entry: Record<string, unknown>,
  where: TestsslTarget,
  location: string,
): ScanFinding | undefined {
  const id = asText(entry.id);
  const level = asText(entry.severity).toUpperCase();
  refuseScanFailure(entry, location);
  if (id === '') throw new ScanFileError('a check has no id', location);
  if (VOLATILE_IDS.has(id)) return undefined;

  const severity = SEVERITIES[level];
  if (!severity) {
    throw new ScanFileError(`unknown severity "${level}" of ${id}`, location);
  }

  return {
    host: where.ip,
    hostname: where.hostname,
    port: where.port,
    plugin: id,
    severity,
    text: findingText(entry, id, level),
  };
}

function findingText(
  entry: Record<string, unknown>,
  id: string,
  level: string,
): string {
  const lines = [
    stableFinding(id, asText(entry.finding)),
    `Severity: ${level}`,
  ];
  const cve = asText(entry.cve);
  const cwe = asText(entry.cwe);
  const hint = asText(entry.hint);
  if (cve) lines.push(`CVE: ${cve}`);
  if (cwe) lines.push(`CWE: ${cwe}`);
  if (hint) lines.push(`Hint: ${hint}`);

  return lines.join('\n');
}

/**
 * Certificate expiry checks count the days left (`158 >= 60 days`,
 * `expires < 30 days (26)`), which changes every day; the threshold
 * crossed is what matters and stays.
 */
function stableFinding(id: string, finding: string): string {
  if (!/^cert_expiration_?[sS]tatus/.test(id)) return finding;

  return finding.replace(/^\d+\s+(?=[<>]=?)/, '').replace(/\s*\(\d+\)\s*$/, '');
}
