import { type Severity, severityFromCvss } from '../domain/severity.js';
import { joinSections, tidyText } from './tidy-text.js';
import { formatPort, type ScanFinding } from './types.js';
import {
  child,
  childrenNamed,
  childText,
  type XmlElement,
} from './xml-stream.js';

/** NVT tags worth reading in a finding; the rest is bookkeeping. */
const USEFUL_TAGS = ['summary', 'insight', 'impact', 'affected', 'solution'];

const THREAT_SEVERITIES: Record<string, Severity> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
  log: 'info',
  'false positive': 'none',
};

/**
 * Turns one GVM `<result>` into a finding, or undefined for a Debug
 * result (scanner diagnostics about the scan itself, not about the host;
 * reports only carry them when someone asked for debug levels).
 */
export function findingFromResult(result: XmlElement): ScanFinding | undefined {
  const nvt = child(result, 'nvt');
  const threat = childText(result, 'threat');
  const score = Number.parseFloat(childText(result, 'severity'));
  if (threat.toLowerCase() === 'debug' || score === -2) return undefined;

  const hostElement = child(result, 'host');
  const name = (nvt && childText(nvt, 'name')) || childText(result, 'name');
  return {
    host: hostElement?.text.trim() ?? '',
    hostname: hostElement ? childText(hostElement, 'hostname') : '',
    port: portOf(childText(result, 'port')),
    plugin: nvt?.attrs.oid ?? name,
    severity: severityOf(threat, score, nvt),
    text: joinSections([
      name,
      threatLine(threat, score, nvt),
      nvt && tagSections(childText(nvt, 'tags')),
      nvt && referencesLine(nvt),
      resultDescription(childText(result, 'description')),
    ]),
  };
}

/** `443/tcp` from `443/tcp` or `https (443/tcp)`; `general/tcp` etc. */
function portOf(port: string): string {
  const match = /(\d+)\/([a-z]+)/i.exec(port);
  return match ? formatPort(match[1], match[2]) : 'general';
}

/**
 * The result's own severity score wins (it includes overrides); without
 * one (old OpenVAS reports), the threat word, then the NVT's CVSS base.
 */
function severityOf(
  threat: string,
  score: number,
  nvt: XmlElement | undefined,
): Severity {
  if (score === -1) return 'none';
  if (score >= 0) return severityFromCvss(score);

  const fromThreat = THREAT_SEVERITIES[threat.toLowerCase()];
  if (fromThreat) return fromThreat;

  const base = Number.parseFloat(nvt ? childText(nvt, 'cvss_base') : '');
  return Number.isFinite(base) ? severityFromCvss(base) : 'info';
}

function threatLine(
  threat: string,
  score: number,
  nvt: XmlElement | undefined,
): string {
  const base = nvt ? childText(nvt, 'cvss_base') : '';
  const shown = Number.isFinite(score) ? score.toFixed(1) : base;
  const word = threat || 'unknown';
  return shown ? `Threat: ${word} (CVSS ${shown})` : `Threat: ${word}`;
}

/** The useful `key=value` parts of the `|`-separated NVT tags. */
function tagSections(tags: string): string {
  const sections: string[] = [];
  for (const part of tags.split('|')) {
    const equals = part.indexOf('=');
    const key = part.slice(0, equals).trim();
    const value = tidyText(part.slice(equals + 1));
    if (equals > 0 && USEFUL_TAGS.includes(key) && value) {
      sections.push(`${capitalize(key)}:\n${value}`);
    }
  }

  return sections.join('\n\n');
}

/** CVE and other references, from GMP `<refs>` or old `<cve>`/`<bid>`. */
function referencesLine(nvt: XmlElement): string {
  const refs = child(nvt, 'refs');
  const ids = refs
    ? childrenNamed(refs, 'ref')
        .filter((ref) => ref.attrs.type !== 'url')
        .map((ref) => referenceId(ref.attrs.type, ref.attrs.id))
    : [childText(nvt, 'cve'), bugtraq(childText(nvt, 'bid'))];
  const known = ids.filter((id) => id && id.toUpperCase() !== 'NOCVE');
  return known.length > 0 ? `References: ${known.join(', ')}` : '';
}

function referenceId(type = '', id = ''): string {
  return type === 'bid' ? bugtraq(id) : id;
}

function bugtraq(bid: string): string {
  return bid && bid.toUpperCase() !== 'NOBID' ? `BID-${bid}` : '';
}

function resultDescription(description: string): string {
  const tidy = tidyText(description);
  return tidy ? `Result:\n${tidy}` : '';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
