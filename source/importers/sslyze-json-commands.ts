import {
  certificateVerdict,
  cipherSuitesVerdict,
  featureVerdict,
  PROTOCOL_COMMANDS,
  renegotiationVerdict,
  robotVerdict,
  type Verdict,
  vulnerabilityVerdict,
  worst,
} from './sslyze-verdicts.js';
import { asArray, asRecord, asText, recordsOf } from './tls-fields.js';

type Result = Record<string, unknown>;

/**
 * How each sslyze JSON scan command result reads, by command name; the
 * field names are those of sslyze 3 to 6. Commands not listed (none today
 * beyond these) are left out rather than guessed at.
 */
const COMMANDS: Record<string, (result: Result) => Verdict[]> = {
  certificate_info: (result) =>
    recordsOf(result.certificate_deployments).map(deploymentVerdict),
  heartbleed: (result) => [
    vulnerabilityVerdict(
      'Heartbleed (CVE-2014-0160)',
      result.is_vulnerable_to_heartbleed === true,
      'high',
    ),
  ],
  openssl_ccs_injection: (result) => [
    vulnerabilityVerdict(
      'OpenSSL CCS injection (CVE-2014-0224)',
      result.is_vulnerable_to_ccs_injection === true,
      'high',
    ),
  ],
  robot: (result) => [robotVerdict(asText(result.robot_result))],
  session_renegotiation: (result) => [
    renegotiationVerdict(
      result.accepts_client_renegotiation === true ||
        result.is_vulnerable_to_client_renegotiation_dos === true,
      result.supports_secure_renegotiation === true,
    ),
  ],
  tls_compression: (result) => [
    featureVerdict(
      'TLS compression (CRIME)',
      result.supports_compression === true,
      true,
      'medium',
    ),
  ],
  tls_fallback_scsv: (result) => [
    featureVerdict(
      'TLS_FALLBACK_SCSV',
      result.supports_fallback_scsv === true,
      false,
      'low',
    ),
  ],
  tls_1_3_early_data: (result) => [
    featureVerdict(
      'TLS 1.3 early data',
      result.supports_early_data === true,
      true,
      'low',
    ),
  ],
  tls_extended_master_secret: (result) => [
    featureVerdict(
      'Extended master secret',
      result.supports_ems_extension === true,
      false,
      'low',
    ),
  ],
  elliptic_curves: (result) => [
    {
      severity: 'none',
      text: `Supported curves: ${recordsOf(result.supported_curves)
        .map((curve) => asText(curve.name))
        .join(' ')}`,
    },
  ],
  // Attempt counts vary from run to run; the overall outcome does not.
  session_resumption: (result) => {
    const ids =
      asText(result.session_id_resumption_result) || resumptionCounts(result);
    const tickets = asText(result.tls_ticket_resumption_result);
    return [
      {
        severity: 'none',
        text: [
          `Session ID resumption: ${ids}`,
          `TLS ticket resumption: ${tickets}`,
        ].join('\n'),
      },
    ];
  },
  http_headers: (result) => [
    featureVerdict(
      'HTTP Strict Transport Security',
      asRecord(result.strict_transport_security_header) !== undefined,
      false,
      'low',
    ),
  ],
};

for (const [command, protocol] of Object.entries(PROTOCOL_COMMANDS)) {
  COMMANDS[command] = (result) => [
    cipherSuitesVerdict(
      protocol,
      recordsOf(result.accepted_cipher_suites).map((accepted) => {
        const suite = asRecord(accepted.cipher_suite) ?? {};
        return {
          name: asText(suite.name),
          keySize: Number(suite.key_size) || 0,
          anonymous: suite.is_anonymous === true,
        };
      }),
    ),
  ];
}

/** Whether this importer reads the command; others are skipped. */
export function isKnownCommand(command: string): boolean {
  return command in COMMANDS;
}

/** One command result as a finding's severity and text. */
export function commandVerdict(command: string, result: Result): Verdict {
  const verdicts = COMMANDS[command]?.(result) ?? [];
  const text = verdicts.map((verdict) => verdict.text).join('\n\n');
  const severity = worst(verdicts.map((verdict) => verdict.severity));
  return { severity, text: text || `${command}: no result` };
}

function resumptionCounts(result: Result): string {
  const attempted = Number(result.attempted_session_id_resumptions_count);
  const succeeded = Number(result.successful_session_id_resumptions_count);
  if (!attempted) return 'not tested';
  if (succeeded === attempted) return 'FULLY_SUPPORTED';
  return succeeded > 0 ? 'PARTIALLY_SUPPORTED' : 'NOT_SUPPORTED';
}

function deploymentVerdict(deployment: Record<string, unknown>): Verdict {
  const leaf = recordsOf(deployment.received_certificate_chain)[0] ?? {};
  const names =
    asRecord(leaf.subject_alternative_name) ??
    asRecord(leaf.subjectAlternativeName);
  const matches = deployment.leaf_certificate_subject_matches_hostname;
  return certificateVerdict({
    subject: distinguishedName(leaf.subject),
    issuer: distinguishedName(leaf.issuer),
    notBefore: asText(leaf.not_valid_before ?? leaf.notBefore),
    notAfter: asText(leaf.not_valid_after ?? leaf.notAfter),
    names: asArray(names?.dns_names ?? names?.DNS).map(asText),
    matchesHostname: typeof matches === 'boolean' ? matches : undefined,
    validation: recordsOf(deployment.path_validation_results).map((path) => [
      asText(asRecord(path.trust_store)?.name),
      path.verified_certificate_chain
        ? ''
        : asText(path.validation_error) ||
          asText(path.openssl_error_string) ||
          'not trusted',
    ]),
  });
}

function distinguishedName(name: unknown): string {
  return asText(asRecord(name)?.rfc4514_string);
}
