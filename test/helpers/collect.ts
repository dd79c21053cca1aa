import type { Importer, ScanFinding } from '../../source/importers/types.js';

export interface Collected {
  /** Findings by `host|port|plugin`, duplicates merged as the store does. */
  findings: Map<string, ScanFinding>;
  scanTime?: Date;
}

export function findingKey(finding: ScanFinding): string {
  return `${finding.host}|${finding.port}|${finding.plugin}`;
}

/** Runs an importer over a file and keeps what it emits. */
export async function collect(
  importer: Importer,
  path: string,
): Promise<Collected> {
  const collected: Collected = { findings: new Map() };
  await importer.parse(
    { path },
    {
      setScanTime(time) {
        collected.scanTime = time;
      },
      add(finding) {
        const key = findingKey(finding);
        const earlier = collected.findings.get(key);
        collected.findings.set(
          key,
          earlier
            ? { ...earlier, text: `${earlier.text}\n\n${finding.text}` }
            : finding,
        );
      },
    },
  );

  return collected;
}
