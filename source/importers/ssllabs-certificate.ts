import type { Severity } from '../domain/severity.js';
import { asArray, asText, recordsOf } from './tls-fields.js';

/** Bits of a certificate's `issues` field (SSL Labs API v3). */
const CERTIFICATE_ISSUES: [number, string][] = [
  [1, 'no chain of trust'],
  [2, 'not yet valid'],
  [4, 'expired'],
  [8, 'hostname mismatch'],
  [16, 'revoked'],
  [32, 'bad common name'],
  [64, 'self-signed'],
  [128, 'blacklisted'],
  [256, 'insecure signature'],
  [512, 'distrusted Symantec root'],
];

/** Bits of a certificate chain's `issues` field. */
const CHAIN_ISSUES: [number, string][] = [
  [2, 'incomplete chain'],
  [4, 'unrelated or duplicate certificates'],
  [8, 'wrong order'],
  [16, 'contains a self-signed root'],
  [32, 'could not be validated'],
];

const REVOCATION: Record<number, string> = {
  0: 'not checked',
  1: 'revoked',
  2: 'not revoked',
  3: 'revocation check error',
  4: 'no revocation information',
  5: 'internal error',
};

export interface ChainReport {
  severity: Severity;
  text: string;
}

/**
 * One certificate chain the endpoint served. `certs` are the host
 * report's certificates by id; an endpoint read on its own has none, and
 * then only the chain's own verdicts are known.
 */
export function describeChain(
  chain: Record<string, unknown>,
  certs: ReadonlyMap<string, Record<string, unknown>>,
): ChainReport {
  const lines: string[] = [];
  let severity: Severity = 'none';

  const leafId = asText(asArray(chain.certIds)[0]);
  const leaf = certs.get(leafId);
  if (leaf) {
    const issues = bitNames(Number(leaf.issues), CERTIFICATE_ISSUES);
    const revocation = Number(leaf.revocationStatus);
    lines.push(
      `Subject: ${asText(leaf.subject)}`,
      `Issuer: ${asText(leaf.issuerSubject)}`,
      `Valid: ${day(leaf.notBefore)} to ${day(leaf.notAfter)}`,
      `Key: ${asText(leaf.keyAlg)} ${asText(leaf.keySize)} bits`,
      `Signature: ${asText(leaf.sigAlg)}`,
      `Revocation: ${REVOCATION[revocation] ?? revocation}`,
    );
    if (issues.length > 0) lines.push(`Issues: ${issues.join(', ')}`);
    if (issues.length > 0 || revocation === 1) severity = 'high';
  } else if (leafId) {
    lines.push(`Leaf certificate: ${leafId}`);
  }

  const chainIssues = bitNames(Number(chain.issues), CHAIN_ISSUES);
  if (chainIssues.length > 0) {
    lines.push(`Chain issues: ${chainIssues.join(', ')}`);
    if (severity === 'none') severity = 'low';
  }

  const trust = trustVerdicts(chain);
  if (trust.some((verdict) => verdict.includes('not trusted'))) {
    severity = 'high';
  }
  lines.push(...trust);

  return { severity, text: lines.join('\n') };
}

function trustVerdicts(chain: Record<string, unknown>): string[] {
  const verdicts = new Set<string>();
  for (const path of recordsOf(chain.trustPaths)) {
    for (const store of recordsOf(path.trust)) {
      const reason = asText(store.trustErrorMessage);
      const verdict =
        store.isTrusted === true
          ? 'trusted'
          : `not trusted${reason ? ` (${reason})` : ''}`;
      verdicts.add(`Trust ${asText(store.rootStore)}: ${verdict}`);
    }
  }

  return [...verdicts];
}

function bitNames(bits: number, names: [number, string][]): string[] {
  if (!Number.isInteger(bits)) return [];
  return names.filter(([bit]) => bits & bit).map(([, name]) => name);
}

function day(milliseconds: unknown): string {
  const time = Number(milliseconds);
  if (!Number.isFinite(time) || time <= 0) return '?';
  return new Date(time).toISOString().slice(0, 10);
}

export function certificatesById(
  report: Record<string, unknown>,
): Map<string, Record<string, unknown>> {
  const certs = new Map<string, Record<string, unknown>>();
  for (const cert of recordsOf(report.certs)) {
    certs.set(asText(cert.id), cert);
  }

  return certs;
}
