import type { Severity } from '../domain/severity.js';
import { cleanBlock } from './text-block.js';
import { formatPort, type Importer, ScanFileError } from './types.js';
import {
  child,
  childText,
  deepText,
  streamXml,
  type XmlElement,
} from './xml-stream.js';

/** IVIL severity codes; 0 (and empty) means the sender did not rate it. */
const SEVERITY_BY_CODE = new Map<string, Severity>([
  ['', 'none'],
  ['0', 'none'],
  ['1', 'high'],
  ['2', 'medium'],
  ['3', 'low'],
  ['4', 'info'],
]);

/** `20110101010101` or `201101010101`: UTC, seconds optional. */
const TIMESTAMP = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?$/;

/**
 * IVIL, the interchange XML of Seccubus (`<IVIL><findings><finding>`):
 * one finding per `<finding>`. See docs/formats/ivil.md.
 */
export const ivilImporter: Importer = {
  format: 'ivil',
  scanner: 'IVIL',
  description: 'IVIL XML (Seccubus interchange format)',

  detect(head) {
    return /<IVIL[\s>]/.test(head);
  },

  async parse(file, sink) {
    let record = 0;

    await streamXml(file.path, {
      onRoot(name) {
        if (name !== 'IVIL') {
          throw new ScanFileError(
            `not IVIL: the root element is <${name}>, not <IVIL>`,
          );
        }
      },
      collect(path) {
        return (
          (path.length === 2 && path[1] === 'sender') ||
          (path.length === 3 && path[2] === 'finding')
        );
      },
      onElement(element) {
        if (element.name === 'sender') {
          const time = parseTimestamp(childText(element, 'timestamp'));
          if (time) sink.setScanTime(time);
          return;
        }

        record += 1;
        const host = childText(element, 'ip') || childText(element, 'hostname');
        const plugin = childText(element, 'id');
        if (!host || !plugin) {
          throw new ScanFileError(
            `finding ${record} has no ${host ? 'id' : 'ip or hostname'}`,
            `record ${record}`,
          );
        }

        const code = childText(element, 'severity');
        sink.add({
          host,
          hostname: childText(element, 'hostname'),
          port: normalisePort(childText(element, 'port')),
          plugin,
          severity: SEVERITY_BY_CODE.get(code) ?? 'info',
          text: findingText(element, code),
        });
      },
    });
  },
};

/**
 * `80/TCP` becomes `80/tcp`; empty, `0` and `general/...` or `generic/...`
 * become `general`. Anything else (a bare number, a service name) is kept
 * as the sender wrote it rather than guessing a protocol.
 */
export function normalisePort(port: string): string {
  if (port === '' || port === '0') return 'general';
  if (/^(general|generic)(\/\w*)?$/i.test(port)) return 'general';

  const numbered = /^(\d+)\/(\w+)$/.exec(port);
  if (numbered) return formatPort(numbered[1], numbered[2]);

  return port;
}

/**
 * finding_txt, then its references, then the severity code when it is not
 * one IVIL defines.
 */
function findingText(finding: XmlElement, code: string): string {
  const parts = [cleanBlock(child(finding, 'finding_txt')?.text ?? '')];

  const references = child(finding, 'references');
  const links = references ? references.children.map(deepText) : [];
  if (links.length > 0) parts.push(`References:\n${links.join('\n')}`);

  if (!SEVERITY_BY_CODE.has(code)) parts.push(`IVIL severity: ${code}`);

  return parts.filter((part) => part !== '').join('\n\n');
}

function parseTimestamp(value: string): Date | undefined {
  const parts = TIMESTAMP.exec(value);
  if (!parts) return undefined;

  const [year, month, day, hour, minute, second] = parts
    .slice(1)
    .map((part) => Number(part ?? 0));
  const time = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
  );

  return Number.isNaN(time) ? undefined : new Date(time);
}
