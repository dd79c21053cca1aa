import { describe, expect, it } from 'vitest';
import { niktoXml } from '../../source/importers/nikto-xml.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import {
  expectNotDetectedAs,
  fixture,
  otherFixtures,
  scanFileError,
} from '../helpers/fixtures.js';

const path = (name: string) => fixture('nikto-xml', name);
const texts = async (name: string) =>
  [...(await collect(niktoXml, path(name))).findings.entries()].map(
    ([key, finding]) => `${key}\n${finding.text}`,
  );

describe('nikto-xml', () => {
  it('reads the nested layout, one host per inner niktoscan', async () => {
    const { findings, scanTime } = await collect(niktoXml, path('nested.xml'));

    expect([...findings.keys()]).toEqual([
      '198.51.100.7|80/tcp|999103:/',
      '198.51.100.7|80/tcp|001234:/admin/',
      '198.51.100.7|80/tcp|001234:/backup/',
      '2001:db8::20|8443/tcp|999970:/',
    ]);
    expect(scanTime).toEqual(new Date(2026, 2, 3, 9, 0, 2));
  });

  it('keeps the name, the message, method, URI and OSVDB id', async () => {
    const { findings } = await collect(niktoXml, path('nested.xml'));
    const admin = findings.get('198.51.100.7|80/tcp|001234:/admin/');

    expect(admin).toMatchObject({
      hostname: 'intranet.example.org',
      severity: 'info',
    });
    expect(admin?.text).toBe(
      [
        "/admin/: Répertoire d'administration trouvé — « accès libre ».",
        'Method: GET',
        'URI: /admin/',
        'OSVDB: 3092',
        'Nikto test: 001234',
      ].join('\n'),
    );
    expect(findings.get('2001:db8::20|8443/tcp|999970:/')?.hostname).toBe('');
  });

  it('reads the old layout with scandetails under the root', async () => {
    const { findings } = await collect(niktoXml, path('old-layout.xml'));

    expect([...findings.values()]).toMatchObject([
      {
        host: '192.0.2.14',
        hostname: 'files.example.net',
        port: '443/tcp',
        plugin: '999957:/',
      },
    ]);
  });

  it('gives the same texts for a rescan differing in times', async () => {
    expect(await texts('nested-rescan.xml')).toEqual(await texts('nested.xml'));
  });

  it('reads an empty scan as zero findings', async () => {
    const { findings } = await collect(niktoXml, path('empty.xml'));

    expect(findings.size).toBe(0);
  });

  it('refuses truncated XML with a location', async () => {
    const error = await scanFileError(collect(niktoXml, path('truncated.xml')));

    expect(error.message).toMatch(/malformed XML/);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('refuses another XML document', async () => {
    const error = await scanFileError(collect(niktoXml, path('not-nikto.xml')));

    expect(error.message).toMatch(/not a Nikto XML report \(root element/);
  });

  it('is detected for its files and not for the others', async () => {
    for (const name of ['nested.xml', 'old-layout.xml', 'empty.xml']) {
      expect((await detectImporter(path(name))).format).toBe('nikto-xml');
    }
    for (const other of otherFixtures('nikto-xml')) {
      await expectNotDetectedAs(niktoXml, other);
    }
  });
});
