import { isIP } from 'node:net';
import { formatPort, type ScanFinding } from './types.js';

/** The web server one Nikto host section is about. */
export interface NiktoTarget {
  /** Target address; the name when Nikto recorded no address. */
  ip: string;
  /** Target name as given to Nikto; may repeat the address. */
  hostname: string;
  port: string;
}

/** One Nikto result (an XML `item`, a JSON `vulnerabilities` entry). */
export interface NiktoItem {
  /** Nikto test id, e.g. `999986`. */
  id: string;
  method: string;
  uri: string;
  message: string;
  /** OSVDB id; `0` or '' when none. */
  osvdb: string;
  references: string;
}

/**
 * Maps a Nikto result onto a finding. The plugin is always `id:uri` (or
 * the id alone when no URI was reported): one test id often matches
 * several paths, and always including the URI keeps each path's plugin the
 * same whether or not other paths match in the next run. Nikto grades
 * nothing, so every result is `info` until triage says otherwise.
 */
export function niktoFinding(
  target: NiktoTarget,
  item: NiktoItem,
): ScanFinding {
  const hostname = isIP(target.hostname) === 0 ? target.hostname : '';
  const lines = [item.message || `Nikto test ${item.id}`];

  if (item.method) lines.push(`Method: ${item.method}`);
  if (item.uri) lines.push(`URI: ${item.uri}`);
  if (item.osvdb && item.osvdb !== '0') lines.push(`OSVDB: ${item.osvdb}`);
  if (item.references) lines.push(`References: ${item.references}`);
  lines.push(`Nikto test: ${item.id}`);

  return {
    host: target.ip || target.hostname,
    hostname,
    port: formatPort(target.port, 'tcp'),
    plugin: item.uri ? `${item.id}:${item.uri}` : item.id,
    severity: 'info',
    text: lines.join('\n'),
  };
}
