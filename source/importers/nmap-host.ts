import { stableScriptOutput } from './nmap-volatile.js';
import { formatPort, type ScanFinding } from './types.js';
import { child, childrenNamed, type XmlElement } from './xml-stream.js';

/** Plugin of the finding that reports an open port. */
export const OPEN_PORT_PLUGIN = 'open-port';

/** Plugin of the host-level finding with the best OS guesses. */
export const OS_PLUGIN = 'os-detection';

/** Service attributes worth showing, with their labels, in this order. */
const SERVICE_FIELDS: readonly [string, string][] = [
  ['name', 'Service'],
  ['product', 'Product'],
  ['version', 'Version'],
  ['extrainfo', 'Extra info'],
  ['tunnel', 'Tunnel'],
  ['ostype', 'OS type'],
  ['devicetype', 'Device type'],
  ['hostname', 'Hostname'],
];

/**
 * The findings of one Nmap `<host>`: its open ports, every NSE script
 * result, and its OS guess. A host that is not up yields none.
 */
export function hostFindings(host: XmlElement): ScanFinding[] {
  const state = child(host, 'status')?.attrs.state ?? 'up';
  const address = hostAddress(host);
  if (state !== 'up' || address === undefined) return [];

  const identity = { host: address, hostname: hostName(host) };
  const findings: ScanFinding[] = [];
  const ports = child(host, 'ports');
  for (const port of ports ? childrenNamed(ports, 'port') : []) {
    const where = formatPort(port.attrs.portid, port.attrs.protocol);
    if (child(port, 'state')?.attrs.state === 'open') {
      findings.push({
        ...identity,
        port: where,
        plugin: OPEN_PORT_PLUGIN,
        severity: 'info',
        text: openPortText(port),
      });
    }
    findings.push(...scriptFindings(port, identity, where));
  }

  const hostScripts = child(host, 'hostscript');
  if (hostScripts) {
    findings.push(...scriptFindings(hostScripts, identity, 'general'));
  }

  const os = osText(host);
  if (os) {
    findings.push({
      ...identity,
      port: 'general',
      plugin: OS_PLUGIN,
      severity: 'info',
      text: os,
    });
  }

  return findings;
}

/** The IPv4 address, else the IPv6 one; a MAC only when nothing else. */
function hostAddress(host: XmlElement): string | undefined {
  const addresses = childrenNamed(host, 'address');
  const byType = (type: string) =>
    addresses.find((address) => address.attrs.addrtype === type)?.attrs.addr;

  return byType('ipv4') ?? byType('ipv6') ?? addresses[0]?.attrs.addr;
}

/** The name the user gave, else the reverse-DNS name; '' if neither. */
function hostName(host: XmlElement): string {
  const hostnames = child(host, 'hostnames');
  const names = hostnames ? childrenNamed(hostnames, 'hostname') : [];
  const byType = (type: string) =>
    names.find((name) => name.attrs.type === type)?.attrs.name;

  return byType('user') ?? byType('PTR') ?? names[0]?.attrs.name ?? '';
}

function openPortText(port: XmlElement): string {
  const state = child(port, 'state')?.attrs;
  const lines = [`State: open${state?.reason ? ` (${state.reason})` : ''}`];

  const service = child(port, 'service');
  for (const [attribute, label] of SERVICE_FIELDS) {
    const value = service?.attrs[attribute];
    if (value) lines.push(`${label}: ${value}`);
  }
  for (const cpe of service ? childrenNamed(service, 'cpe') : []) {
    lines.push(`CPE: ${cpe.text.trim()}`);
  }

  return lines.join('\n');
}

function scriptFindings(
  parent: XmlElement,
  identity: { host: string; hostname: string },
  port: string,
): ScanFinding[] {
  return childrenNamed(parent, 'script').map((script) => {
    const id = script.attrs.id ?? 'script';
    const output = stableScriptOutput(id, script.attrs.output ?? '');
    return {
      ...identity,
      port,
      plugin: id,
      severity: 'info',
      text: output || '(no output)',
    };
  });
}

/**
 * The names of the OS matches that share the best accuracy, sorted, without
 * the percentage: Nmap reorders equal matches and moves accuracies by a few
 * points between runs of an unchanged host.
 */
function osText(host: XmlElement): string {
  const os = child(host, 'os');
  const matches = os ? childrenNamed(os, 'osmatch') : [];
  const accuracy = (match: XmlElement) => Number(match.attrs.accuracy ?? 0);
  const best = Math.max(...matches.map(accuracy));
  const names = matches
    .filter((match) => accuracy(match) === best)
    .map((match) => match.attrs.name ?? '')
    .filter((name) => name !== '');
  if (names.length === 0) return '';

  const sorted = [...new Set(names)].sort();
  return `Best OS match:\n${sorted.map((name) => `  ${name}`).join('\n')}`;
}
