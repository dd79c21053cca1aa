import { isIP } from 'node:net';
import type { Severity } from '../domain/severity.js';
import { readLines } from './file-text.js';
import {
  type FindingSink,
  formatPort,
  type Importer,
  ScanFileError,
  type ScanFinding,
} from './types.js';

/** NBE message types, as Seccubus ranked them (Open port is info). */
const TYPE_SEVERITIES: Record<string, Severity> = {
  'security hole': 'high',
  'security warning': 'medium',
  'security note': 'low',
};

const NBE_LINE = /^(?:results|timestamps)\|[^|\n]*\|[^|\n]*\|[^|\n]*/;

/** Nikto's text: `[OSVDB-n: ]METHOD : /uri: message`. */
const NIKTO_URI = /^(?:OSVDB-\d+: )?[A-Z]+ : (\/\S*?): /;

/**
 * The legacy pipe-separated NBE text format written by Nessus 2/3,
 * OpenVAS and Nikto: `results|subnet|host|port|plugin|type|text` lines
 * plus `timestamps|...` lines.
 */
export const nbeImporter: Importer = {
  format: 'nbe',
  scanner: 'NBE',
  description: 'NBE pipe-separated text (Nessus, OpenVAS, Nikto)',

  detect(head) {
    const first = head.split('\n').find((line) => line.trim() !== '');
    return first !== undefined && NBE_LINE.test(first);
  },

  async parse(file, sink) {
    for await (const { line, number } of readLines(file.path)) {
      if (line.trim() === '') continue;
      if (!NBE_LINE.test(line)) {
        throw new ScanFileError(
          'not an NBE line (expected results|... or timestamps|...)',
          `line ${number}`,
        );
      }

      const fields = line.split('|');
      if (fields[0] === 'timestamps') readTimestamp(fields, sink);
      else sink.add(findingFromResult(fields));
    }
  },
};

/** `timestamps|||scan_start|Tue Aug 23 10:21:27 2005|`, local time. */
function readTimestamp(fields: string[], sink: FindingSink): void {
  if (fields[3] !== 'scan_start') return;

  const started = new Date(fields[4] ?? '');
  if (!Number.isNaN(started.getTime())) sink.setScanTime(started);
}

function findingFromResult(fields: string[]): ScanFinding {
  const [, , host = '', portField = '', id = '', type = ''] = fields;
  const port = portOf(portField);
  const text = unescapeText(fields.slice(6).join('|'));
  const uri = NIKTO_URI.exec(text)?.[1];
  const plugin = id || 'portscan';

  return {
    host,
    hostname: isIP(host) ? '' : host,
    port,
    plugin: uri ? `${plugin}:${uri}` : plugin,
    severity: TYPE_SEVERITIES[type.toLowerCase()] ?? 'info',
    text: [text || `Port ${port} is open`, type ? `Type: ${type}` : '']
      .filter(Boolean)
      .join('\n\n'),
  };
}

/** `80`, `http (80/tcp)`, `general/tcp` → `80/tcp`, `general`. */
function portOf(field: string): string {
  if (/^\d+$/.test(field.trim())) return formatPort(field.trim(), 'tcp');

  const match = /(\d+)\/([a-z]+)/i.exec(field);
  return match ? formatPort(match[1], match[2]) : 'general';
}

/** Nessus escapes newlines in the text as a literal `\n` (or `\r\n`). */
function unescapeText(text: string): string {
  return text
    .replace(/\\r(?:\\n)?/g, '\n')
    .replace(/\\n/g, '\n')
    .trim();
}
