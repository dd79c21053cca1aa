import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { ssllabsImporter } from '../../source/importers/ssllabs.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixture, fixturesOutside } from './fixture-files.js';

const path = (name: string) => fixture('ssllabs', name);
const run = (name: string) => collect(ssllabsImporter, path(name));

describe('SSL Labs host reports', () => {
  it('makes one finding per endpoint and checked property', async () => {
    const { findings } = await run('reports.json');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.20|443/tcp|bleichenbacher',
      '192.0.2.20|443/tcp|certificate-chain:1',
      '192.0.2.20|443/tcp|fallbackScsv',
      '192.0.2.20|443/tcp|forwardSecrecy',
      '192.0.2.20|443/tcp|grade',
      '192.0.2.20|443/tcp|heartbleed',
      '192.0.2.20|443/tcp|hstsPolicy',
      '192.0.2.20|443/tcp|openSslCcs',
      '192.0.2.20|443/tcp|poodle',
      '192.0.2.20|443/tcp|protocol:SSL 3.0',
      '192.0.2.20|443/tcp|protocol:TLS 1.2',
      '192.0.2.20|443/tcp|suites:SSL 3.0',
      '192.0.2.20|443/tcp|suites:TLS 1.2',
      '192.0.2.20|443/tcp|supportsRc4',
      '192.0.2.21|443/tcp|endpoint-status',
      '2001:db8::20|443/tcp|grade',
      '2001:db8::20|443/tcp|heartbleed',
      '2001:db8::20|443/tcp|hstsPolicy',
      '2001:db8::20|443/tcp|protocol:TLS 1.3',
      '2001:db8::20|443/tcp|zombiePoodle',
    ]);
  });

  it('maps grades and vulnerabilities onto severities', async () => {
    const { findings } = await run('reports.json');
    const severity = (key: string) => findings.get(key)?.severity;

    expect(severity('192.0.2.20|443/tcp|grade')).toBe('high');
    expect(severity('2001:db8::20|443/tcp|grade')).toBe('none');
    expect(severity('192.0.2.20|443/tcp|heartbleed')).toBe('high');
    expect(severity('2001:db8::20|443/tcp|heartbleed')).toBe('none');
    expect(severity('192.0.2.20|443/tcp|openSslCcs')).toBe('high');
    expect(severity('192.0.2.20|443/tcp|bleichenbacher')).toBe('medium');
    expect(severity('192.0.2.20|443/tcp|supportsRc4')).toBe('medium');
    expect(severity('192.0.2.20|443/tcp|protocol:SSL 3.0')).toBe('high');
    expect(severity('192.0.2.20|443/tcp|suites:SSL 3.0')).toBe('high');
    expect(severity('192.0.2.20|443/tcp|suites:TLS 1.2')).toBe('none');
    expect(severity('192.0.2.20|443/tcp|fallbackScsv')).toBe('low');
  });

  it('keeps the grade and the assessed host name', async () => {
    const { findings } = await run('reports.json');

    expect(findings.get('192.0.2.20|443/tcp|grade')).toEqual({
      host: '192.0.2.20',
      hostname: 'www.example.org',
      port: '443/tcp',
      plugin: 'grade',
      severity: 'high',
      text: 'Grade: T\nGrade if trust issues are ignored: B\nHas warnings',
    });
  });

  it('describes the certificate chain', async () => {
    const { findings } = await run('reports.json');
    const chain = findings.get('192.0.2.20|443/tcp|certificate-chain:1');

    expect(chain?.severity).toBe('high');
    expect(chain?.text).toBe(
      [
        'Subject: CN=www.example.org, O=Exämple Ünïon',
        'Issuer: CN=Example CA',
        'Valid: 2023-07-22 to 2024-07-03',
        'Key: RSA 2048 bits',
        'Signature: SHA256withRSA',
        'Revocation: revoked',
        'Issues: revoked',
        'Chain issues: incomplete chain',
        'Trust Mozilla: not trusted (certificate revoked)',
      ].join('\n'),
    );
  });

  it('reports an unreachable endpoint, not drops it', async () => {
    const { findings } = await run('reports.json');

    expect(findings.get('192.0.2.21|443/tcp|endpoint-status')).toMatchObject({
      hostname: 'old.example.org',
      severity: 'info',
      text: 'Endpoint not assessed: Unable to connect to the server',
    });
  });

  it('takes the earliest start as the scan time', async () => {
    const { scanTime } = await run('reports.json');

    expect(scanTime).toEqual(new Date(1699999000000));
  });

  it('gives identical findings when only timings differ', async () => {
    const first = await run('reports.json');
    const again = await run('reports-rescan.json');

    expect(again.findings).toEqual(first.findings);
    expect(again.scanTime).not.toEqual(first.scanTime);
  });

  it('reads an empty array as a scan with no findings', async () => {
    const { findings } = await collect(
      ssllabsImporter,
      fixture('testssl', 'empty.json'),
    );

    expect(findings.size).toBe(0);
  });
});

describe('SSL Labs getEndpointData', () => {
  it('reads a single endpoint on port 443 without a host name', async () => {
    const { findings } = await run('endpoint.json');

    expect([...findings.keys()].sort()).toEqual([
      '198.51.100.30|443/tcp|certificate-chain:1',
      '198.51.100.30|443/tcp|grade',
      '198.51.100.30|443/tcp|logjam',
      '198.51.100.30|443/tcp|protocol:TLS 1.0',
      '198.51.100.30|443/tcp|renegSupport',
    ]);
    expect(findings.get('198.51.100.30|443/tcp|grade')).toMatchObject({
      hostname: '',
      severity: 'medium',
    });
    expect(findings.get('198.51.100.30|443/tcp|renegSupport')?.severity).toBe(
      'medium',
    );
  });
});

describe('SSL Labs refusals', () => {
  it('refuses an API error with its message', async () => {
    await expect(run('error.json')).rejects.toThrow(
      'SSL Labs API error: Unable to resolve domain name',
    );
  });

  it('refuses an assessment still in progress', async () => {
    await expect(run('pending.json')).rejects.toThrow(
      /slow\.example\.org is not finished: IN_PROGRESS \(In progress\)/,
    );
  });

  it('refuses a failed assessment, naming the record', async () => {
    const error = await run('failed.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.message).toMatch(/ERROR \(Unable to resolve domain name\)/);
    expect(error.location).toBe('record 1');
  });

  it('gives a location for a truncated file', async () => {
    const error = await run('truncated.json').catch((caught) => caught);

    expect(error).toBeInstanceOf(ScanFileError);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });
});

describe('SSL Labs detection', () => {
  it.each([
    'reports.json',
    'endpoint.json',
    'error.json',
    'pending.json',
    'failed.json',
  ])('detects %s', async (name) => {
    expect((await detectImporter(path(name))).format).toBe('ssllabs');
  });

  it('claims no other fixture', async () => {
    for (const other of fixturesOutside(['ssllabs'])) {
      const format = await detectImporter(other).then(
        (importer) => importer.format,
        () => 'none',
      );
      expect(format, other).not.toBe('ssllabs');
    }
  });
});
