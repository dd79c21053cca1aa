import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { nbeImporter } from '../../source/importers/nbe.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { otherFixtures } from '../helpers/other-fixtures.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/nbe', name);

const read = (name: string) => collect(nbeImporter, fixture(name));

describe('nbe importer', () => {
  it('reads Nessus results lines, one finding each', async () => {
    const { findings, scanTime } = await read('nessus.nbe');

    expect([...findings.keys()]).toEqual([
      '192.0.2.10|22/tcp|portscan',
      '192.0.2.10|22/tcp|10267',
      '192.0.2.10|general|11936',
      '192.0.2.10|80/tcp|10107',
      '192.0.2.10|161/udp|10264',
      '2001:db8::10|443/tcp|51192',
    ]);
    expect(scanTime).toEqual(new Date(2026, 2, 2, 9, 0, 5));
  });

  it('maps the message types as Seccubus did', async () => {
    const { findings } = await read('nessus.nbe');
    const severity = (key: string) => findings.get(key)?.severity;

    expect(severity('192.0.2.10|161/udp|10264')).toBe('high');
    expect(severity('192.0.2.10|80/tcp|10107')).toBe('medium');
    expect(severity('192.0.2.10|general|11936')).toBe('low');
    expect(severity('192.0.2.10|22/tcp|portscan')).toBe('info');
  });

  it('turns escaped newlines into lines and keeps the type', async () => {
    const { findings } = await read('nessus.nbe');

    expect(findings.get('192.0.2.10|161/udp|10264')?.text).toBe(
      'The community name of the remote SNMP server can be guessed : public\n' +
        'Solution : Disable the SNMP service or change the community name.\n' +
        'Risk factor : High / CVSS Base Score : 7.5\n\nType: Security Hole',
    );
    expect(findings.get('192.0.2.10|22/tcp|portscan')?.text).toBe(
      'Port 22/tcp is open',
    );
  });

  it('keeps unicode and pipes inside the text', async () => {
    const { findings } = await read('nessus.nbe');

    expect(findings.get('192.0.2.10|80/tcp|10107')?.text).toContain(
      'Apache/2.4.57 (Debian) – «Übersicht»',
    );
    expect(findings.get('2001:db8::10|443/tcp|51192')?.text).toContain(
      'CN=files.example.test|O=Example & Co',
    );
  });

  it('gives identical texts for a rescan at another time', async () => {
    const first = await read('nessus.nbe');
    const second = await read('nessus-rescan.nbe');

    expect(second.scanTime).not.toEqual(first.scanTime);
    expect([...second.findings.values()]).toEqual([...first.findings.values()]);
  });

  it('keeps each URI of a Nikto check its own finding', async () => {
    const { findings } = await read('nikto.nbe');

    expect([...findings.keys()]).toEqual([
      'intranet.example.test|80/tcp|999986',
      'intranet.example.test|80/tcp|600050:/images/',
      'intranet.example.test|80/tcp|600050:/backup/',
      'intranet.example.test|443/tcp|001234:/admin/login.php?lang=fr',
    ]);
    expect(findings.get('intranet.example.test|80/tcp|999986')?.hostname).toBe(
      'intranet.example.test',
    );
  });

  it('reads a scan without results as zero findings', async () => {
    const { findings, scanTime } = await read('empty.nbe');

    expect(findings.size).toBe(0);
    expect(scanTime).toEqual(new Date(2026, 2, 2, 9, 0, 5));
  });

  it('says which line is not NBE', async () => {
    await expect(read('malformed.nbe')).rejects.toMatchObject({
      name: 'ScanFileError',
      location: 'line 3',
    });
  });

  it('is detected for NBE files and not for other pipe text', async () => {
    for (const name of ['nessus.nbe', 'nikto.nbe', 'empty.nbe']) {
      expect((await detectImporter(fixture(name))).format).toBe('nbe');
    }
    expect(nbeImporter.detect('name|value|other\nresults|a|b|c\n')).toBe(false);
    expect(nbeImporter.detect('results|only two|\n')).toBe(false);
    for (const path of otherFixtures('nbe')) {
      expect(nbeImporter.detect(await readHead(path))).toBe(false);
    }
  });
});
