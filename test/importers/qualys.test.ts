import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { qualysImporter } from '../../source/importers/qualys.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { otherFixtures } from '../helpers/other-fixtures.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/qualys', name);

const read = (name: string) => collect(qualysImporter, fixture(name));

describe('qualys importer: asset data report', () => {
  it('reads detections with a glossary after the hosts', async () => {
    const { findings, scanTime } = await read('asset-data-report.xml');

    expect([...findings.keys()]).toEqual([
      '192.0.2.31|general|6',
      '192.0.2.31|443/tcp|38170',
      '192.0.2.31|general|82063',
      '2001:db8::31|80/tcp|86763',
      '2001:db8::31|general|45038',
    ]);
    expect(scanTime).toEqual(new Date('2026-03-02T11:00:00Z'));
  });

  it('maps Qualys levels, and information gathered to info', async () => {
    const { findings } = await read('asset-data-report.xml');

    expect(findings.get('192.0.2.31|443/tcp|38170')).toMatchObject({
      hostname: 'portal.example.test',
      severity: 'critical',
    });
    expect(findings.get('2001:db8::31|80/tcp|86763')).toMatchObject({
      hostname: 'FILES01',
      severity: 'low',
    });
    expect(findings.get('192.0.2.31|general|6')?.severity).toBe('info');
  });

  it('describes a detection from the glossary, as plain text', async () => {
    const { findings } = await read('asset-data-report.xml');

    expect(findings.get('192.0.2.31|443/tcp|38170')?.text).toBe(
      [
        'SSL Certificate - Expired',
        'Severity: 5 (urgent), confirmed vulnerability\n' +
          'CVSS 9.4 (AV:N/AC:L/Au:N/C:C/I:C/A:N)\n' +
          'Category: General remote services\nService: http over SSL',
        'Threat:\nAn SSL certificate is valid only between its start and ' +
          'end dates.\nThis certificate has expired.',
        'Impact:\nClients cannot tell a genuine server from an impostor & ' +
          'users learn to click through warnings.',
        'Solution:\nRenew the certificate. See the renewal guide.',
        'Result:\nCertificate #0 CN=portal.example.test ' +
          '(Zertifikat für «Portal») expired',
      ].join('\n\n'),
    );
  });

  it('drops dates, counts and uptime from rescans', async () => {
    const first = await read('asset-data-report.xml');
    const second = await read('asset-data-report-rescan.xml');

    expect(second.scanTime).not.toEqual(first.scanTime);
    expect([...second.findings.values()]).toEqual([...first.findings.values()]);
    expect(first.findings.get('2001:db8::31|general|45038')?.text).not.toMatch(
      /duration|Start time/,
    );
  });

  it('reads a report without hosts as zero findings', async () => {
    expect((await read('empty.xml')).findings.size).toBe(0);
  });

  it("refuses a Qualys API error with Qualys' own message", async () => {
    await expect(read('error.xml')).rejects.toThrow(
      'Qualys reported an error: This API cannot be run again for another ' +
        '23 hours and 57 minutes.',
    );
  });

  it('says where a truncated report ends', async () => {
    await expect(read('truncated.xml')).rejects.toMatchObject({
      name: 'ScanFileError',
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });
});

describe('qualys importer: SCAN report', () => {
  it('reads vulns, practices, infos, services per CAT', async () => {
    const { findings, scanTime } = await read('scan-report.xml');

    expect([...findings.keys()]).toEqual([
      '198.51.100.5|443/tcp|11827',
      '198.51.100.5|443/tcp|38628',
      '198.51.100.5|general|45038',
      '198.51.100.5|general|82023',
      '2001:db8::5|443/tcp|11827',
      '2001:db8::5|53/udp|15033',
    ]);
    expect(scanTime).toEqual(new Date('2026-03-02T09:00:00Z'));
  });

  it('maps severities and host names', async () => {
    const { findings } = await read('scan-report.xml');
    const get = (key: string) => findings.get(key);

    expect(get('198.51.100.5|443/tcp|11827')).toMatchObject({
      hostname: 'gw.example.test',
      severity: 'high',
    });
    expect(get('198.51.100.5|443/tcp|38628')?.severity).toBe('medium');
    expect(get('198.51.100.5|general|82023')?.severity).toBe('info');
    expect(get('2001:db8::5|53/udp|15033')).toMatchObject({
      hostname: '',
      severity: 'critical',
    });
    expect(get('198.51.100.5|443/tcp|11827')?.text).toContain(
      'Diagnosis:\nThe server reflects header values.\n' +
        'Über-long values are echoed back.',
    );
    expect(get('198.51.100.5|general|45038')?.text).not.toMatch(/2026/);
  });
});

describe('qualys importer: WAS report', () => {
  it('reads one finding per QID, page and parameter', async () => {
    const { findings } = await read('was-report.xml');

    expect([...findings.keys()]).toEqual([
      'shop.example.test|443/tcp|150001:/search#q',
      'shop.example.test|8443/tcp|150001:/account/edit#name',
    ]);
  });

  it('describes it from the glossary and drops detection ids', async () => {
    const { findings } = await read('was-report.xml');
    const text =
      findings.get('shop.example.test|443/tcp|150001:/search#q')?.text ?? '';

    expect(
      findings.get('shop.example.test|443/tcp|150001:/search#q'),
    ).toMatchObject({ hostname: 'shop.example.test', severity: 'critical' });
    expect(text).toContain('Payload: "><script>alert(1)</script>');
    expect(text).toContain('Encode output — «échapper» every value.');
    expect(text).toContain('CVSS3 6.1');
    expect(text).not.toMatch(/88001|6f4b2a10|09:12AM/);
  });
});

describe('qualys detection', () => {
  it('picks Qualys reports and API errors, and nothing else', async () => {
    for (const name of [
      'asset-data-report.xml',
      'empty.xml',
      'error.xml',
      'scan-report.xml',
      'was-report.xml',
    ]) {
      expect((await detectImporter(fixture(name))).format).toBe('qualys');
    }
    expect(qualysImporter.detect('<?xml version="1.0"?><SCAN><foo/>')).toBe(
      false,
    );
    for (const path of otherFixtures('qualys')) {
      expect(qualysImporter.detect(await readHead(path))).toBe(false);
    }
  });
});
