import { address, hostName, pick, prose, randomFrom } from './vary.js';

const RULES = [
  ['10020', 'Missing Anti-clickjacking Header', '2', '1021'],
  ['10036', 'Server Leaks Version Information', '1', '200'],
  ['40012', 'Cross Site Scripting (Reflected)', '3', '79'],
  ['10038', 'Content Security Policy Header Not Set', '2', '693'],
  ['90022', 'Application Error Disclosure', '1', '200'],
  ['40018', 'SQL Injection', '3', '89'],
] as const;

const RISKS = ['Informational', 'Low', 'Medium', 'High'];

export const ALERTS_PER_SITE = 5;

/** What a ZAP site and its alerts say, shared by XML and JSON. */
export interface ZapSiteData {
  name: string;
  host: string;
  port: string;
  ssl: string;
  alerts: Record<string, string>[];
  instances: Record<string, string>[][];
}

/** Site `index` with five alerts (distinct alertRefs), 1–3 instances each. */
export function zapSite(index: number): ZapSiteData {
  const random = randomFrom(index);
  const ssl = index % 2 === 0;
  const host = index % 7 === 6 ? address(index) : hostName(index);
  const port = ssl ? '443' : '8080';
  const name = `${ssl ? 'https' : 'http'}://${host}:${port}`;
  const alerts: Record<string, string>[] = [];
  const instances: Record<string, string>[][] = [];

  for (let alert = 0; alert < ALERTS_PER_SITE; alert++) {
    const [id, title, risk, cwe] = RULES[(index + alert) % RULES.length] ?? [];
    alerts.push({
      pluginid: id ?? '',
      alertRef: `${id}-${alert}`,
      alert: title ?? '',
      name: title ?? '',
      riskcode: risk ?? '0',
      confidence: '2',
      riskdesc: `${RISKS[Number(risk)]} (Medium)`,
      desc: `<p>${prose(random, 30, 200)}</p>`,
      solution: `<p>${prose(random, 10, 60)}</p>`,
      reference: `<p>https://owasp.org/rule/${id}</p>`,
      cweid: cwe ?? '',
      wascid: '15',
      sourceid: '3',
    });
    instances.push(
      Array.from({ length: 1 + Math.floor(random() * 3) }, (_, at) => ({
        uri: `${name}/${pick(random, ['app', 'login', 'search'])}/${at}`,
        method: pick(random, ['GET', 'POST']),
        param: pick(random, ['q', 'x-frame-options', 'id']),
        evidence: prose(random, 0, 12),
      })),
    );
  }

  return { name, host, port, ssl: String(ssl), alerts, instances };
}
