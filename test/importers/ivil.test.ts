import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { ivilImporter, normalisePort } from '../../source/importers/ivil.js';
import { detectImporter } from '../../source/importers/registry.js';
import { ScanFileError } from '../../source/importers/types.js';
import { collect } from '../helpers/collect.js';
import { fixturePath, listFixtureFiles } from '../helpers/fixture-files.js';

const fixture = (name: string) => fixturePath('ivil', name);

async function findingsOf(name: string) {
  return (await collect(ivilImporter, fixture(name))).findings;
}

describe('ivil importer', () => {
  it('reads one finding per <finding>, hosts by address or name', async () => {
    const findings = await findingsOf('several-hosts.ivil.xml');

    expect([...findings.keys()]).toEqual([
      '192.0.2.10|80/tcp|999957',
      '192.0.2.10|443/tcp|999957',
      '2001:db8::10|general|os',
      'intranet.example.org|general|server-banner',
      'intranet.example.org|general|robots',
      'intranet.example.org|8080|proxy',
      '192.0.2.11|53/udp|dns-recursion',
    ]);
    expect(findings.get('192.0.2.10|80/tcp|999957')?.hostname).toBe(
      'www.example.org',
    );
    expect(findings.get('intranet.example.org|general|robots')?.hostname).toBe(
      '',
    );
  });

  it('maps every IVIL severity code', async () => {
    const findings = await findingsOf('several-hosts.ivil.xml');
    const severities = [...findings.values()].map((finding) => [
      finding.plugin,
      finding.severity,
    ]);

    expect(severities).toEqual([
      ['999957', 'high'],
      ['999957', 'medium'],
      ['os', 'low'],
      ['server-banner', 'info'],
      ['robots', 'none'],
      ['proxy', 'none'],
      ['dns-recursion', 'info'],
    ]);
  });

  it('keeps unknown severity codes and references', async () => {
    const findings = await findingsOf('several-hosts.ivil.xml');

    expect(findings.get('192.0.2.11|53/udp|dns-recursion')?.text).toBe(
      'Recursion appears to be enabled.\n\n' +
        'References:\nhttps://www.example.org/dns-recursion\n\n' +
        'IVIL severity: 7',
    );
  });

  it('keeps finding text and unicode as written', async () => {
    const findings = await findingsOf('several-hosts.ivil.xml');

    expect(findings.get('2001:db8::10|general|os')?.text).toBe(
      'Operating system : Linux 5.x\nAccuracy         : high',
    );
    expect(
      findings.get('intranet.example.org|general|server-banner')?.text,
    ).toBe('Server: Apache/2.4.57 – «Café Crème» 日本語');
  });

  it('normalises ports only where the meaning is certain', () => {
    expect(normalisePort('80/TCP')).toBe('80/tcp');
    expect(normalisePort('general/tcp')).toBe('general');
    expect(normalisePort('generic/udp')).toBe('general');
    expect(normalisePort('')).toBe('general');
    expect(normalisePort('0')).toBe('general');
    expect(normalisePort('0/tcp')).toBe('general');
    expect(normalisePort('8080')).toBe('8080');
    expect(normalisePort('https')).toBe('https');
  });

  it('takes the scan time from sender/timestamp, as UTC', async () => {
    const timed = async (name: string) =>
      (await collect(ivilImporter, fixture(name))).scanTime?.toISOString();

    expect(await timed('several-hosts.ivil.xml')).toBe(
      '2025-03-03T11:45:01.000Z',
    );
    expect(await timed('several-hosts-rescan.ivil.xml')).toBe(
      '2025-03-10T11:45:00.000Z',
    );
  });

  it('gives identical texts when timestamps differ', async () => {
    const first = await findingsOf('several-hosts.ivil.xml');
    const again = await findingsOf('several-hosts-rescan.ivil.xml');

    expect([...again]).toEqual([...first]);
  });

  it('reads an empty findings list as zero findings', async () => {
    expect((await findingsOf('empty.ivil.xml')).size).toBe(0);
  });

  it('refuses a finding without an id, naming the record', async () => {
    const failure = findingsOf('missing-id.ivil.xml');

    await expect(failure).rejects.toThrow(ScanFileError);
    await expect(failure).rejects.toMatchObject({
      message: 'finding 2 has no id',
      location: 'record 2',
    });
  });

  it('refuses a truncated file and says where', async () => {
    const failure = findingsOf('truncated.ivil.xml');

    await expect(failure).rejects.toThrow(ScanFileError);
    await expect(failure).rejects.toMatchObject({
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });

  it('refuses XML of another kind', async () => {
    const failure = collect(ivilImporter, fixturePath('nmap', 'empty.xml'));

    await expect(failure).rejects.toThrow(/root element is <nmaprun>/);
  });

  it('is detected for its own files and no others', async () => {
    for (const { format, path } of listFixtureFiles()) {
      const mine = format === 'ivil';
      expect(ivilImporter.detect(await readHead(path)), path).toBe(mine);
      if (mine) expect((await detectImporter(path)).format).toBe('ivil');
    }
  });
});
