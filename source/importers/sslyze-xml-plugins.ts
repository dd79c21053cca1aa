import {
  certificateVerdict,
  cipherSuitesVerdict,
  featureVerdict,
  PROTOCOL_COMMANDS,
  renegotiationVerdict,
  robotVerdict,
  type Verdict,
  vulnerabilityVerdict,
} from './sslyze-verdicts.js';
import {
  child,
  childrenNamed,
  childText,
  type XmlElement,
} from './xml-stream.js';

/**
 * Legacy XML plugin elements by the name of the JSON scan command they
 * became, so findings keep their plugin when sslyze is upgraded.
 */
export const XML_COMMANDS: Record<string, string> = {
  certinfo: 'certificate_info',
  compression: 'tls_compression',
  fallback: 'tls_fallback_scsv',
  heartbleed: 'heartbleed',
  openssl_ccs: 'openssl_ccs_injection',
  reneg: 'session_renegotiation',
  resum: 'session_resumption',
  robot: 'robot',
  sslv2: 'ssl_2_0_cipher_suites',
  sslv3: 'ssl_3_0_cipher_suites',
  tlsv1: 'tls_1_0_cipher_suites',
  tlsv1_1: 'tls_1_1_cipher_suites',
  tlsv1_2: 'tls_1_2_cipher_suites',
  tlsv1_3: 'tls_1_3_cipher_suites',
};

const isTrue = (value: string | undefined) => value === 'True';

/** The attributes of a plugin element's first child of this name. */
function attrsOf(element: XmlElement, name: string): Record<string, string> {
  return child(element, name)?.attrs ?? {};
}

const READERS: Record<string, (element: XmlElement) => Verdict> = {
  certificate_info: certificateOf,
  tls_compression: (element) =>
    featureVerdict(
      'TLS compression (CRIME)',
      isTrue(attrsOf(element, 'compressionMethod').isSupported),
      true,
      'medium',
    ),
  tls_fallback_scsv: (element) =>
    featureVerdict(
      'TLS_FALLBACK_SCSV',
      isTrue(attrsOf(element, 'tlsFallbackScsv').isSupported),
      false,
      'low',
    ),
  heartbleed: (element) =>
    vulnerabilityVerdict(
      'Heartbleed (CVE-2014-0160)',
      isTrue(attrsOf(element, 'openSslHeartbleed').isVulnerable),
      'high',
    ),
  openssl_ccs_injection: (element) =>
    vulnerabilityVerdict(
      'OpenSSL CCS injection (CVE-2014-0224)',
      isTrue(attrsOf(element, 'openSslCcsInjection').isVulnerable),
      'high',
    ),
  session_renegotiation: (element) => {
    const attrs = attrsOf(element, 'sessionRenegotiation');
    return renegotiationVerdict(
      isTrue(attrs.canBeClientInitiated),
      isTrue(attrs.isSecure),
    );
  },
  session_resumption: (element) => {
    const ids = attrsOf(element, 'sessionResumptionWithSessionIDs');
    const tickets = attrsOf(element, 'sessionResumptionWithTLSTickets');
    const word = (value?: string) =>
      isTrue(value) ? 'supported' : 'not supported';
    return {
      severity: 'none',
      text:
        `Session ID resumption: ${word(ids.isSupported)}\n` +
        `TLS ticket resumption: ${word(tickets.isSupported)}`,
    };
  },
  robot: (element) =>
    robotVerdict(attrsOf(element, 'robotAttack').resultEnum ?? 'UNKNOWN'),
};

/** One plugin element as a verdict; undefined for elements not read. */
export function pluginVerdict(
  command: string,
  element: XmlElement,
): Verdict | undefined {
  const protocol = PROTOCOL_COMMANDS[command];
  if (protocol) {
    const accepted = child(element, 'acceptedCipherSuites');
    const suites = accepted ? childrenNamed(accepted, 'cipherSuite') : [];
    return cipherSuitesVerdict(
      protocol,
      suites.map((suite) => ({
        name: suite.attrs.name ?? '',
        keySize: Number(suite.attrs.keySize) || 0,
        anonymous: isTrue(suite.attrs.anonymous),
      })),
    );
  }

  return READERS[command]?.(element);
}

function certificateOf(element: XmlElement): Verdict {
  const chain = child(element, 'receivedCertificateChain');
  const leaf = chain ? child(chain, 'certificate') : undefined;
  const names = leaf ? child(leaf, 'subjectAlternativeName') : undefined;
  const validation = child(element, 'certificateValidation');
  const hostname = validation
    ? attrsOf(validation, 'hostnameValidation').certificateMatchesServerHostname
    : undefined;

  return certificateVerdict({
    subject: leaf ? childText(leaf, 'subject') : '',
    issuer: leaf ? childText(leaf, 'issuer') : '',
    notBefore: leaf ? childText(leaf, 'notBefore') : '',
    notAfter: leaf ? childText(leaf, 'notAfter') : '',
    names: names ? childrenNamed(names, 'DNS').map((dns) => dns.text) : [],
    matchesHostname: hostname === undefined ? undefined : isTrue(hostname),
    validation: (validation
      ? childrenNamed(validation, 'pathValidation')
      : []
    ).map((path) => {
      const result = path.attrs.validationResult ?? '';
      return [path.attrs.usingTrustStore ?? '', result === 'ok' ? '' : result];
    }),
  });
}
