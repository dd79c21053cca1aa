import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { nessusImporter } from '../../source/importers/nessus.js';
import { detectImporter } from '../../source/importers/registry.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixturePath, listFixtureFiles } from '../helpers/fixture-files.js';

const fixture = (name: string) => fixturePath('nessus', name);

async function findingsOf(name: string) {
  return (await collect(nessusImporter, fixture(name))).findings;
}

describe('nessus importer', () => {
  it('reads one finding per ReportItem of every host', async () => {
    const findings = await findingsOf('several-hosts.nessus');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.10|22/tcp|22964',
      '192.0.2.10|5432/tcp|187201',
      '192.0.2.10|general|10114',
      '192.0.2.10|general|19506',
      '192.0.2.20|161/udp|41028',
      '192.0.2.20|443/tcp|10107',
      '192.0.2.20|443/tcp|201198',
      '192.0.2.20|80/tcp|85582',
      '2001:db8::5|25/tcp|54582',
      '2001:db8::5|general|0',
    ]);
  });

  it('uses host-ip as the host and keeps the name as hostname', async () => {
    const findings = await findingsOf('several-hosts.nessus');

    expect(findings.get('192.0.2.10|22/tcp|22964')?.hostname).toBe(
      'db1.example.org',
    );
    expect(findings.get('192.0.2.20|443/tcp|201198')?.hostname).toBe(
      'web.example.org',
    );
    expect(findings.get('2001:db8::5|25/tcp|54582')?.hostname).toBe('');
  });

  it('maps the risk factor, else the severity number', async () => {
    const findings = await findingsOf('several-hosts.nessus');
    const severity = (key: string) => findings.get(key)?.severity;

    expect(severity('192.0.2.20|443/tcp|201198')).toBe('critical');
    expect(severity('192.0.2.20|161/udp|41028')).toBe('high');
    expect(severity('192.0.2.10|5432/tcp|187201')).toBe('medium');
    expect(severity('2001:db8::5|25/tcp|54582')).toBe('low');
    expect(severity('192.0.2.10|22/tcp|22964')).toBe('info');
    expect(severity('192.0.2.20|80/tcp|85582')).toBe('medium');
  });

  it('composes the text from name, sections, CVEs and scores', async () => {
    const findings = await findingsOf('several-hosts.nessus');

    expect(findings.get('192.0.2.10|5432/tcp|187201')?.text).toBe(
      [
        'PostgreSQL 13.x < 13.14 Multiple Vulnerabilities\nService: postgresql',
        'Synopsis:\nThe remote database server is affected by multiple ' +
          'vulnerabilities.',
        'Plugin output:\nPath              : /usr/lib/postgresql/13\n' +
          'Installed version : 13.9\nFixed version     : 13.14',
        'Description:\nThe version of PostgreSQL installed on the remote ' +
          'host is 13.x prior to 13.14. It is, therefore, affected by ' +
          'multiple vulnerabilities.',
        'Solution:\nUpgrade to PostgreSQL 13.14 or later.',
        'CVE: CVE-2024-0985, CVE-2023-5869',
        'Risk: Medium (Nessus severity 3, CVSS v3 8.8, CVSS v2 6.5)',
      ].join('\n\n'),
    );
  });

  it('keeps unicode text', async () => {
    const findings = await findingsOf('several-hosts.nessus');

    expect(findings.get('192.0.2.20|443/tcp|10107')?.text).toContain(
      'Apache/2.4.57 (Debian) – «Café Crème» édition 日本語',
    );
  });

  it('drops scan times, durations and clock differences', async () => {
    const first = await findingsOf('several-hosts.nessus');
    const again = await findingsOf('several-hosts-rescan.nessus');
    const texts = (findings: typeof first) =>
      [...findings].map(([key, finding]) => [key, finding.text]);

    expect(texts(again)).toEqual(texts(first));
    const information = first.get('192.0.2.10|general|19506')?.text;
    expect(information).toContain('Plugin feed version : 202503020612');
    expect(information).not.toMatch(/Scan Start Date|Scan duration|Ping RTT/);
  });

  it('keeps each compliance check apart, old and new', async () => {
    const findings = await findingsOf('compliance.nessus');
    const summary = [...findings.values()].map((finding) => [
      finding.plugin,
      finding.severity,
    ]);

    expect(summary).toEqual([
      [
        "21156:1.1.1 Ensure 'Enforce password history' is set to " +
          "'24 or more password(s)'",
        'high',
      ],
      [
        "21156:1.1.2 Ensure 'Maximum password age' is set to " +
          "'365 or fewer days, but not 0'",
        'info',
      ],
      [
        "21156:2.3.1.1 Ensure 'Accounts: Guest account status' is set " +
          "to 'Disabled'",
        'low',
      ],
      [
        "21156:18.9.4 Ensure 'Ünïcödé Richtlinie – Kennwörter' is set to " +
          "'Enabled'",
        'medium',
      ],
      ['21157:6.1 Set SSH Protocol to 2 - /etc/ssh/sshd_config', 'high'],
      ['21157:6.2 Set LogLevel to INFO - /etc/ssh/sshd_config', 'info'],
    ]);
  });

  it('puts the compliance result in the text', async () => {
    const findings = await findingsOf('compliance.nessus');
    const failed = findings.get(
      '192.0.2.41|general|21157:6.1 Set SSH Protocol to 2 - ' +
        '/etc/ssh/sshd_config',
    );

    expect(failed?.text).toContain(
      'Compliance check: 6.1 Set SSH Protocol to 2 - /etc/ssh/sshd_config\n' +
        'Result: FAILED',
    );
    expect(failed?.text).toContain(' - error message: Protocol 1,2 found');
  });

  it('takes the scan time from the first host', async () => {
    const timed = async (name: string) =>
      (await collect(nessusImporter, fixture(name))).scanTime?.toISOString();

    expect(await timed('several-hosts.nessus')).toBe(
      '2025-03-03T11:45:01.000Z',
    );
    expect(await timed('compliance.nessus')).toBe('2025-03-04T14:53:20.000Z');
  });

  it('reads a report without ReportItems as zero findings', async () => {
    expect((await findingsOf('empty.nessus')).size).toBe(0);
  });

  it('refuses a truncated file and says where', async () => {
    const failure = findingsOf('truncated.nessus');

    await expect(failure).rejects.toThrow(ScanFileError);
    await expect(failure).rejects.toMatchObject({
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });

  it('refuses XML of another kind', async () => {
    const failure = collect(nessusImporter, fixturePath('nmap', 'empty.xml'));

    await expect(failure).rejects.toThrow(/root element is <nmaprun>/);
  });

  it('is detected for its own files and no others', async () => {
    for (const { format, path } of listFixtureFiles()) {
      const mine = format === 'nessus';
      expect(nessusImporter.detect(await readHead(path)), path).toBe(mine);
      if (mine) expect((await detectImporter(path)).format).toBe('nessus');
    }
  });
});
