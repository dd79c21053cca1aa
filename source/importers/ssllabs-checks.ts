import type { Severity } from '../domain/severity.js';

/** What one SSL Labs property says, once read. */
export interface CheckResult {
  severity: Severity;
  meaning: string;
}

type Check = (value: unknown) => CheckResult;

const result = (severity: Severity, meaning: string): CheckResult => ({
  severity,
  meaning,
});

/** A boolean test: true means the endpoint has the problem. */
const flag =
  (name: string, when: Severity, [yes, no] = VULNERABLE): Check =>
  (value) =>
    value === true
      ? result(when, `${name}: ${yes}`)
      : result('none', `${name}: ${no}`);

const VULNERABLE: [string, string] = ['vulnerable', 'not vulnerable'];

/**
 * The API's coded tests: -1 and below the test failed or did not apply,
 * 0 unknown, 1 not vulnerable, higher codes as given.
 */
const coded =
  (codes: Record<number, CheckResult>): Check =>
  (value) => {
    const code = Number(value);
    if (codes[code]) return codes[code];
    if (code === 1) return result('none', 'not vulnerable');
    if (code === 0) return result('info', 'unknown');
    return result('info', 'test failed or not applicable');
  };

const paddingOracle = coded({
  2: result('medium', 'vulnerable'),
  3: result('high', 'vulnerable and exploitable'),
});

/**
 * The endpoint properties turned into findings, by API field name. Each
 * present field is one finding, whether the endpoint passes it or not, so
 * a fix shows up as a change rather than as a finding gone.
 */
export const ENDPOINT_CHECKS: Record<string, Check> = {
  heartbleed: flag('Heartbleed (CVE-2014-0160)', 'high'),
  poodle: flag('POODLE over SSL 3 (CVE-2014-3566)', 'high'),
  freak: flag('FREAK (CVE-2015-0204)', 'high'),
  logjam: flag('Logjam (CVE-2015-4000)', 'high'),
  drownVulnerable: flag('DROWN (CVE-2016-0800)', 'high'),
  vulnBeast: flag('BEAST (CVE-2011-3389)', 'low'),
  supportsRc4: flag('RC4 cipher suites', 'medium', ['offered', 'not offered']),
  openSslCcs: coded({
    2: result(
      'medium',
      'possibly vulnerable to CCS injection, not exploitable',
    ),
    3: result('high', 'vulnerable to CCS injection (CVE-2014-0224)'),
  }),
  openSSLLuckyMinus20: coded({
    2: result('high', 'vulnerable to LuckyMinus20 (CVE-2016-2107)'),
  }),
  ticketbleed: coded({
    2: result('high', 'vulnerable to Ticketbleed (CVE-2016-9244)'),
    3: result('info', 'not vulnerable, but a similar bug was found'),
  }),
  bleichenbacher: coded({
    2: result('medium', 'ROBOT: vulnerable, weak oracle'),
    3: result('high', 'ROBOT: vulnerable, strong oracle'),
    4: result('info', 'ROBOT: inconsistent results'),
  }),
  poodleTls: coded({
    2: result('high', 'vulnerable to POODLE over TLS'),
  }),
  zombiePoodle: paddingOracle,
  goldenDoodle: paddingOracle,
  zeroLengthPaddingOracle: paddingOracle,
  sleepingPoodle: paddingOracle,
  fallbackScsv: (value) =>
    value === true
      ? result('none', 'TLS_FALLBACK_SCSV supported')
      : result('low', 'TLS_FALLBACK_SCSV not supported'),
  forwardSecrecy: (value) => {
    const bits = Number(value);
    if (bits & 4) return result('none', 'forward secrecy with all browsers');
    if (bits & 2) return result('low', 'forward secrecy with modern browsers');
    if (bits & 1) return result('medium', 'forward secrecy with some browsers');
    return result('medium', 'no forward secrecy');
  },
  renegSupport: (value) =>
    Number(value) & 1
      ? result('medium', 'insecure client-initiated renegotiation')
      : result('none', 'no insecure renegotiation'),
  hstsPolicy: (value) => {
    const policy = value as { status?: unknown; header?: unknown } | null;
    const status = String(policy?.status ?? 'unknown');
    const header = policy?.header ? ` (${String(policy.header)})` : '';
    return status === 'present'
      ? result('none', `HSTS present${header}`)
      : result('low', `HSTS ${status}${header}`);
  },
};

/** SSL Labs letter grades: A range passes, T means untrusted. */
export function gradeSeverity(grade: string): Severity {
  if (grade.startsWith('A')) return 'none';
  if (grade === 'B' || grade === 'C') return 'medium';
  return 'high';
}

/** Old protocols are broken (SSL) or deprecated (TLS 1.0 and 1.1). */
export function protocolSeverity(name: string): Severity {
  if (name.startsWith('SSL')) return 'high';
  if (name === 'TLS 1.0' || name === 'TLS 1.1') return 'low';
  return 'none';
}
