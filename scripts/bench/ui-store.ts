import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../../source/domain/severity.js';
import type { FindingSink } from '../../source/importers/types.js';
import { Store } from '../../source/store/store.js';
import { address, hostName, pick, prose, randomFrom } from './generate/vary.js';

/**
 * Bump when the generated data or the store schema changes, so old
 * caches are not reused.
 */
const VERSION = 2;

export const WORKSPACE = 'bench';

const FINDINGS_PER_HOST = 50;

const SCANS = [
  { name: 'external nmap', scanner: 'Nmap', format: 'nmap', share: 0.3 },
  { name: 'internal nessus', scanner: 'Nessus', format: 'nessus', share: 0.7 },
];

const PORTS = [
  '22/tcp',
  '25/tcp',
  '53/udp',
  '80/tcp',
  '123/udp',
  '161/udp',
  '443/tcp',
  '445/tcp',
  '3306/tcp',
  '3389/tcp',
  '5432/tcp',
  '8080/tcp',
  '8443/tcp',
  'general',
];

/** Scanner severities are mostly informational, as in real scans. */
const SEVERITIES: Severity[] = [
  ...Array<Severity>(12).fill('info'),
  ...Array<Severity>(4).fill('low'),
  ...Array<Severity>(3).fill('medium'),
  'high',
  'critical',
];

/**
 * The path of the generated store of `findings` findings under `dir`,
 * generating it first when it is missing (or `fresh`): about 35 s for a
 * million, so reruns reuse it.
 */
export async function benchStore(
  dir: string,
  findings: number,
  fresh: boolean,
  say: (text: string) => void,
): Promise<string> {
  const path = join(dir, `ui-store-v${VERSION}-${findings}.db`);
  if (existsSync(path) && !fresh) return path;

  mkdirSync(dir, { recursive: true });
  const partial = `${path}.partial`;
  removeStore(partial);
  removeStore(path);
  const started = performance.now();
  say(`Generating a store of ${findings} findings (cached as ${path})...`);
  const store = Store.open(partial, { user: 'bench' });
  try {
    await fill(store, findings);
  } finally {
    store.close();
  }

  renameSync(partial, path);
  const seconds = (performance.now() - started) / 1000;
  say(`Generated in ${seconds.toFixed(1)} s.`);
  return path;
}

async function fill(store: Store, findings: number): Promise<void> {
  const random = randomFrom(20261204);
  let firstHost = 0;
  for (const scan of SCANS) {
    const count = Math.round(findings * scan.share);
    await store.importRun(
      {
        workspace: WORKSPACE,
        scan: scan.name,
        scanner: scan.scanner,
        format: scan.format,
        sourceFile: `${scan.format}-generated`,
        sourceSha256: '0'.repeat(64),
        scanTime: new Date('2026-11-30T02:00:00Z'),
      },
      async (sink) => addFindings(sink, random, firstHost, count),
    );
    firstHost += Math.ceil(count / FINDINGS_PER_HOST);
  }

  triage(store, random, findings);
}

function addFindings(
  sink: FindingSink,
  random: () => number,
  firstHost: number,
  count: number,
): void {
  for (let index = 0; index < count; index++) {
    const host = firstHost + Math.floor(index / FINDINGS_PER_HOST);
    const slot = index % FINDINGS_PER_HOST;
    const plugin = String(10000 + ((host * 7919 + slot * 104729) % 190000));
    const words = prose(random, 8, 40);
    sink.add({
      host: address(host),
      hostname: host % 3 === 0 ? '' : hostName(host),
      port: PORTS[slot % PORTS.length] as string,
      plugin,
      severity: pick(random, SEVERITIES),
      text: `Plugin ${plugin}: ${words}`,
    });
  }
}

/** Some issues with linked findings and some statuses an analyst set. */
function triage(store: Store, random: () => number, findings: number) {
  const issues = 40;
  for (let number = 1; number <= issues; number++) {
    const linked = Array.from({ length: 25 + number * 10 }, () =>
      randomId(random, findings),
    );
    store.createIssue(
      {
        workspace: WORKSPACE,
        name: `Generated issue ${number}`,
        extRef: `BENCH-${number}`,
        severity: pick(random, SEVERITIES),
      },
      [...new Set(linked)],
    );
  }

  for (const status of ['open', 'no-issue', 'closed', 'masked'] as const) {
    const ids = Array.from({ length: 500 }, () => randomId(random, findings));
    store.updateFindings([...new Set(ids)], { status });
  }
}

function randomId(random: () => number, findings: number): number {
  return 1 + Math.floor(random() * findings);
}

function removeStore(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${path}${suffix}`, { force: true });
  }
}
