import { SEVERITIES, type Severity } from '../domain/severity.js';

/**
 * What sslyze found for one scan command, written the same way for its
 * JSON (any version) and its legacy XML, so that plugins and texts stay
 * the same when a team moves from one sslyze version to another.
 */
export interface Verdict {
  severity: Severity;
  text: string;
}

export interface AcceptedSuite {
  name: string;
  keySize: number;
  anonymous: boolean;
}

/** sslyze's cipher suite command per protocol, with its label. */
export const PROTOCOL_COMMANDS: Record<string, string> = {
  ssl_2_0_cipher_suites: 'SSL 2.0',
  ssl_3_0_cipher_suites: 'SSL 3.0',
  tls_1_0_cipher_suites: 'TLS 1.0',
  tls_1_1_cipher_suites: 'TLS 1.1',
  tls_1_2_cipher_suites: 'TLS 1.2',
  tls_1_3_cipher_suites: 'TLS 1.3',
};

const PROTOCOL_SEVERITY: Record<string, Severity> = {
  'SSL 2.0': 'high',
  'SSL 3.0': 'high',
  'TLS 1.0': 'low',
  'TLS 1.1': 'low',
};

/**
 * Accepted suites of one protocol. Old protocols are broken or
 * deprecated; anonymous, NULL, export, RC4 and short-key suites are
 * broken anywhere, and 3DES (SWEET32) is weak.
 */
export function cipherSuitesVerdict(
  protocol: string,
  accepted: readonly AcceptedSuite[],
): Verdict {
  if (accepted.length === 0) {
    return { severity: 'none', text: `${protocol}: not offered` };
  }

  const severities = accepted.map(suiteSeverity);
  severities.push(PROTOCOL_SEVERITY[protocol] ?? 'none');
  const lines = accepted.map((suite) => {
    const anonymous = suite.anonymous ? ', anonymous' : '';
    return `${suite.name} (${suite.keySize} bits${anonymous})`;
  });
  return {
    severity: worst(severities),
    text: [`${protocol} offered, accepted cipher suites:`, ...lines].join('\n'),
  };
}

function suiteSeverity(suite: AcceptedSuite): Severity {
  if (suite.anonymous || suite.keySize < 112) return 'high';
  if (/_(NULL|EXPORT|RC4)_|_WITH_NULL_/.test(suite.name)) return 'high';
  if (/3DES|_DES_/.test(suite.name)) return 'medium';
  return 'none';
}

/** A yes/no vulnerability test. */
export function vulnerabilityVerdict(
  name: string,
  vulnerable: boolean,
  severity: Severity,
): Verdict {
  return vulnerable
    ? { severity, text: `${name}: vulnerable` }
    : { severity: 'none', text: `${name}: not vulnerable` };
}

/** A feature whose absence (or presence) is the weakness. */
export function featureVerdict(
  name: string,
  supported: boolean,
  weakWhen: boolean,
  severity: Severity,
): Verdict {
  return {
    severity: supported === weakWhen ? severity : 'none',
    text: `${name}: ${supported ? 'supported' : 'not supported'}`,
  };
}

/** sslyze's ROBOT result names, e.g. VULNERABLE_STRONG_ORACLE. */
export function robotVerdict(result: string): Verdict {
  const severity: Severity = result.startsWith('VULNERABLE_STRONG')
    ? 'high'
    : result.startsWith('VULNERABLE_WEAK')
      ? 'medium'
      : result.startsWith('NOT_VULNERABLE')
        ? 'none'
        : 'info';
  return { severity, text: `ROBOT: ${result}` };
}

export function renegotiationVerdict(
  clientInitiated: boolean,
  secure: boolean,
): Verdict {
  const client = clientInitiated ? 'accepted' : 'rejected';
  const secured = secure ? 'supported' : 'not supported';
  return {
    severity: clientInitiated || !secure ? 'medium' : 'none',
    text:
      `Client-initiated renegotiation: ${client}\n` +
      `Secure renegotiation: ${secured}`,
  };
}

/** The served leaf certificate and how each trust store judged it. */
export interface CertificateFacts {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  names: string[];
  /** Undefined when the sslyze version does not say. */
  matchesHostname?: boolean;
  /** Trust store name and its error, '' when the chain validated. */
  validation: [string, string][];
}

export function certificateVerdict(facts: CertificateFacts): Verdict {
  const failures = facts.validation.filter(([, error]) => error !== '');
  const mismatch = facts.matchesHostname === false;
  const lines = [
    `Subject: ${facts.subject}`,
    `Issuer: ${facts.issuer}`,
    `Valid: ${facts.notBefore} to ${facts.notAfter}`,
  ];
  if (facts.names.length > 0) lines.push(`Names: ${facts.names.join(' ')}`);
  if (facts.matchesHostname !== undefined) {
    lines.push(`Matches hostname: ${facts.matchesHostname ? 'yes' : 'no'}`);
  }
  for (const [store, error] of facts.validation) {
    lines.push(`Trust ${store}: ${error === '' ? 'ok' : error}`);
  }

  return {
    severity: failures.length > 0 || mismatch ? 'high' : 'none',
    text: lines.join('\n'),
  };
}

/** A command sslyze could not run against a reachable server. */
export function commandErrorVerdict(reason: string): Verdict {
  return { severity: 'info', text: `Scan command failed: ${reason}` };
}

/** The most severe of several. */
export function worst(severities: readonly Severity[]): Severity {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? 'none';
}
