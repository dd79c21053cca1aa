import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { zapXml } from '../../source/importers/zap-xml.js';
import { collect } from '../helpers/collect.js';
import {
  expectNotDetectedAs,
  fixture,
  otherFixtures,
  scanFileError,
} from '../helpers/fixtures.js';

const path = (name: string) => fixture('zap-xml', name);
const texts = async (name: string) =>
  [...(await collect(zapXml, path(name))).findings.entries()].map(
    ([key, finding]) => `${key}\n${finding.text}`,
  );

describe('zap-xml', () => {
  it('reads each site, one finding per alertRef', async () => {
    const { findings, scanTime } = await collect(
      zapXml,
      path('traditional.xml'),
    );

    expect([...findings.keys()]).toEqual([
      'portal.example.org|443/tcp|10020-1',
      'portal.example.org|443/tcp|10020-2',
      'portal.example.org|443/tcp|40012',
      '2001:db8::5|8080/tcp|10036',
    ]);
    expect(scanTime).toEqual(new Date('2026-03-03T09:15:42.118204Z'));
  });

  it('maps riskcode 3 to high and keeps risk and confidence', async () => {
    const { findings } = await collect(zapXml, path('traditional.xml'));
    const xss = findings.get('portal.example.org|443/tcp|40012');

    expect(xss).toMatchObject({
      host: 'portal.example.org',
      hostname: 'portal.example.org',
      severity: 'high',
    });
    expect(xss?.text).toBe(
      [
        'Cross Site Scripting (Reflected)',
        'Risk: High (riskcode 3)',
        'Confidence: High (3)',
        'CWE: 79',
        'WASC: 8',
        '',
        'Cross-site Scripting (XSS) is an attack technique.',
        '',
        'Instances:',
        '- GET https://portal.example.org/search?q=%3Cscript%3E',
        '  param: q',
        '  attack: <scrIpt>alert(1);</scRipt>',
        '  evidence: <scrIpt>alert(1);</scRipt>',
        '',
        'Solution:',
        'Encode output.',
        '',
        'References:',
        'https://owasp.org/www-community/attacks/xss/',
      ].join('\n'),
    );
  });

  it('keeps unicode text and an IPv6 site without a name', async () => {
    const { findings } = await collect(zapXml, path('traditional.xml'));

    expect(findings.get('portal.example.org|443/tcp|10020-2')?.text).toContain(
      'Mehrere X-Frame-Options-Header gefunden – „ungültig“.',
    );
    expect(findings.get('2001:db8::5|8080/tcp|10036')).toMatchObject({
      hostname: '',
      severity: 'low',
    });
  });

  it('ignores dates, counts and instance order', async () => {
    expect(await texts('traditional-rescan.xml')).toEqual(
      await texts('traditional.xml'),
    );
  });

  it('leaves request and response out of XML-plus, keeps tags', async () => {
    const { findings, scanTime } = await collect(zapXml, path('plus.xml'));
    const csp = findings.get('192.0.2.60|3000/tcp|10038');

    expect(findings.size).toBe(1);
    expect(csp?.severity).toBe('medium');
    expect(csp?.text).toContain('Tags: CWE-693, OWASP_2021_A05');
    expect(csp?.text).toContain('- GET http://192.0.2.60:3000/');
    expect(csp?.text).not.toMatch(/SECRET-REQUEST-COOKIE|RESPONSE-BODY|Date:/);
    expect(csp?.text).not.toContain('stats.pscan');
    expect(scanTime).toBeUndefined();
  });

  it('reads a site without alerts as zero findings', async () => {
    const { findings } = await collect(zapXml, path('empty.xml'));

    expect(findings.size).toBe(0);
  });

  it('refuses an alert whose riskcode it cannot map', async () => {
    const error = await scanFileError(collect(zapXml, path('bad-risk.xml')));

    expect(error.message).toMatch(/no valid riskcode \('severe'\)/);
    expect(error.location).toBe('record 3');
  });

  it('refuses truncated XML with a location', async () => {
    const error = await scanFileError(collect(zapXml, path('truncated.xml')));

    expect(error.message).toMatch(/malformed XML/);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('is detected for its files and not for the others', async () => {
    for (const name of ['traditional.xml', 'plus.xml', 'empty.xml']) {
      expect((await detectImporter(path(name))).format).toBe('zap-xml');
    }
    for (const other of otherFixtures('zap-xml')) {
      await expectNotDetectedAs(zapXml, other);
    }
  });
});
