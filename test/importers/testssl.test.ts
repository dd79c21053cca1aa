import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { testsslImporter } from '../../source/importers/testssl.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixture, fixturesOutside } from './fixture-files.js';

const path = (name: string) => fixture('testssl', name);
const run = (name: string) => collect(testsslImporter, path(name));

describe('testssl.sh flat JSON (--jsonfile)', () => {
  it('makes one finding per address, port and check id', async () => {
    const { findings } = await run('flat.json');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.10|443/tcp|BREACH',
      '192.0.2.10|443/tcp|DNS_CAArecord',
      '192.0.2.10|443/tcp|SSLv3',
      '192.0.2.10|443/tcp|TLS1_2',
      '192.0.2.10|443/tcp|cert_commonName',
      '192.0.2.10|443/tcp|cert_expirationStatus',
      '192.0.2.10|443/tcp|cert_notAfter',
      '192.0.2.10|443/tcp|heartbleed',
      '192.0.2.10|443/tcp|service',
      '2001:db8::10|443/tcp|TLS1_2',
      '2001:db8::10|443/tcp|cert_expirationStatus',
    ]);
  });

  it('keeps the name, the scanner severity, CVE and CWE', async () => {
    const { findings } = await run('flat.json');
    const heartbleed = findings.get('192.0.2.10|443/tcp|heartbleed');

    expect(heartbleed).toEqual({
      host: '192.0.2.10',
      hostname: 'shop.example',
      port: '443/tcp',
      plugin: 'heartbleed',
      severity: 'critical',
      text:
        'VULNERABLE (NOT ok)\nSeverity: CRITICAL\n' +
        'CVE: CVE-2014-0160\nCWE: CWE-119',
    });
  });

  it('maps the levels: OK passed, WARN and INFO are information', async () => {
    const { findings } = await run('flat.json');
    const severity = (id: string) =>
      findings.get(`192.0.2.10|443/tcp|${id}`)?.severity;

    expect(severity('SSLv3')).toBe('high');
    expect(severity('BREACH')).toBe('medium');
    expect(severity('DNS_CAArecord')).toBe('low');
    expect(severity('service')).toBe('info');
    expect(severity('TLS1_2')).toBe('none');
  });

  it('keeps unicode text as it is', async () => {
    const { findings } = await run('flat.json');

    expect(findings.get('192.0.2.10|443/tcp|cert_commonName')?.text).toMatch(
      /^bücher\.shop\.example — Ünïcødé\n/,
    );
  });

  it('drops run-specific checks and certificate days', async () => {
    const first = await run('flat.json');
    const again = await run('flat-rescan.json');

    expect(again.findings).toEqual(first.findings);
    expect(
      first.findings.get('192.0.2.10|443/tcp|cert_expirationStatus')?.text,
    ).toBe('>= 60 days\nSeverity: OK');
    expect(
      first.findings.get('2001:db8::10|443/tcp|cert_expirationStatus')?.text,
    ).toBe('expires < 30 days\nSeverity: MEDIUM');
  });

  it('reads an empty array as a scan with no findings', async () => {
    const { findings } = await run('empty.json');

    expect(findings.size).toBe(0);
  });
});

describe('testssl.sh pretty JSON (--jsonfile-pretty)', () => {
  it('reads every section and the start time', async () => {
    const { findings, scanTime } = await run('pretty.json');

    expect([...findings.keys()].sort()).toEqual([
      '198.51.100.7|8443/tcp|ROBOT',
      '198.51.100.7|8443/tcp|TLS1',
      '198.51.100.7|8443/tcp|TLS1_3',
      '198.51.100.7|8443/tcp|pre_128cipher',
      '198.51.100.7|8443/tcp|service',
      '2001:db8::7|8443/tcp|TLS1',
    ]);
    expect(findings.get('198.51.100.7|8443/tcp|ROBOT')).toMatchObject({
      hostname: 'mail.example',
      severity: 'high',
    });
    expect(scanTime).toEqual(new Date(1700000000 * 1000));
  });

  it('reads the old layout with "target host" and a pfs section', async () => {
    const { findings } = await run('pretty-old.json');

    expect([...findings.keys()].sort()).toEqual([
      '203.0.113.5|443/tcp|DROWN',
      '203.0.113.5|443/tcp|PFS',
      '203.0.113.5|443/tcp|SSLv2',
      '203.0.113.5|443/tcp|service',
    ]);
    expect(findings.get('203.0.113.5|443/tcp|PFS')?.hostname).toBe('');
    expect(findings.get('203.0.113.5|443/tcp|DROWN')?.text).toContain(
      'SSLv2\nSeverity: INFO',
    );
  });
});

describe('testssl.sh bad input', () => {
  it('refuses a failed scan with the scanner message', async () => {
    await expect(run('fatal.json')).rejects.toThrow(
      /failed scan: No IPv4\/IPv6 address\(es\) for "gone.example"/,
    );
  });

  it('gives a location for a truncated file', async () => {
    const error = await run('truncated.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('refuses a severity it does not know, saying which record', async () => {
    const error = await run('bad-severity.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.message).toMatch(/SEVERE/);
    expect(error.location).toBe('record 1');
  });
});

describe('testssl.sh detection', () => {
  it.each(['flat.json', 'pretty.json', 'pretty-old.json', 'fatal.json'])(
    'detects %s',
    async (name) => {
      expect((await detectImporter(path(name))).format).toBe('testssl');
    },
  );

  it('claims no other fixture', async () => {
    for (const other of fixturesOutside(['testssl'])) {
      const format = await detectImporter(other).then(
        (importer) => importer.format,
        () => 'none',
      );
      expect(format, other).not.toBe('testssl');
    }
  });
});
