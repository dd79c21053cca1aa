import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { sslyzeJsonImporter } from '../../source/importers/sslyze-json.js';
import { sslyzeXmlImporter } from '../../source/importers/sslyze-xml.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixture, fixturesOutside } from './fixture-files.js';

const path = (name: string) => fixture('sslyze', name);
const json = (name: string) => collect(sslyzeJsonImporter, path(name));
const xml = (name: string) => collect(sslyzeXmlImporter, path(name));

describe('sslyze JSON, schema 5 and 6', () => {
  it('makes one finding per target and scan command run', async () => {
    const { findings, scanTime } = await json('new.json');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.50|443/tcp|certificate_info',
      '192.0.2.50|443/tcp|heartbleed',
      '192.0.2.50|443/tcp|robot',
      '192.0.2.50|443/tcp|session_renegotiation',
      '192.0.2.50|443/tcp|ssl_3_0_cipher_suites',
      '192.0.2.50|443/tcp|tls_1_2_cipher_suites',
      '192.0.2.50|443/tcp|tls_1_3_cipher_suites',
      '192.0.2.51|443/tcp|connectivity',
      '2001:db8::50|8443/tcp|tls_compression',
      '2001:db8::50|8443/tcp|tls_fallback_scsv',
    ]);
    expect(scanTime).toEqual(new Date('2025-11-05T12:20:48.406Z'));
  });

  it('maps results onto severities', async () => {
    const { findings } = await json('new.json');
    const severity = (key: string) => findings.get(key)?.severity;

    expect(severity('192.0.2.50|443/tcp|heartbleed')).toBe('high');
    expect(severity('192.0.2.50|443/tcp|ssl_3_0_cipher_suites')).toBe('high');
    expect(severity('192.0.2.50|443/tcp|tls_1_2_cipher_suites')).toBe('none');
    expect(severity('192.0.2.50|443/tcp|session_renegotiation')).toBe('medium');
    expect(severity('192.0.2.50|443/tcp|robot')).toBe('info');
    expect(severity('2001:db8::50|8443/tcp|tls_fallback_scsv')).toBe('low');
    expect(severity('2001:db8::50|8443/tcp|tls_compression')).toBe('none');
  });

  it('describes the certificate and why validation failed', async () => {
    const { findings } = await json('new.json');

    expect(findings.get('192.0.2.50|443/tcp|certificate_info')).toEqual({
      host: '192.0.2.50',
      hostname: 'api.example.net',
      port: '443/tcp',
      plugin: 'certificate_info',
      severity: 'high',
      text: [
        'Subject: CN=api.example.net,O=Ëxample Çorp',
        'Issuer: CN=Example Issuing CA',
        'Valid: 2015-04-09T00:00:00Z to 2015-04-12T23:59:59Z',
        'Names: api.example.net',
        'Trust Mozilla: validation failed: ' +
          'cert is not valid at validation time',
      ].join('\n'),
    });
  });

  it('keeps an unreachable server as a connectivity finding', async () => {
    const { findings } = await json('new.json');

    expect(findings.get('192.0.2.51|443/tcp|connectivity')).toEqual({
      host: '192.0.2.51',
      hostname: 'down.example.net',
      port: '443/tcp',
      plugin: 'connectivity',
      severity: 'info',
      text:
        'Could not connect: sslyze.errors.ConnectionToServerTimedOut: ' +
        'down.example.net:443 -> "Connection to the server timed out".',
    });
  });

  it('gives identical findings when only dates and ids differ', async () => {
    const first = await json('new.json');
    const again = await json('new-rescan.json');

    expect(again.findings).toEqual(first.findings);
  });

  it('refuses a file in which no server could be reached', async () => {
    const error = await json('unreachable.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.message).toMatch(/could not reach any server.*rejected/);
    expect(error.location).toBe('server_scan_results 1');
  });

  it('reads a scan of no servers as no findings', async () => {
    const { findings } = await json('empty.json');

    expect(findings.size).toBe(0);
  });

  it('gives a location for a truncated file', async () => {
    const error = await json('truncated.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });
});

describe('sslyze JSON, schema 3', () => {
  it('reads results, command errors and connectivity errors', async () => {
    const { findings } = await json('old.json');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.60|443/tcp|heartbleed',
      '192.0.2.60|443/tcp|openssl_ccs_injection',
      '192.0.2.60|443/tcp|session_resumption',
      '192.0.2.60|443/tcp|tls_1_0_cipher_suites',
      'closed.example.net|443/tcp|connectivity',
    ]);
    expect(findings.get('192.0.2.60|443/tcp|openssl_ccs_injection')?.text).toBe(
      'Scan command failed: Connection timed out',
    );
    expect(
      findings.get('192.0.2.60|443/tcp|tls_1_0_cipher_suites')?.severity,
    ).toBe('medium');
    expect(findings.get('192.0.2.60|443/tcp|session_resumption')?.text).toBe(
      'Session ID resumption: PARTIALLY_SUPPORTED\n' +
        'TLS ticket resumption: SUCCEEDED',
    );
  });
});

describe('sslyze legacy XML', () => {
  it('reads plugin elements under the JSON command names', async () => {
    const { findings } = await xml('report.xml');

    expect([...findings.keys()].sort()).toEqual([
      '10.0.0.5|443/tcp|certificate_info',
      '10.0.0.5|443/tcp|heartbleed',
      '10.0.0.5|443/tcp|robot',
      '10.0.0.5|443/tcp|ssl_2_0_cipher_suites',
      '10.0.0.5|443/tcp|tls_1_2_cipher_suites',
      '2001:db8::5|4443/tcp|session_renegotiation',
      'gone.example|443/tcp|connectivity',
    ]);
  });

  it('maps the results and keeps the texts', async () => {
    const { findings } = await xml('report.xml');
    const get = (key: string) => findings.get(key);

    expect(get('10.0.0.5|443/tcp|heartbleed')?.severity).toBe('high');
    expect(get('10.0.0.5|443/tcp|ssl_2_0_cipher_suites')?.severity).toBe(
      'high',
    );
    expect(get('10.0.0.5|443/tcp|robot')?.text).toBe(
      'Scan command failed: timeout - timed out',
    );
    expect(get('10.0.0.5|443/tcp|certificate_info')).toMatchObject({
      hostname: 'intranet.example',
      severity: 'high',
      text: [
        'Subject: commonName=intranet.example, organizationName=Ölwerk',
        'Issuer: commonName=Example Root',
        'Valid: 2014-08-04 12:37:21 to 2017-08-04 12:37:21',
        'Names: intranet.example',
        'Matches hostname: no',
        'Trust Mozilla: certificate has expired',
      ].join('\n'),
    });
  });

  it('gives a location for a truncated file', async () => {
    const error = await xml('truncated.xml').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('refuses entity declarations', async () => {
    await expect(xml('entity.xml')).rejects.toThrow(/entity declarations/);
  });
});

describe('sslyze detection', () => {
  it.each([
    ['new.json', 'sslyze'],
    ['old.json', 'sslyze'],
    ['unreachable.json', 'sslyze'],
    ['empty.json', 'sslyze'],
    ['report.xml', 'sslyze-xml'],
  ])('detects %s as %s', async (name, format) => {
    expect((await detectImporter(path(name))).format).toBe(format);
  });

  it('claims no other fixture', async () => {
    for (const other of fixturesOutside(['sslyze'])) {
      const format = await detectImporter(other).then(
        (importer) => importer.format,
        () => 'none',
      );
      expect(format, other).not.toMatch(/^sslyze/);
    }
  });
});
