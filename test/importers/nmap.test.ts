import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { nmapImporter } from '../../source/importers/nmap.js';
import { detectImporter } from '../../source/importers/registry.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixturePath, listFixtureFiles } from '../helpers/fixture-files.js';

const fixture = (name: string) => fixturePath('nmap', name);

async function findingsOf(name: string) {
  return (await collect(nmapImporter, fixture(name))).findings;
}

describe('nmap importer', () => {
  it('reads open ports, scripts and OS of live hosts', async () => {
    const findings = await findingsOf('several-hosts.xml');

    expect([...findings.keys()].sort()).toEqual([
      '192.0.2.10|22/tcp|open-port',
      '192.0.2.10|22/tcp|ssh-hostkey',
      '192.0.2.10|80/tcp|fingerprint-strings',
      '192.0.2.10|80/tcp|http-title',
      '192.0.2.10|80/tcp|open-port',
      '192.0.2.10|general|clock-skew',
      '192.0.2.10|general|os-detection',
      '192.0.2.10|general|whois-ip',
      '192.0.2.13|80/tcp|http-title',
      '192.0.2.13|80/tcp|open-port',
    ]);
  });

  it('skips hosts that are down, closed and open|filtered ports', async () => {
    const findings = await findingsOf('several-hosts.xml');
    const keys = [...findings.keys()];

    expect(keys.some((key) => key.startsWith('192.0.2.11|'))).toBe(false);
    expect(keys.some((key) => key.startsWith('192.0.2.12|'))).toBe(false);
    expect(keys.some((key) => key.includes('|25/tcp|'))).toBe(false);
    expect(keys.some((key) => key.includes('|53/udp|'))).toBe(false);
  });

  it('names hosts by IPv4 address and the name the user gave', async () => {
    const findings = await findingsOf('several-hosts.xml');
    const ssh = findings.get('192.0.2.10|22/tcp|open-port');

    expect(ssh).toMatchObject({ hostname: 'gw.example.net', severity: 'info' });
    expect(ssh?.text).toBe(
      [
        'State: open (syn-ack)',
        'Service: ssh',
        'Product: OpenSSH',
        'Version: 9.2p1 Debian 2+deb12u3',
        'Extra info: protocol 2.0',
        'OS type: Linux',
        'CPE: cpe:/a:openbsd:openssh:9.2p1',
        'CPE: cpe:/o:linux:linux_kernel',
      ].join('\n'),
    );
    expect(findings.get('192.0.2.13|80/tcp|open-port')?.hostname).toBe(
      'café.example.net',
    );
  });

  it('reads IPv6 hosts and service tunnels', async () => {
    const findings = await findingsOf('ipv6.xml');
    const https = findings.get('2001:db8::443|443/tcp|open-port');

    expect(https?.hostname).toBe('www6.example.net');
    expect(https?.text).toContain('Tunnel: ssl');
    expect(findings.size).toBe(2);
  });

  it('keeps script output, without its indentation, and unicode', async () => {
    const findings = await findingsOf('several-hosts.xml');

    expect(findings.get('192.0.2.10|22/tcp|ssh-hostkey')?.text).toBe(
      '256 a1:b2:c3:d4:e5:f6:07:18:29:3a:4b:5c:6d:7e:8f:90 (ECDSA)\n' +
        '256 0f:1e:2d:3c:4b:5a:69:78:87:96:a5:b4:c3:d2:e1:f0 (ED25519)',
    );
    expect(findings.get('192.0.2.13|80/tcp|http-title')?.text).toBe(
      'Café — menü du jour 日本',
    );
    expect(findings.get('192.0.2.10|general|whois-ip')?.text).toContain(
      'netname: EXAMPLE-NET',
    );
  });

  it('keeps the names of the best OS matches, not their accuracy', async () => {
    const findings = await findingsOf('several-hosts.xml');

    expect(findings.get('192.0.2.10|general|os-detection')?.text).toBe(
      'Best OS match:\n  Linux 4.15 - 5.8\n  Linux 5.0 - 5.14',
    );
  });

  it('gives identical texts when only times differ', async () => {
    const first = await findingsOf('several-hosts.xml');
    const again = await findingsOf('several-hosts-rescan.xml');
    const texts = (findings: typeof first) =>
      [...findings].map(([key, finding]) => [key, finding.text]);

    expect(texts(again)).toEqual(texts(first));
    expect(first.get('192.0.2.10|80/tcp|fingerprint-strings')?.text).toBe(
      'GetRequest:\n  HTTP/1.1 200 OK\n  Server: nginx\n' +
        '  Content-Type: text/html',
    );
    expect(first.get('192.0.2.10|general|clock-skew')?.text).not.toMatch(
      /\d+s/,
    );
  });

  it('takes the scan time from nmaprun start', async () => {
    const { scanTime } = await collect(nmapImporter, fixture('ipv6.xml'));

    expect(scanTime?.toISOString()).toBe('2025-03-04T14:02:11.000Z');
  });

  it('reads a scan without hosts as zero findings', async () => {
    expect((await findingsOf('empty.xml')).size).toBe(0);
  });

  it("refuses a failed scan with Nmap's message", async () => {
    const failure = findingsOf('error.xml');

    await expect(failure).rejects.toThrow(ScanFileError);
    await expect(failure).rejects.toThrow(
      'Nmap reported an error: Could not find interface eth9 which was ' +
        'specified by -e',
    );
  });

  it('refuses a truncated file and says where', async () => {
    const failure = findingsOf('truncated.xml');

    await expect(failure).rejects.toThrow(ScanFileError);
    await expect(failure).rejects.toMatchObject({
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });

  it('refuses XML of another kind', async () => {
    const failure = collect(
      nmapImporter,
      fixturePath('ivil', 'empty.ivil.xml'),
    );

    await expect(failure).rejects.toThrow(/root element is <IVIL>/);
  });

  it('is detected for its own files and no others', async () => {
    for (const { format, path } of listFixtureFiles()) {
      const mine = format === 'nmap';
      expect(nmapImporter.detect(await readHead(path)), path).toBe(mine);
      if (mine) expect((await detectImporter(path)).format).toBe('nmap');
    }
  });
});
