import { parseSeverity, type Severity } from '../domain/severity.js';
import {
  type ComplianceCheck,
  complianceCheck,
  complianceSeverity,
} from './nessus-compliance.js';
import { cleanBlock, withoutLines } from './text-block.js';
import { formatPort, ScanFileError, type ScanFinding } from './types.js';
import {
  child,
  childrenNamed,
  childText,
  type XmlElement,
} from './xml-stream.js';

/** Where a ReportHost's findings belong. */
export interface NessusHost {
  host: string;
  hostname: string;
}

/** Nessus Scan Information: its output records when and how long. */
const SCAN_INFORMATION_PLUGIN = '19506';

const SCAN_TIMING_LINE = /^\s*(Scan Start Date|Scan duration|Ping RTT)\s*:/;

/** ICMP timestamp and similar plugins measure our clock against theirs. */
const CLOCK_DIFFERENCE_LINE =
  /^\s*The difference between the local and remote clocks is/;

/** Nessus severity attribute: 0 info ... 4 critical. */
const SEVERITY_BY_NUMBER: readonly Severity[] = [
  'info',
  'low',
  'medium',
  'high',
  'critical',
];

/** The text sections of an item, in the order they are shown. */
const SECTIONS: readonly [string, string][] = [
  ['synopsis', 'Synopsis'],
  ['plugin_output', 'Plugin output'],
  ['description', 'Description'],
  ['solution', 'Solution'],
];

/**
 * The finding of one ReportItem. Compliance checks share one plugin id, so
 * their plugin is the id plus the check's name: `21157:1.1.1 Ensure ...`.
 */
export function itemFinding(item: XmlElement, where: NessusHost): ScanFinding {
  const id = item.attrs.pluginID?.trim();
  if (!id) throw new ScanFileError('a ReportItem has no pluginID');

  // Compliance items carry risk factor None whatever their result; their
  // severity attribute is what Nessus rates them by.
  const check = complianceCheck(item);
  const severity = check
    ? complianceSeverity(check, numberedSeverity(item))
    : itemSeverity(item);
  return {
    ...where,
    port: formatPort(item.attrs.port, item.attrs.protocol),
    plugin: check ? `${id}:${check.name}` : id,
    severity,
    text: itemText(item, id, check),
  };
}

/**
 * The named risk factor when there is one, else the severity number. The
 * name means the same in every Nessus version; the number did not (Nessus
 * 4 rated informational output 1).
 */
function itemSeverity(item: XmlElement): Severity {
  const risk = childText(item, 'risk_factor');
  if (/^none$/i.test(risk)) return 'info';

  return parseSeverity(risk) ?? numberedSeverity(item);
}

function numberedSeverity(item: XmlElement): Severity {
  return SEVERITY_BY_NUMBER[Number(item.attrs.severity)] ?? 'info';
}

function itemText(
  item: XmlElement,
  id: string,
  check: ComplianceCheck | undefined,
): string {
  const name = item.attrs.pluginName || childText(item, 'plugin_name');
  const service = item.attrs.svc_name;
  const parts = [name || `Nessus plugin ${id}`];
  if (service && service !== 'general') parts[0] += `\nService: ${service}`;
  if (check) {
    parts.push(`Compliance check: ${check.name}\nResult: ${check.result}`);
  }

  for (const [element, heading] of SECTIONS) {
    const block = stableBlock(id, child(item, element)?.text ?? '');
    if (block !== '') parts.push(`${heading}:\n${block}`);
  }

  const cves = childrenNamed(item, 'cve').map((cve) => cve.text.trim());
  if (cves.length > 0) parts.push(`CVE: ${cves.join(', ')}`);
  parts.push(riskLine(item));

  return parts.join('\n\n');
}

function stableBlock(id: string, text: string): string {
  let stable = withoutLines(text, CLOCK_DIFFERENCE_LINE);
  if (id === SCAN_INFORMATION_PLUGIN) {
    stable = withoutLines(stable, SCAN_TIMING_LINE);
  }

  return cleanBlock(stable);
}

/** `Risk: High (Nessus severity 3, CVSS v3 7.1, CVSS v2 7.5)`. */
function riskLine(item: XmlElement): string {
  const scores = [`Nessus severity ${item.attrs.severity ?? '?'}`];
  const v3 = childText(item, 'cvss3_base_score') || childText(item, 'cvssv3');
  const v2 = childText(item, 'cvss_base_score') || childText(item, 'cvss');
  if (v3) scores.push(`CVSS v3 ${v3}`);
  if (v2) scores.push(`CVSS v2 ${v2}`);

  const risk = childText(item, 'risk_factor') || 'not given';
  return `Risk: ${risk} (${scores.join(', ')})`;
}
