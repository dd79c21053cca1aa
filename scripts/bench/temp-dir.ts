import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A fresh folder under the OS temp dir that is removed when the process
 * ends, however it ends: normal exit, an uncaught error or a signal.
 */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });

  process.on('exit', remove);
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      remove();
      process.stderr.write(`\nbench: stopped by ${signal}, removed ${dir}\n`);
      process.exit(130);
    });
  }

  return dir;
}
