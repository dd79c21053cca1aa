/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the items, picked by the random source. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A distinct address per index: mostly IPv4, every seventh one IPv6. */
export function address(index: number): string {
  if (index % 7 === 6) return `2001:db8::${index.toString(16)}`;

  const a = (index >>> 16) & 255;
  const b = (index >>> 8) & 255;
  return `10.${a}.${b}.${index & 255}`;
}

export function hostName(index: number): string {
  return `host-${index}.example.net`;
}

const WORDS = (
  'the remote service version affected multiple vulnerabilities ' +
  'attacker could exploit this issue to execute arbitrary code ' +
  'denial of service authentication bypass header missing ' +
  'configuration allows weak cipher suites certificate expired ' +
  'upgrade to the latest release vendor advisory patch available ' +
  'request response server banner disclosed information sensitive ' +
  'café naïve résumé Größe ドキュメント 漏洩 — «quoted» “smart”'
).split(' ');

/**
 * Prose of `minWords` to `maxWords` words, in lines of about 70
 * characters, as scanner descriptions and plugin outputs read.
 */
export function prose(
  random: () => number,
  minWords: number,
  maxWords: number,
): string {
  const count = minWords + Math.floor(random() * (maxWords - minWords + 1));
  const lines: string[] = [];
  let line = '';
  for (let word = 0; word < count; word++) {
    line += (line ? ' ' : '') + pick(random, WORDS);
    if (line.length > 70) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);

  return lines.join('\n');
}

/** Text for XML element content. */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text for an XML attribute value, its line breaks kept as Nmap does. */
export function xmlAttribute(text: string): string {
  return xml(text).replace(/"/g, '&quot;').replace(/\n/g, '&#xa;');
}
