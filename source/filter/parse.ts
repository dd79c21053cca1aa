/**
 * The filter language of the findings view: field terms and free text,
 * e.g. `status:new,changed sev:>=medium host:10.0.* payload`.
 *
 * - `status:` and `sev:`/`severity:` take lists; severity also takes
 *   `>=x`, `>x`, `<=x`, `<x`. A leading `-` negates these two.
 * - `host:`, `hostname:`, `port:`, `plugin:` take lists of patterns
 *   (`*` is a wildcard).
 * - `issue:` takes external references, `#id`, `none` or `any`;
 *   `scan:` takes a scan name. The UI resolves both through the store.
 * - A word shaped like `name:value` with an unknown name is an error
 *   (with the field probably meant), unless it is a URL (`name://`).
 * - Every other word (or "quoted phrase") must occur in the host,
 *   hostname, port, plugin, finding text or remark.
 * Repeating status or severity narrows further; repeating a pattern field
 * adds alternatives.
 */

import {
  parseSeverity,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../domain/severity.js';
import {
  FINDING_STATUSES,
  type FindingStatus,
  isFindingStatus,
} from '../domain/status.js';
import type { FindingFilter } from '../store/types.js';
import { portPattern } from './port-pattern.js';
import { closest } from './suggest.js';

export interface ParsedFilter {
  /** Everything that maps straight onto the store's filter. */
  filter: FindingFilter;
  /** `issue:` references, to look up in the store. */
  issueRefs: string[];
  /** `scan:` names, to look up in the store. */
  scanNames: string[];
  /** One message per bad term; the good terms still apply. */
  errors: string[];
}

const FIELDS = {
  status: 'status',
  sev: 'severity',
  severity: 'severity',
  host: 'host',
  hostname: 'hostname',
  port: 'port',
  plugin: 'plugin',
  issue: 'issue',
  scan: 'scan',
} as const;

type Field = (typeof FIELDS)[keyof typeof FIELDS];

const PATTERN_FIELDS = ['host', 'hostname', 'port', 'plugin'] as const;

/** Parses a filter line. Never throws: problems land in `errors`. */
export function parseFilter(line: string): ParsedFilter {
  const parsed: ParsedFilter = {
    filter: {},
    issueRefs: [],
    scanNames: [],
    errors: [],
  };
  for (const token of tokenize(line)) {
    const term = fieldTerm(token);
    if (typeof term === 'string') {
      parsed.errors.push(`${token.raw}: ${term}`);
      continue;
    }

    if (term === undefined) {
      if (token.text !== '') {
        parsed.filter.text = [...(parsed.filter.text ?? []), token.text];
      }

      continue;
    }

    const error = applyTerm(parsed, term);
    if (error !== undefined) parsed.errors.push(`${token.raw}: ${error}`);
  }

  return parsed;
}

interface Token {
  raw: string;
  /** With quotes removed. */
  text: string;
  quoted: boolean;
}

interface Term {
  field: Field;
  negated: boolean;
  values: string[];
}

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(/(?:[^\s"]+|"[^"]*"?)+/g)) {
    const raw = match[0];
    tokens.push({ raw, text: raw.replaceAll('"', ''), quoted: raw[0] === '"' });
  }

  return tokens;
}

/** A field term, text (undefined), or why a field-shaped word is wrong. */
function fieldTerm(token: Token): Term | string | undefined {
  if (token.quoted) return undefined;

  const match = /^(-?)([a-z]+):(.+)$/i.exec(token.raw);
  if (match === null) return undefined;

  const [, minus = '', name = '', value = ''] = match;
  const field = FIELDS[name.toLowerCase() as keyof typeof FIELDS];
  // `https://...` and the like are text, not a misspelt field.
  if (field === undefined && value.startsWith('//')) return undefined;
  if (field === undefined) return unknownField(name);
  if (value.startsWith('/')) return undefined;

  const values = value.startsWith('"')
    ? [value.replaceAll('"', '')]
    : value.split(',').filter((part) => part !== '');
  return { field, negated: minus === '-', values };
}

const FIELD_NAMES = Object.keys(FIELDS);

function unknownField(name: string): string {
  const guess = closest(name, FIELD_NAMES);
  return guess === undefined
    ? `unknown field "${name}" (fields: ${FIELD_NAMES.join(', ')})`
    : `unknown field, did you mean ${guess}?`;
}

function applyTerm(parsed: ParsedFilter, term: Term): string | undefined {
  const { filter } = parsed;
  if (term.negated && term.field !== 'status' && term.field !== 'severity') {
    return 'only status and severity can be negated';
  }

  if (term.values.length === 0) return 'needs a value';

  switch (term.field) {
    case 'status': {
      const bad = term.values.filter((value) => !isFindingStatus(value));
      if (bad.length > 0) {
        const known = FINDING_STATUSES.join(', ');
        return `unknown status ${bad.join(', ')} (${known})`;
      }

      const chosen = term.values as FindingStatus[];
      filter.status = narrow(filter.status, FINDING_STATUSES, chosen, term);
      return undefined;
    }

    case 'severity': {
      const chosen: Severity[] = [];
      for (const value of term.values) {
        const severities = severityTerm(value);
        if (severities === undefined) return unknownSeverity(value);

        chosen.push(...severities);
      }

      filter.severity = narrow(filter.severity, SEVERITIES, chosen, term);
      return undefined;
    }

    case 'issue':
      return issueTerm(parsed, term.values);

    case 'scan':
      parsed.scanNames.push(...term.values);
      return undefined;

    default: {
      const field: (typeof PATTERN_FIELDS)[number] = term.field;
      const values =
        field === 'port' ? term.values.map(portPattern) : term.values;
      filter[field] = [...(filter[field] ?? []), ...values];
      return undefined;
    }
  }
}

/** Intersects with what earlier terms allowed; negation takes the rest. */
function narrow<T extends string>(
  earlier: T[] | undefined,
  all: readonly T[],
  chosen: T[],
  term: Term,
): T[] {
  const allowed = term.negated
    ? all.filter((value) => !chosen.includes(value))
    : all.filter((value) => chosen.includes(value));
  return earlier === undefined
    ? allowed
    : allowed.filter((value) => earlier.includes(value));
}

function unknownSeverity(value: string): string {
  const word = value.replace(/^[<>=]+/, '');
  const guess = closest(word, SEVERITIES);
  return guess === undefined
    ? `unknown severity ${value} (${SEVERITIES.join(', ')}, or >=high)`
    : `unknown severity, did you mean ${guess}?`;
}

function severityTerm(value: string): Severity[] | undefined {
  const match = /^(>=|<=|>|<|=)?(.+)$/.exec(value);
  const severity = parseSeverity(match?.[2] ?? '');
  if (match === null || severity === undefined) return undefined;

  const rank = severityRank(severity);
  const compare: Record<string, (other: number) => boolean> = {
    '>=': (other) => other >= rank,
    '>': (other) => other > rank,
    '<=': (other) => other <= rank,
    '<': (other) => other < rank,
  };
  const test = compare[match[1] ?? ''] ?? ((other) => other === rank);
  return SEVERITIES.filter((other) => test(severityRank(other)));
}

function issueTerm(parsed: ParsedFilter, values: string[]): string | undefined {
  const { filter } = parsed;
  for (const value of values) {
    const lower = value.toLowerCase();
    if (lower === 'none' || lower === 'any') {
      if (values.length > 1) return 'none and any stand alone';
      filter.unlinked = lower === 'none';
    } else if (/^#\d+$/.test(value)) {
      filter.issueId = [...(filter.issueId ?? []), Number(value.slice(1))];
    } else {
      parsed.issueRefs.push(value);
    }
  }

  return undefined;
}

/**
 * Adds a `field:value` term to a filter line, quoting values with spaces;
 * used by the facet picker.
 */
export function withTerm(line: string, field: string, value: string): string {
  const shown = /[\s,"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value;
  const term = `${field}:${shown}`;
  return line.trim() === '' ? term : `${line.trim()} ${term}`;
}
