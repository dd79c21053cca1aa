import { parseTarget } from '../scan-target.js';
import type { FindingSink, ScanFinding } from '../types.js';
import {
  child,
  childrenNamed,
  childText,
  streamXml,
  type XmlElement,
} from '../xml-stream.js';
import { detectionText } from './detection-text.js';
import type { Glossary } from './glossary.js';
import { severityOfLevel } from './knowledge.js';

/** Result lists of a WAS report whose entries name the URL they are on. */
const LISTS: Record<string, string> = {
  VULNERABILITY_LIST: 'VULNERABILITY',
  SENSITIVE_CONTENT_LIST: 'SENSITIVE_CONTENT',
};

/**
 * Second pass over a WAS_SCAN_REPORT: one finding per QID per URL, host
 * and port from the URL. Detection ids and dates, and the recorded
 * requests and responses, are left out.
 */
export async function readWasReport(
  path: string,
  glossary: Glossary,
  sink: FindingSink,
): Promise<void> {
  await streamXml(path, {
    collect(at) {
      const [list = '', entry = ''] = at.slice(-2);
      return at.at(-3) === 'RESULTS' && LISTS[list] === entry;
    },
    onElement(entry) {
      sink.add(findingFromEntry(entry, glossary));
    },
  });
}

function findingFromEntry(entry: XmlElement, glossary: Glossary): ScanFinding {
  const qid = childText(entry, 'QID');
  const url = childText(entry, 'URL');
  const vuln = glossary.get(qid);
  const target = parseTarget(url, '', '');
  const potential = childText(entry, 'POTENTIAL') === 'true';
  const gathered = /information gathered/i.test(vuln?.category ?? '');

  return {
    host: target.host,
    hostname: target.hostname,
    port: target.port,
    plugin: pluginOf(qid, target.path, childText(entry, 'PARAM')),
    severity: severityOfLevel(vuln?.level ?? 0, gathered),
    text: detectionText({
      qid,
      vuln,
      kind: kindOf(gathered, potential),
      details: [`URL: ${url}`, ...payloadLines(entry)],
      result: '',
    }),
  };
}

function kindOf(gathered: boolean, potential: boolean): string {
  if (gathered) return 'information gathered';

  return potential ? 'potential vulnerability' : 'confirmed vulnerability';
}

/** One finding per QID, page and (when Qualys names one) parameter. */
function pluginOf(qid: string, path: string, parameter: string): string {
  const page = `${qid}:${path || '/'}`;
  return parameter ? `${page}#${parameter}` : page;
}

/** The payloads Qualys sent, which say how the finding was confirmed. */
function payloadLines(entry: XmlElement): string[] {
  const payloads = child(entry, 'PAYLOADS');
  if (!payloads) return [];

  return childrenNamed(payloads, 'PAYLOAD')
    .map((payload) => childText(payload, 'PAYLOAD'))
    .filter((text) => text && text !== 'N/A')
    .map((text) => `Payload: ${text}`);
}
