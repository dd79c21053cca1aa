import {
  type FindingSink,
  formatPort,
  ScanFileError,
  type ScanFinding,
} from '../types.js';
import { childText, streamXml, type XmlElement } from '../xml-stream.js';
import { detectionText } from './detection-text.js';
import {
  proseSections,
  type QualysVuln,
  severityOfLevel,
} from './knowledge.js';

/** Item element → what Qualys calls it. */
const KINDS: Record<string, string> = {
  VULN: 'confirmed vulnerability',
  PRACTICE: 'potential vulnerability',
  INFO: 'information gathered',
  SERVICE: 'information gathered',
};

/**
 * The classic QualysGuard SCAN report (scan-1.dtd): `SCAN/IP` per host,
 * findings in `VULNS`, `PRACTICES`, `INFOS` and `SERVICES`, grouped in
 * `CAT` elements that carry the port. Each item describes itself, so one
 * pass is enough.
 */
export async function readScanReport(
  path: string,
  sink: FindingSink,
): Promise<void> {
  let ip: Record<string, string> = {};
  let category: Record<string, string> = {};

  await streamXml(path, {
    onOpen(name, attrs) {
      if (name === 'IP') ip = attrs;
      if (name === 'CAT') category = attrs;
    },
    collect(at) {
      const [parent = '', name = ''] = at.slice(-2);
      return (
        (parent === 'CAT' && name in KINDS) ||
        (parent === 'HEADER' && name === 'KEY') ||
        (parent === 'SCAN' && name === 'ERROR')
      );
    },
    onElement(element) {
      if (element.name === 'ERROR') {
        throw new ScanFileError(
          `Qualys reported an error: ${element.text.trim()}`,
        );
      }
      if (element.name === 'KEY') readScanDate(element, sink);
      else sink.add(findingFromItem(element, ip, category));
    },
  });
}

function readScanDate(key: XmlElement, sink: FindingSink): void {
  if (key.attrs.value !== 'DATE') return;

  const date = new Date(key.text.trim());
  if (!Number.isNaN(date.getTime())) sink.setScanTime(date);
}

function findingFromItem(
  item: XmlElement,
  ip: Record<string, string>,
  category: Record<string, string>,
): ScanFinding {
  const qid = item.attrs.number ?? '';
  const gathered = item.name === 'INFO' || item.name === 'SERVICE';
  const vuln = vulnFromItem(item, category.value ?? '');
  const name = ip.name ?? '';

  return {
    host: ip.value ?? '',
    hostname: name === 'No registered hostname' ? '' : name,
    port: formatPort(category.port, category.protocol),
    plugin: qid,
    severity: severityOfLevel(vuln.level, gathered),
    text: detectionText({
      qid,
      vuln,
      kind: KINDS[item.name] ?? item.name,
      result: childText(item, 'RESULT'),
    }),
  };
}

function vulnFromItem(item: XmlElement, category: string): QualysVuln {
  const base = childText(item, 'CVSS_BASE');
  return {
    title: childText(item, 'TITLE'),
    level: Number.parseInt(item.attrs.severity ?? '', 10) || 0,
    category,
    cvss: base && `CVSS ${base}`,
    sections: proseSections([
      ['Diagnosis', childText(item, 'DIAGNOSIS')],
      ['Consequence', childText(item, 'CONSEQUENCE')],
      ['Solution', childText(item, 'SOLUTION')],
    ]),
  };
}
