import { type ChildProcess, spawn } from 'node:child_process';

/** What one import in a child process measured. */
export interface ImportMeasure {
  format: string;
  findings: number;
  seconds: number;
  peakRssMb: number;
}

const CHILD = new URL('./import-child.js', import.meta.url).pathname;

// A signal sent to the bench alone (not to its process group) must not
// leave an import running on files that are being removed.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill();
});

/**
 * Imports `file` into a new store at `storePath` in a child process.
 * SQLite's temporary files go to `tempDir`, so they are cleaned up too.
 */
export function runImport(
  file: string,
  storePath: string,
  tempDir: string,
): Promise<ImportMeasure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, file, storePath], {
      env: { ...process.env, SQLITE_TMPDIR: tempDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });

    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) {
        resolve(JSON.parse(out) as ImportMeasure);
        return;
      }
      const why = err.trim().split('\n').at(-1) || `signal ${signal}`;
      reject(new Error(`import failed (exit ${code ?? signal}): ${why}`));
    });
  });
}
