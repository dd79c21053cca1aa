/** Erase Saved Lines: wipes the terminal's scrollback, not just the screen. */
const ERASE_SCROLLBACK = '\u001b[3J';

/**
 * The stdout Ink draws to. Ink clears the whole terminal, scrollback
 * included, when a frame is taller than the terminal, which happens once
 * after every shrink; the screen runs in the alternate buffer, where
 * clearing the screen is enough, so the scrollback erase is dropped and
 * the user's history survives resizes. Everything else is the real
 * stream (its size, its events).
 */
export function keepScrollback(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  const wrapped = Object.create(stdout) as NodeJS.WriteStream;
  wrapped.write = ((chunk: unknown, ...rest: unknown[]) => {
    const data =
      typeof chunk === 'string'
        ? chunk.replaceAll(ERASE_SCROLLBACK, '')
        : chunk;
    return (stdout.write as (...args: unknown[]) => boolean)(data, ...rest);
  }) as NodeJS.WriteStream['write'];

  return wrapped;
}
