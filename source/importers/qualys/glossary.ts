import { child, childText, streamXml, type XmlElement } from '../xml-stream.js';
import { proseSections, type QualysVuln } from './knowledge.js';

/** The knowledge-base entries of a report, by QID. */
export type Glossary = ReadonlyMap<string, QualysVuln>;

/**
 * First pass over an ASSET_DATA_REPORT or WAS_SCAN_REPORT: reads only its
 * glossary, which Qualys writes after the hosts. Memory grows with the
 * number of distinct QIDs (each described once in the file anyway), never
 * with hosts or detections; the second pass then streams the detections.
 */
export async function readGlossary(path: string): Promise<Glossary> {
  const glossary = new Map<string, QualysVuln>();
  await streamXml(path, {
    collect: isGlossaryEntry,
    onElement(entry) {
      glossary.set(childText(entry, 'QID'), vulnFromEntry(entry));
    },
  });

  return glossary;
}

/**
 * `GLOSSARY/VULN_DETAILS_LIST/VULN_DETAILS`, or for WAS reports
 * `GLOSSARY/QID_LIST/QID`.
 */
function isGlossaryEntry(path: readonly string[]): boolean {
  const [list, entry] = path.slice(-2);
  return (
    path.at(-3) === 'GLOSSARY' &&
    ((list === 'VULN_DETAILS_LIST' && entry === 'VULN_DETAILS') ||
      (list === 'QID_LIST' && entry === 'QID'))
  );
}

function vulnFromEntry(entry: XmlElement): QualysVuln {
  return {
    title: childText(entry, 'TITLE'),
    level: Number.parseInt(childText(entry, 'SEVERITY'), 10) || 0,
    category: childText(entry, 'CATEGORY'),
    cvss: cvssOf(entry),
    sections: proseSections([
      ['Threat', childText(entry, 'THREAT') || childText(entry, 'DESCRIPTION')],
      ['Impact', childText(entry, 'IMPACT')],
      ['Solution', childText(entry, 'SOLUTION')],
    ]),
  };
}

/** Base scores only: temporal scores move as exploits appear. */
function cvssOf(entry: XmlElement): string {
  const v2 =
    nestedText(entry, 'CVSS_SCORE', 'CVSS_BASE') ||
    childText(entry, 'CVSS_BASE');
  const v3 =
    nestedText(entry, 'CVSS3_SCORE', 'CVSS3_BASE') ||
    nestedText(entry, 'CVSS_V3', 'BASE');

  return [v2 && `CVSS ${v2}`, v3 && `CVSS3 ${v3}`].filter(Boolean).join(', ');
}

function nestedText(entry: XmlElement, outer: string, inner: string): string {
  const container = child(entry, outer);
  return container ? childText(container, inner) : '';
}
