import type { Severity } from '../domain/severity.js';

/** One finding as a scanner reported it, before it reaches the store. */
export interface ScanFinding {
  /** IPv4/IPv6 address, or the name when the scanner only reports names. */
  host: string;
  /** DNS name of the host, when known; '' otherwise. */
  hostname?: string;
  /** `80/tcp`, `53/udp`, or `general` for host-level output. */
  port: string;
  /** The scanner's own check id (plugin id, NVT OID, NSE script id...). */
  plugin: string;
  severity: Severity;
  /** Output that identifies the finding; volatile parts already removed. */
  text: string;
}

/** Receives what an importer reads, as it reads it. */
export interface FindingSink {
  /** The scan's own start time, when the file records it. */
  setScanTime(time: Date): void;
  add(finding: ScanFinding): void;
}

/** A scan output file on disk. */
export interface ScanFile {
  path: string;
}

/** Reads one scanner's output format. */
export interface Importer {
  /** Short name for `--format`, e.g. `nmap`. */
  format: string;
  /** Scanner name recorded on new scans, e.g. `Nmap`. */
  scanner: string;
  /** One line for help texts, e.g. `Nmap XML (-oX)`. */
  description: string;
  /**
   * Whether the file looks like this format. `head` is the start of the
   * file (up to 64 KiB) as text, byte-order mark removed.
   */
  detect(head: string): boolean;
  /** Streams the file into the sink; throws ScanFileError on bad input. */
  parse(file: ScanFile, sink: FindingSink): Promise<void>;
}

/**
 * Bad input in a scan file. `location` says where, e.g. `line 3, column 7`
 * or `record 12`; the file name is added by whoever reports the error.
 */
export class ScanFileError extends Error {
  constructor(
    message: string,
    readonly location?: string,
  ) {
    super(message);
    this.name = 'ScanFileError';
  }
}

/** `80/tcp` for a port and protocol; `general` for port 0 or none. */
export function formatPort(
  port: number | string | undefined,
  protocol: string | undefined,
): string {
  const number = Number(port);
  if (!port || !Number.isInteger(number) || number <= 0) return 'general';

  return `${number}/${(protocol || 'tcp').toLowerCase()}`;
}
