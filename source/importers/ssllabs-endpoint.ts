import { describeChain } from './ssllabs-certificate.js';
import {
  ENDPOINT_CHECKS,
  gradeSeverity,
  protocolSeverity,
} from './ssllabs-checks.js';
import { asRecord, asText, bareAddress, recordsOf } from './tls-fields.js';
import type { ScanFinding } from './types.js';

/** What the host report around an endpoint tells about it. */
export interface EndpointContext {
  /** The assessed host name; '' for an endpoint read on its own. */
  hostname: string;
  port: string;
  certs: ReadonlyMap<string, Record<string, unknown>>;
}

type Finding = Omit<ScanFinding, 'host' | 'hostname' | 'port'>;

/**
 * The findings of one assessed endpoint (one address of the host): its
 * grade, status when not ready, protocols, cipher suites per protocol,
 * certificate chains and each tested property. Timing fields (duration,
 * eta, hostStartTime, ...) are never read.
 */
export function endpointFindings(
  endpoint: Record<string, unknown>,
  context: EndpointContext,
): ScanFinding[] {
  const details = asRecord(endpoint.details) ?? {};
  const found: Finding[] = [
    ...statusFindings(endpoint),
    ...protocolFindings(details),
    ...chainFindings(details, context),
  ];

  for (const [property, check] of Object.entries(ENDPOINT_CHECKS)) {
    if (!(property in details) || details[property] === null) continue;
    const { severity, meaning } = check(details[property]);
    const value = details[property];
    const raw = typeof value === 'object' ? '' : `\n${property}: ${value}`;
    found.push({ plugin: property, severity, text: `${meaning}${raw}` });
  }

  const host = bareAddress(asText(endpoint.ipAddress));
  return found.map((finding) => ({
    host,
    hostname: context.hostname,
    port: context.port,
    ...finding,
  }));
}

function statusFindings(endpoint: Record<string, unknown>): Finding[] {
  const found: Finding[] = [];
  const status = asText(endpoint.statusMessage);
  if (status && status !== 'Ready') {
    found.push({
      plugin: 'endpoint-status',
      severity: 'info',
      text: `Endpoint not assessed: ${status}`,
    });
  }

  const grade = asText(endpoint.grade);
  if (grade) {
    const trustIgnored = asText(endpoint.gradeTrustIgnored);
    const lines = [`Grade: ${grade}`];
    if (trustIgnored && trustIgnored !== grade) {
      lines.push(`Grade if trust issues are ignored: ${trustIgnored}`);
    }
    if (endpoint.hasWarnings === true) lines.push('Has warnings');
    found.push({
      plugin: 'grade',
      severity: gradeSeverity(grade),
      text: lines.join('\n'),
    });
  }

  return found;
}

/** One finding per offered protocol and one per protocol's suite list. */
function protocolFindings(details: Record<string, unknown>): Finding[] {
  const found: Finding[] = [];
  const names = new Map<number, string>();
  for (const protocol of recordsOf(details.protocols)) {
    const name = `${asText(protocol.name)} ${asText(protocol.version)}`;
    names.set(Number(protocol.id), name);
    found.push({
      plugin: `protocol:${name}`,
      severity: protocolSeverity(name),
      text: `${name} offered`,
    });
  }

  for (const group of recordsOf(details.suites)) {
    const id = Number(group.protocol);
    const name = names.get(id) ?? `protocol ${id}`;
    const suites = recordsOf(group.list);
    const weakest = Math.min(...suites.map((suite) => quality(suite)));
    found.push({
      plugin: `suites:${name}`,
      severity: weakest === 0 ? 'high' : weakest === 1 ? 'low' : 'none',
      text: [`${name} cipher suites:`, ...suites.map(describeSuite)].join('\n'),
    });
  }

  return found;
}

/** SSL Labs rates a suite with `q`: 0 insecure, 1 weak, absent fine. */
function quality(suite: Record<string, unknown>): number {
  return suite.q === 0 || suite.q === 1 ? suite.q : 2;
}

function describeSuite(suite: Record<string, unknown>): string {
  const exchange = [asText(suite.kxType), asText(suite.kxStrength)]
    .filter(Boolean)
    .join(' ');
  const verdict = ['insecure', 'weak', ''][quality(suite)];
  const notes = [`${asText(suite.cipherStrength)} bits`, exchange, verdict]
    .filter(Boolean)
    .join(', ');
  return `${asText(suite.name)} (${notes})`;
}

function chainFindings(
  details: Record<string, unknown>,
  context: EndpointContext,
): Finding[] {
  return recordsOf(details.certChains).map((chain, index) => {
    const { severity, text } = describeChain(chain, context.certs);
    return {
      plugin: `certificate-chain:${index + 1}`,
      severity,
      text: text || 'Certificate chain',
    };
  });
}
