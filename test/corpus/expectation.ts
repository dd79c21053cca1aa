/**
 * What importing one corpus file must give. `count` is the number of
 * distinct host/port/plugin findings, computed in the expectation file
 * WITHOUT the importer (regular expressions, JSON.parse, line counting...).
 * `error` is for files that are genuinely scanner error reports or empty.
 */
export interface CorpusExpectation {
  /** Path under shared/fixtures/real, e.g. `nmap/nmap.xml`. */
  file: string;
  /** The importer expected to be detected. */
  format: string;
  expect: { count: () => number } | { error: RegExp };
}
