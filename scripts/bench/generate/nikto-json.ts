import { niktoTarget, RESULTS_PER_TARGET } from './nikto-results.js';
import type { Generator } from './types.js';

/** Nikto `-Format json`: an array of targets, results after the address. */
export const niktoJsonGenerator: Generator = {
  header: () => '[\n',

  record(index) {
    const target = niktoTarget(index);
    const host = {
      host: target.hostname,
      ip: target.ip,
      port: String(target.port),
      banner: 'nginx/1.24.0',
      vulnerabilities: target.results.map((result) => ({
        id: result.id,
        method: result.method,
        url: result.uri,
        msg: result.message,
      })),
    };

    const separator = index === 0 ? '' : ',\n';
    const text = `${separator}${JSON.stringify(host, null, 2)}`;
    return { text, findings: RESULTS_PER_TARGET };
  },

  footer: () => '\n]\n',
};
