import { parseSeverity } from '../domain/severity.js';
import { parseTarget } from './scan-target.js';
import { joinSections } from './tidy-text.js';
import { ScanFileError, type ScanFinding } from './types.js';

type Json = Record<string, unknown>;

/**
 * Turns one Nuclei result (any version's field names) into a finding, or
 * undefined for a non-match that `-matcher-status` also writes out.
 * Request and response bodies, curl commands, interaction (OAST) records
 * and timestamps are left out: they are large and differ on every run.
 */
export function findingFromRecord(
  record: unknown,
  location: string,
): ScanFinding | undefined {
  if (!isObject(record)) {
    throw new ScanFileError('a Nuclei result must be a JSON object', location);
  }

  const templateId = text(record['template-id'] ?? record.templateID);
  if (!templateId) {
    throw new ScanFileError('not a Nuclei result (no template id)', location);
  }
  if (record['matcher-status'] === false) return undefined;

  const info = isObject(record.info) ? record.info : {};
  const matcher = text(record['matcher-name'] ?? record.matcher_name);
  const matchedAt = text(
    record['matched-at'] ?? record.matched ?? record.url ?? record.host,
  );
  const target = parseTarget(matchedAt, text(record.ip), text(record.port));
  const severityWord = text(info.severity) || 'unknown';

  return {
    host: target.host,
    hostname: target.hostname,
    port: target.port,
    plugin: [templateId, matcher, target.path].filter(Boolean).join(':'),
    severity: parseSeverity(severityWord) ?? 'info',
    text: joinSections([
      text(info.name) || templateId,
      headline(severityWord, info, matchedAt, matcher),
      listSection(
        'Extracted',
        record['extracted-results'] ?? record.extracted_results,
      ),
      text(info.description).trim(),
      listSection('References', info.reference),
    ]),
  };
}

function headline(
  severity: string,
  info: Json,
  matchedAt: string,
  matcher: string,
): string {
  const classification = isObject(info.classification)
    ? info.classification
    : {};
  const score = text(classification['cvss-score']);
  const ids = [
    ...strings(classification['cve-id']),
    ...strings(classification['cwe-id']),
  ].map((id) => id.toUpperCase());

  return [
    `Severity: ${severity}${score ? ` (CVSS ${score})` : ''}`,
    matchedAt && `Matched at: ${matchedAt}`,
    matcher && `Matcher: ${matcher}`,
    ids.length > 0 && `Classification: ${ids.join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A titled list; legacy templates give references as one `- a\n- b`. */
function listSection(title: string, value: unknown): string {
  const items = strings(value)
    .flatMap((item) => item.split('\n'))
    .map((item) => item.replace(/^\s*-\s*/, '').trim())
    .filter(Boolean);
  if (items.length === 0) return '';

  return `${title}:\n${items.map((item) => `- ${item}`).join('\n')}`;
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  const single = text(value);
  return single ? [single] : [];
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
