// Imports one file into a fresh store through the CLI's own import path
// (detect, checksum, importer, Store.importRun) and prints what it took.
// Run as its own process so its peak RSS is this import's alone.
import { importCommand } from '../../source/commands/import.js';
import { Store } from '../../source/store/store.js';

const [file, storePath] = process.argv.slice(2);
if (!file || !storePath) {
  process.stderr.write('usage: import-child FILE STORE\n');
  process.exit(2);
}

const lines: string[] = [];
const started = performance.now();
const store = Store.open(storePath, { user: 'bench' });
try {
  await importCommand(
    store,
    {
      files: [file],
      workspace: 'bench',
      scan: 'bench',
      allowEmpty: false,
      json: true,
    },
    { out: (text) => lines.push(text), err: () => {}, env: process.env },
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
} finally {
  store.close();
}
const seconds = (performance.now() - started) / 1000;

const [result] = JSON.parse(lines.join('\n')) as {
  format: string;
  findingsRead: number;
}[];
process.stdout.write(
  JSON.stringify({
    format: result?.format,
    findings: result?.findingsRead,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
