import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Generator } from './types.js';

/** Strings are written in batches of about this many characters. */
const BATCH_CHARS = 1024 * 1024;

export interface GeneratedFile {
  bytes: number;
  /** How many distinct findings the importer should read from it. */
  findings: number;
}

/**
 * Streams records of a format to `path` until the file is about `bytes`
 * long; only one batch of text is ever held in memory.
 */
export async function writeGeneratedFile(
  path: string,
  generator: Generator,
  bytes: number,
): Promise<GeneratedFile> {
  const out = createWriteStream(path);
  const footer = generator.footer();
  const footerBytes = Buffer.byteLength(footer);
  let written = 0;
  let findings = 0;
  let batch = generator.header();

  const flush = async () => {
    written += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, 'drain');
    batch = '';
  };

  for (let index = 0; written + batch.length + footerBytes < bytes; index++) {
    const record = generator.record(index);
    batch += record.text;
    findings += record.findings;
    if (batch.length >= BATCH_CHARS) await flush();
  }

  batch += footer;
  await flush();
  out.end();
  await once(out, 'finish');

  return { bytes: written, findings };
}
