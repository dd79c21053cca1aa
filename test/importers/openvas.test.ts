import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { openvasImporter } from '../../source/importers/openvas.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { otherFixtures } from '../helpers/other-fixtures.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/openvas', name);

const read = (name: string) => collect(openvasImporter, fixture(name));

describe('openvas importer', () => {
  it('reads a nested GMP 22 report, a finding a result', async () => {
    const { findings, scanTime } = await read('gmp22-nested.xml');

    expect([...findings.keys()].sort()).toEqual([
      '10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.103955',
      '10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.999101',
      '2001:db8::25|22/tcp|1.3.6.1.4.1.25623.1.0.105611',
      '2001:db8::25|general|1.3.6.1.4.1.25623.1.0.105937',
    ]);
    expect(scanTime).toEqual(new Date('2026-03-02T09:00:12Z'));
  });

  it('maps the severity score, threat words and host names', async () => {
    const { findings } = await read('gmp22-nested.xml');
    const smuggling = findings.get(
      '10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.999101',
    );

    expect(smuggling).toMatchObject({
      hostname: 'web01.example.test',
      severity: 'critical',
    });
    expect(smuggling?.text).toContain('Threat: High (CVSS 9.8)');
    expect(
      findings.get('10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.103955')?.severity,
    ).toBe('medium');
    expect(
      findings.get('2001:db8::25|general|1.3.6.1.4.1.25623.1.0.105937')
        ?.severity,
    ).toBe('info');
    expect(
      findings.get('2001:db8::25|22/tcp|1.3.6.1.4.1.25623.1.0.105611')
        ?.severity,
    ).toBe('none');
  });

  it('keeps name, useful tags, references and the result text', async () => {
    const { findings } = await read('gmp22-nested.xml');
    const text =
      findings.get('10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.999101')?.text ??
      '';

    expect(text).toBe(
      [
        'Apache HTTP Server Request Smuggling Vulnerability',
        'Threat: High (CVSS 9.8)',
        'Summary:\nApache HTTP Server is prone to an HTTP request\n' +
          'smuggling vulnerability.',
        'Insight:\nInconsistent interpretation of HTTP\nrequests.',
        'Affected:\nApache HTTP Server 2.4.0 through 2.4.55.',
        'Solution:\nUpdate to version 2.4.56 or later.',
        'References: CVE-2023-25690',
        'Result:\nInstalled version: 2.4.54\nFixed version:     2.4.56',
      ].join('\n\n'),
    );
  });

  it('keeps unicode text intact', async () => {
    const { findings } = await read('gmp22-nested.xml');
    const text =
      findings.get('10.20.0.5|443/tcp|1.3.6.1.4.1.25623.1.0.103955')?.text ??
      '';

    expect(text).toContain('«Zertifikat abgelaufen»');
    expect(text).toContain('O=Bücher & Söhne');
  });

  it('gives identical texts when ids and times differ', async () => {
    const first = await read('gmp22-nested.xml');
    const second = await read('gmp22-nested-rescan.xml');

    expect(second.scanTime).not.toEqual(first.scanTime);
    expect([...second.findings.values()]).toEqual([...first.findings.values()]);
  });

  it('reads a whole get_reports_response with an OMP 7 report', async () => {
    const { findings, scanTime } = await read('get-reports-response.xml');

    expect([...findings.keys()]).toEqual([
      '192.0.2.14|21/tcp|1.3.6.1.4.1.25623.1.0.108528',
      '192.0.2.14|general|1.3.6.1.4.1.25623.1.0.51662',
    ]);
    expect(scanTime).toEqual(new Date('2017-05-04T18:20:01Z'));
  });

  it('reads a legacy bare report with service ports and no score', async () => {
    const { findings } = await read('legacy-bare.xml');
    const relay = [...findings.values()][0];

    expect(relay).toMatchObject({
      host: '198.51.100.7',
      hostname: 'mail.example.test',
      port: '25/tcp',
      plugin: '1.3.6.1.4.1.25623.1.0.100072',
      severity: 'high',
    });
    expect(relay?.text).toContain('Threat: High (CVSS 7.5)');
    expect(relay?.text).toContain('References: CVE-1999-0512');
  });

  it('reads a report without results as zero findings', async () => {
    const { findings, scanTime } = await read('empty.xml');

    expect(findings.size).toBe(0);
    expect(scanTime).toEqual(new Date('2026-01-10T08:00:00Z'));
  });

  it("refuses a failed GMP response with the manager's message", async () => {
    await expect(read('error-response.xml')).rejects.toThrow(
      'GVM reported an error: Failed to find report ' +
        "'1f6b3a2e-0000-4000-8000-000000000000' (404)",
    );
  });

  it('says where a truncated report ends', async () => {
    const error = await read('truncated.xml').catch((caught) => caught);

    expect(error.name).toBe('ScanFileError');
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('is detected for its own files and not for other formats', async () => {
    for (const name of [
      'gmp22-nested.xml',
      'get-reports-response.xml',
      'legacy-bare.xml',
      'empty.xml',
      'error-response.xml',
    ]) {
      expect((await detectImporter(fixture(name))).format).toBe('openvas');
    }
    expect(openvasImporter.detect('<?xml version="1.0"?>\n<report>')).toBe(
      false,
    );
    expect(
      openvasImporter.detect(
        '<?xml version="1.0"?><NessusClientData_v2><Report name="x">',
      ),
    ).toBe(false);
    for (const path of otherFixtures('openvas')) {
      expect(openvasImporter.detect(await readHead(path))).toBe(false);
    }
  });
});
