/** One record of a generated scan file and the findings it should give. */
export interface GeneratedRecord {
  text: string;
  findings: number;
}

/**
 * Writes a scan file of one format record by record: what comes before
 * the records, each record by its number (from 0), and what closes them.
 */
export interface Generator {
  header(): string;
  record(index: number): GeneratedRecord;
  footer(): string;
}
