import { readHead, readLines } from './file-text.js';
import { streamJson } from './json-stream.js';
import { JsonSyntaxCheck } from './json-syntax.js';
import { findingFromRecord } from './nuclei-record.js';
import { type FindingSink, type Importer, ScanFileError } from './types.js';

const TEMPLATE_KEY = /"(?:template-id|templateID)"\s*:/;

/**
 * Nuclei results: JSON lines (`-jsonl`, legacy `-json`) of any version, or
 * the pretty-printed array written by `-json-export`.
 */
export const nucleiImporter: Importer = {
  format: 'nuclei',
  scanner: 'Nuclei',
  description: 'Nuclei JSONL (-jsonl) or JSON export (-json-export)',

  detect(head) {
    const start = head.trimStart().charAt(0);
    return (
      (start === '{' || start === '[') &&
      TEMPLATE_KEY.test(head) &&
      /"info"\s*:/.test(head)
    );
  },

  async parse(file, sink) {
    const head = await readHead(file.path, 1024);
    if (head.trimStart().startsWith('[')) await parseArray(file.path, sink);
    else await parseLines(file.path, sink);
  },
};

async function parseLines(path: string, sink: FindingSink): Promise<void> {
  for await (const { line, number } of readLines(path)) {
    if (line.trim() === '') continue;

    const location = `line ${number}`;
    const finding = findingFromRecord(parseLine(line, number), location);
    if (finding) sink.add(finding);
  }
}

/** `-json-export` writes one array; results are streamed one by one. */
async function parseArray(path: string, sink: FindingSink): Promise<void> {
  const results = streamJson(path, (at) => at.length === 1);
  for await (const { path: at, value } of results) {
    const finding = findingFromRecord(value, `record ${Number(at[0]) + 1}`);
    if (finding) sink.add(finding);
  }
}

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    const check = new JsonSyntaxCheck();
    check.feed(line);
    const problem = check.end();
    if (!problem) {
      const reason = (error as Error).message.replace(/\s*in JSON.*$/, '');
      throw new ScanFileError(`malformed JSON: ${reason}`, `line ${number}`);
    }
    throw new ScanFileError(
      `malformed JSON: ${problem.message}`,
      `line ${number}, column ${problem.column}`,
    );
  }
}
