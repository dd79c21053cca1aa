/** A column of the findings table and how much room it may take. */
export interface Column {
  id:
    | 'mark'
    | 'status'
    | 'severity'
    | 'host'
    | 'port'
    | 'plugin'
    | 'finding'
    | 'issues';
  title: string;
  width: number;
}

interface ColumnSpec {
  id: Column['id'];
  title: string;
  min: number;
  max: number;
  optional?: boolean;
}

// In display order; `finding` takes whatever is left.
const SPECS: readonly ColumnSpec[] = [
  { id: 'mark', title: ' ', min: 1, max: 1 },
  { id: 'status', title: 'STATUS', min: 8, max: 8 },
  { id: 'severity', title: 'SEV', min: 4, max: 8 },
  { id: 'host', title: 'HOST', min: 12, max: 30 },
  { id: 'port', title: 'PORT', min: 7, max: 9 },
  { id: 'plugin', title: 'PLUGIN', min: 8, max: 22 },
  { id: 'finding', title: 'FINDING', min: 10, max: Infinity },
  { id: 'issues', title: 'ISSUES', min: 6, max: 12, optional: true },
];

// Who gets spare room first, and up to how much; the finding text also
// gets whatever is left at the end.
const GROWTH: readonly [Column['id'], number][] = [
  ['severity', 8],
  ['port', 9],
  ['finding', 30],
  ['issues', 12],
  ['host', 24],
  ['plugin', 18],
  ['finding', 50],
  ['host', 30],
  ['plugin', 22],
];

/** Widths for a table `width` cells wide, one space between columns. */
export function layoutColumns(width: number): Column[] {
  const required = SPECS.filter((spec) => !spec.optional);
  const minimum = (specs: readonly ColumnSpec[]) =>
    specs.reduce((sum, spec) => sum + spec.min + 1, -1);
  const specs = minimum(SPECS) <= width ? SPECS : required;
  const widths = new Map(specs.map((spec) => [spec.id, spec.min]));
  let spare = width - minimum(specs);

  for (const [id, upTo] of GROWTH) {
    const current = widths.get(id);
    if (current === undefined) continue;
    const grow = Math.max(0, Math.min(spare, upTo - current));
    widths.set(id, current + grow);
    spare -= grow;
  }

  widths.set('finding', (widths.get('finding') ?? 0) + Math.max(0, spare));
  return specs.map((spec) => ({
    id: spec.id,
    title: spec.title,
    width: widths.get(spec.id) ?? spec.min,
  }));
}
