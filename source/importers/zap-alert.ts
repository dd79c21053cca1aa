import { isIP } from 'node:net';
import type { Severity } from '../domain/severity.js';
import { htmlToText } from './html-text.js';
import { formatPort, ScanFileError, type ScanFinding } from './types.js';

/** A `site` of a ZAP traditional report: the attributes that matter. */
export interface ZapSite {
  /** Base URL, e.g. `https://example.com`. */
  name: string;
  host: string;
  port: string;
  ssl: string;
}

/** Where one alert was observed; request and response are left out. */
export interface ZapInstance {
  uri: string;
  method: string;
  param: string;
  attack: string;
  evidence: string;
  otherinfo: string;
}

/** One ZAP alert (`alertitem`), as read so far. */
export interface ZapAlert {
  /** Scalar fields by ZAP's own names: pluginid, alertRef, riskcode... */
  fields: Map<string, string>;
  instances: ZapInstance[];
  /** Tag names (OWASP categories, CWE...), links dropped. */
  tags: string[];
}

/** ZAP risk codes; 3 is the most severe. */
const RISKS: Record<string, { name: string; severity: Severity }> = {
  '3': { name: 'High', severity: 'high' },
  '2': { name: 'Medium', severity: 'medium' },
  '1': { name: 'Low', severity: 'low' },
  '0': { name: 'Informational', severity: 'info' },
};

const CONFIDENCES: Record<string, string> = {
  '0': 'False Positive',
  '1': 'Low',
  '2': 'Medium',
  '3': 'High',
  '4': 'Confirmed',
};

const INSTANCE_DETAILS = ['param', 'attack', 'evidence', 'otherinfo'] as const;

export function emptyZapAlert(): ZapAlert {
  return { fields: new Map(), instances: [], tags: [] };
}

/** Reads an instance from a field getter (XML children or JSON keys). */
export function zapInstance(get: (key: string) => string): ZapInstance {
  return {
    uri: get('uri'),
    method: get('method'),
    param: get('param'),
    attack: get('attack'),
    evidence: get('evidence'),
    otherinfo: get('otherinfo'),
  };
}

/**
 * Maps an alert of a site onto a finding. The plugin is the alert's
 * `alertRef` when ZAP wrote one, else its `pluginid`: ZAP gives the main
 * alert of a rule an alertRef equal to the plugin id and its variants
 * `<pluginid>-<n>`, so plugins stay the same across ZAP versions with
 * and without alertRef while variants stay distinct. `count` is left out
 * (it follows how far the spider got); instances are sorted.
 */
export function zapFinding(
  site: ZapSite,
  alert: ZapAlert,
  location: string,
): ScanFinding {
  const field = (key: string) => alert.fields.get(key)?.trim() ?? '';
  const plugin = field('alertRef') || field('pluginid');
  if (!plugin) throw new ScanFileError('an alert has no pluginid', location);

  const risk = RISKS[field('riskcode')];
  if (!risk) {
    throw new ScanFileError(
      `an alert has no valid riskcode ('${field('riskcode')}')`,
      location,
    );
  }

  return {
    ...zapTarget(site, location),
    plugin,
    severity: risk.severity,
    text: alertText(alert, field, risk.name),
  };
}

function alertText(
  alert: ZapAlert,
  field: (key: string) => string,
  riskName: string,
): string {
  const confidence = field('confidence');
  const header = [
    field('name') || field('alert'),
    `Risk: ${riskName} (riskcode ${field('riskcode')})`,
  ];
  if (confidence) {
    const name = CONFIDENCES[confidence] ?? 'Unknown';
    header.push(`Confidence: ${name} (${confidence})`);
  }
  if (field('cweid') && field('cweid') !== '-1') {
    header.push(`CWE: ${field('cweid')}`);
  }
  if (field('wascid') && field('wascid') !== '-1') {
    header.push(`WASC: ${field('wascid')}`);
  }
  if (alert.tags.length > 0) {
    header.push(`Tags: ${[...new Set(alert.tags)].sort().join(', ')}`);
  }

  const sections = [header.join('\n')];
  const add = (title: string, html: string) => {
    const text = htmlToText(html);
    if (text) sections.push(title ? `${title}:\n${text}` : text);
  };
  add('', field('desc'));
  if (alert.instances.length > 0) {
    sections.push(`Instances:\n${instanceLines(alert.instances)}`);
  }
  add('Solution', field('solution'));
  add('Other information', field('otherinfo'));
  add('References', field('reference'));

  return sections.join('\n\n');
}

/** One block per distinct instance, sorted so ZAP's order does not count. */
function instanceLines(instances: readonly ZapInstance[]): string {
  const blocks = instances.map((instance) => {
    const lines = [`- ${[instance.method, instance.uri].join(' ').trim()}`];
    for (const detail of INSTANCE_DETAILS) {
      const value = instance[detail]
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join('\n    ');
      if (value) lines.push(`  ${detail}: ${value}`);
    }
    return lines.join('\n');
  });

  return [...new Set(blocks)].sort().join('\n');
}

/** Host, name and port of a site, from its attributes or its URL. */
function zapTarget(site: ZapSite, location: string) {
  let url: URL | undefined;
  try {
    url = new URL(site.name);
  } catch {
    url = undefined;
  }

  const host = (site.host || url?.hostname || '').replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new ScanFileError('a site has no host', location);

  const secure = site.ssl === 'true' || url?.protocol === 'https:';
  const port = site.port || url?.port || (secure ? '443' : '80');
  return {
    host,
    hostname: isIP(host) === 0 ? host : '',
    port: formatPort(port, 'tcp'),
  };
}
