// The first segmenter costs ~16 ms; callers that never need one pay none.
let segmenter: Intl.Segmenter | undefined;

/**
 * Code units segmented at a time. V8's Intl.Segmenter grows quadratically
 * slower with the length of what it segments: a 200,000-character line
 * of scan output took over a minute, one window at a time takes
 * milliseconds.
 */
const WINDOW = 256;

/** The text's grapheme clusters, in order. */
export function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter();
  let start = 0;

  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    const window = text.slice(start, end);
    let last: Intl.SegmentData | undefined;
    for (const part of segmenter.segment(window)) {
      if (last) yield last.segment;
      last = part;
    }

    // The window's last cluster may go on past its end: it starts the
    // next window, unless it fills this one (a cluster that long is cut).
    if (end === text.length || last === undefined || last.index === 0) {
      if (last) yield last.segment;
      start = end;
    } else {
      start += last.index;
    }
  }
}
