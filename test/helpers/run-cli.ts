import { main } from '../../source/commands/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in-process against the given store file. */
export async function runCli(
  storePath: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--db', storePath, '--user', 'tester', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
  });

  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Parses a command's --json output. */
export async function runJson<T>(
  storePath: string,
  args: string[],
): Promise<T> {
  const result = await runCli(storePath, [...args, '--json']);
  if (result.code !== 0) throw new Error(`cli failed: ${result.err}`);
  return JSON.parse(result.out) as T;
}
