import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/**
 * Counts Nmap findings with regular expressions over the raw XML: per host
 * that is up, each open port, each script (port or host level) and one OS
 * guess when there is an osmatch.
 */
function countNmap(file: string): number {
  const xml = readFileSync(realPath(file), 'utf8');
  const keys = new Set<string>();

  for (const [, host = ''] of xml.matchAll(
    /<host(?:\s[^>]*)?>([\s\S]*?)<\/host>/g,
  )) {
    if (!/<status state="up"/.test(host)) continue;
    const address =
      /<address addr="([^"]+)" addrtype="ipv4"/.exec(host)?.[1] ??
      /<address addr="([^"]+)" addrtype="ipv6"/.exec(host)?.[1] ??
      /<address addr="([^"]+)"/.exec(host)?.[1];

    const ports = host.matchAll(
      /<port protocol="(\w+)" portid="(\d+)">([\s\S]*?)<\/port>/g,
    );
    for (const [, protocol, number, body = ''] of ports) {
      const port = `${number}/${protocol}`;
      if (/<state state="open"/.test(body)) keys.add(`${address}|${port}|open`);
      for (const [, id] of body.matchAll(/<script id="([^"]+)"/g)) {
        keys.add(`${address}|${port}|${id}`);
      }
    }

    const hostScripts = /<hostscript>([\s\S]*?)<\/hostscript>/.exec(host)?.[1];
    for (const [, id] of (hostScripts ?? '').matchAll(
      /<script id="([^"]+)"/g,
    )) {
      keys.add(`${address}|general|${id}`);
    }
    if (/<osmatch name="[^"]+"/.test(host)) keys.add(`${address}|general|os`);
  }

  return keys.size;
}

const counted = (name: string): CorpusExpectation => ({
  file: `nmap/${name}`,
  format: 'nmap',
  expect: { count: () => countNmap(`nmap/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  counted('dd-issue4406.xml'),
  counted('dd-nmap_0port.xml'),
  counted('libnmap-full_sudo6.xml'),
  counted('nmap-ndiff_complex.xml'),
  counted('nmap-ndiff_down.xml'),
  counted('nmap-ndiff_empty.xml'),
  counted('nmap-ndiff_random-1.xml'),
  counted('nmap.xml'),
  counted('nmap_script_output.xml'),
  counted('scb-scanme.nmap.org-ipv6.xml'),
];
