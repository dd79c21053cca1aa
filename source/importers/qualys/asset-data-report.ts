import { type FindingSink, formatPort, type ScanFinding } from '../types.js';
import { childText, streamXml, type XmlElement } from '../xml-stream.js';
import { detectionText } from './detection-text.js';
import type { Glossary } from './glossary.js';
import { severityOfLevel } from './knowledge.js';

const KINDS: Record<string, string> = {
  vuln: 'confirmed vulnerability',
  practice: 'potential vulnerability',
  ig: 'information gathered',
};

/** Host fields that come before a host's detections. */
const HOST_FIELDS = ['IP', 'DNS', 'NETBIOS', 'FQDN'];

/**
 * Second pass over an ASSET_DATA_REPORT: one finding per detection
 * (`HOST_LIST/HOST/VULN_INFO_LIST/VULN_INFO`), described from the glossary.
 */
export async function readAssetDataReport(
  path: string,
  glossary: Glossary,
  sink: FindingSink,
): Promise<void> {
  let host: Record<string, string> = {};

  await streamXml(path, {
    onOpen(name, _attrs, at) {
      if (name === 'HOST' && at.at(-2) === 'HOST_LIST') host = {};
    },
    collect(at) {
      return (
        (at.at(-2) === 'HOST' && HOST_FIELDS.includes(at.at(-1) ?? '')) ||
        (at.at(-2) === 'VULN_INFO_LIST' && at.at(-1) === 'VULN_INFO') ||
        (at.at(-2) === 'HEADER' && at.at(-1) === 'GENERATION_DATETIME')
      );
    },
    onElement(element) {
      if (element.name === 'VULN_INFO') {
        sink.add(findingFromDetection(element, host, glossary));
      } else if (element.name === 'GENERATION_DATETIME') {
        const generated = new Date(element.text.trim());
        if (!Number.isNaN(generated.getTime())) sink.setScanTime(generated);
      } else {
        host[element.name] = element.text.trim();
      }
    },
  });
}

function findingFromDetection(
  detection: XmlElement,
  host: Record<string, string>,
  glossary: Glossary,
): ScanFinding {
  const qid = childText(detection, 'QID');
  const type = childText(detection, 'TYPE').toLowerCase();
  const vuln = glossary.get(qid);
  const service = childText(detection, 'SERVICE');
  const ssl = childText(detection, 'SSL') === 'true';

  return {
    host: host.IP ?? '',
    hostname: host.DNS || host.FQDN || host.NETBIOS || '',
    port: formatPort(
      childText(detection, 'PORT'),
      childText(detection, 'PROTOCOL'),
    ),
    plugin: qid,
    severity: severityOfLevel(vuln?.level ?? 0, type === 'ig'),
    text: detectionText({
      qid,
      vuln,
      kind: KINDS[type] ?? type,
      service: service && `${service}${ssl ? ' over SSL' : ''}`,
      result: childText(detection, 'RESULT'),
    }),
  };
}
