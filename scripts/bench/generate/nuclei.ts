import type { Generator } from './types.js';
import { address, hostName, pick, prose, randomFrom } from './vary.js';

const TEMPLATES = [
  ['CVE-2023-46747', 'critical', 'F5 BIG-IP - Unauthenticated RCE'],
  ['http-missing-security-headers', 'info', 'HTTP Missing Security Headers'],
  ['tech-detect', 'info', 'Wappalyzer Technology Detection'],
  ['git-config', 'medium', 'Git Configuration - Detect'],
  ['weak-cipher-suites', 'low', 'Weak Cipher Suites Detection'],
] as const;

/** Nuclei JSON lines (`-jsonl`): one result per line, five per host. */
export const nucleiGenerator: Generator = {
  header: () => '',

  record(index) {
    const random = randomFrom(index);
    const host = Math.floor(index / TEMPLATES.length);
    const [id, severity, name] = TEMPLATES[index % TEMPLATES.length] ?? [];
    const url = `https://${hostName(host)}:8443`;
    const path = `/${pick(random, ['login', 'admin', 'api'])}/${index}`;
    const result = {
      'template-id': id,
      info: {
        name,
        author: ['pdteam'],
        tags: ['cve', 'misconfig'],
        description: prose(random, 20, 150),
        severity,
      },
      type: 'http',
      host: hostName(host),
      port: '8443',
      scheme: 'https',
      url,
      'matched-at': `${url}${path}`,
      'extracted-results': [prose(random, 1, 10)],
      request: `GET ${path} HTTP/1.1\r\nHost: ${hostName(host)}\r\n\r\n`,
      response: `HTTP/1.1 200 OK\r\n\r\n${prose(random, 10, 200)}`,
      ip: address(host),
      timestamp: '2026-03-02T09:01:02.123456789Z',
      'matcher-status': true,
    };
    return { text: `${JSON.stringify(result)}\n`, findings: 1 };
  },

  footer: () => '',
};
