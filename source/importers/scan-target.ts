import { isIP } from 'node:net';
import { formatPort } from './types.js';

/** Where a web or network finding was found. */
export interface NucleiTarget {
  host: string;
  hostname: string;
  port: string;
  /** The URL path when the match was on a page below the root; else ''. */
  path: string;
}

const DEFAULT_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  ftp: 21,
  ssh: 22,
  smtp: 25,
  ldap: 389,
  ldaps: 636,
};

/**
 * Reads host, port and path from where a scanner says it matched: a URL
 * (`https://a.example/x`), `host:port` (network and ssl templates) or a bare
 * name (dns templates, no port). `ip` is the address Nuclei resolved;
 * `explicitPort` is v3's separate `port` field.
 */
export function parseTarget(
  location: string,
  ip: string,
  explicitPort: string,
): NucleiTarget {
  const { name, port, path } = splitLocation(location);
  const address = ip || name;

  return {
    host: address || 'unknown',
    hostname: isIP(name) ? '' : name,
    port: formatPort(explicitPort || port, 'tcp'),
    path,
  };
}

function splitLocation(location: string): {
  name: string;
  port: string;
  path: string;
} {
  // v3 javascript templates write `url` as `/http://name/`.
  const trimmed = location.trim().replace(/^\/(?=[a-z]+:\/\/)/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      const scheme = url.protocol.slice(0, -1).toLowerCase();
      return {
        name: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || String(DEFAULT_PORTS[scheme] ?? ''),
        path: url.pathname === '/' ? '' : url.pathname,
      };
    } catch {
      return { name: '', port: '', path: '' };
    }
  }

  const hostPort = /^\[?([^\s/\]]+?)\]?:(\d+)$/.exec(trimmed);
  if (hostPort) {
    return { name: hostPort[1] ?? '', port: hostPort[2] ?? '', path: '' };
  }

  return { name: trimmed.split('/')[0] ?? '', port: '', path: '' };
}
