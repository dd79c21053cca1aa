import { describe, expect, it } from 'vitest';
import { parseFilter, withTerm } from '../../source/filter/parse.js';

describe('parseFilter', () => {
  it('maps field terms and free text onto the store filter', () => {
    const parsed = parseFilter(
      'status:new,changed sev:>=medium host:10.0.* port:443 plugin:ssl-cert ' +
        'hostname:web issue:DEMO-1 scan:weekly apache "two words"',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.filter).toEqual({
      status: ['new', 'changed'],
      severity: ['critical', 'high', 'medium'],
      host: ['10.0.*'],
      port: ['443/*'],
      plugin: ['ssl-cert'],
      hostname: ['web'],
      text: ['apache', 'two words'],
    });
    expect(parsed.issueRefs).toEqual(['DEMO-1']);
    expect(parsed.scanNames).toEqual(['weekly']);
  });

  it('understands severity comparisons and lists', () => {
    expect(parseFilter('sev:>high').filter.severity).toEqual(['critical']);
    expect(parseFilter('severity:<low').filter.severity).toEqual([
      'info',
      'none',
    ]);
    expect(parseFilter('sev:<=low').filter.severity).toEqual([
      'low',
      'info',
      'none',
    ]);
    expect(parseFilter('sev:HIGH,info').filter.severity).toEqual([
      'high',
      'info',
    ]);
  });

  it('negates status and severity by taking the rest', () => {
    expect(parseFilter('-status:gone,closed').filter.status).toEqual([
      'new',
      'changed',
      'open',
      'no-issue',
      'masked',
    ]);
    expect(parseFilter('-sev:info,none').filter.severity).toEqual([
      'critical',
      'high',
      'medium',
      'low',
    ]);
  });

  it('narrows repeated status terms and adds repeated patterns', () => {
    const parsed = parseFilter('sev:>=medium sev:<=high host:a host:b');
    expect(parsed.filter.severity).toEqual(['high', 'medium']);
    expect(parsed.filter.host).toEqual(['a', 'b']);
  });

  it('reads issue ids, none and any', () => {
    expect(parseFilter('issue:#12,#13').filter.issueId).toEqual([12, 13]);
    expect(parseFilter('issue:none').filter.unlinked).toBe(true);
    expect(parseFilter('issue:any').filter.unlinked).toBe(false);
  });

  it('reports bad terms without dropping the good ones', () => {
    const parsed = parseFilter('status:nwe sev:>=urgent -host:x port:80');
    expect(parsed.errors).toEqual([
      expect.stringContaining('status:nwe: unknown status nwe'),
      expect.stringContaining('sev:>=urgent: unknown severity'),
      '-host:x: only status and severity can be negated',
    ]);
    expect(parsed.filter).toEqual({ port: ['80/*'] });
  });

  it('names unknown fields, suggesting the one meant', () => {
    const parsed = parseFilter('statu:new "Memory Leak" sev:>=hgh port:80');
    expect(parsed.errors).toEqual([
      'statu:new: unknown field, did you mean status?',
      'sev:>=hgh: unknown severity, did you mean high?',
    ]);
    expect(parsed.filter).toEqual({ port: ['80/*'], text: ['Memory Leak'] });
    expect(parseFilter('colour:red').errors).toEqual([
      'colour:red: unknown field "colour" (fields: status, sev, severity, ' +
        'host, hostname, port, plugin, issue, scan)',
    ]);
  });

  it('keeps URLs, numeric prefixes and quoted values as text', () => {
    expect(parseFilter('https://x.example/a').filter.text).toEqual([
      'https://x.example/a',
    ]);
    expect(parseFilter('"CVE:2021" 10:30 "status:new"').filter).toEqual({
      text: ['CVE:2021', '10:30', 'status:new'],
    });
    expect(parseFilter('plugin:"ssl cert"').filter.plugin).toEqual([
      'ssl cert',
    ]);
  });

  it('treats an empty or blank line as no filter', () => {
    expect(parseFilter('   ')).toEqual({
      filter: {},
      issueRefs: [],
      scanNames: [],
      errors: [],
    });
  });

  it('survives hostile input', () => {
    const parsed = parseFilter('\x1b]52;c;AA==\x07 status: : "unclosed');
    expect(parsed.filter.text).toHaveLength(4);
  });
});

describe('withTerm', () => {
  it('appends a term, quoting values that need it', () => {
    expect(withTerm('', 'host', '10.0.0.1')).toBe('host:10.0.0.1');
    expect(withTerm('apache ', 'plugin', 'ssl cert')).toBe(
      'apache plugin:"ssl cert"',
    );
    expect(parseFilter(withTerm('', 'plugin', 'a,b')).filter.plugin).toEqual([
      'a,b',
    ]);
  });
});
