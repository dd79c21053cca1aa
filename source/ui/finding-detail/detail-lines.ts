import { diffLines } from 'diff';
import type { FindingDetail } from '../../store/types.js';
import { sanitizeLine, sanitizeLines } from '../../text/sanitize.js';
import { wrapWords } from '../../text/wrap.js';

/** How a line is drawn; markers carry the meaning without colour too. */
export type LineTone = 'heading' | 'added' | 'removed' | 'dim' | 'plain';

export interface DetailLine {
  text: string;
  tone: LineTone;
}

const heading = (text: string): DetailLine => ({ text, tone: 'heading' });
const plain = (text: string): DetailLine => ({ text, tone: 'plain' });
const dim = (text: string): DetailLine => ({ text, tone: 'dim' });

function textLines(text: string): string[] {
  const lines = sanitizeLines(text);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The text against the previous run's: `+ ` added, `- ` removed. */
export function diffAgainstPrevious(
  previous: string | null,
  text: string,
): DetailLine[] {
  if (previous === null) return [dim('(no earlier run of this finding)')];
  if (previous === text) return [dim('(unchanged since the previous run)')];

  const lines: DetailLine[] = [];
  for (const change of diffLines(previous, text)) {
    const [marker, tone]: [string, LineTone] = change.added
      ? ['+ ', 'added']
      : change.removed
        ? ['- ', 'removed']
        : ['  ', 'plain'];
    for (const line of textLines(change.value)) {
      lines.push({ text: marker + line, tone });
    }
  }

  return lines;
}

/**
 * Everything the finding detail shows, as sanitized lines: the finding,
 * its text, remark, linked issues, history and the diff.
 */
export function findingDetailLines(detail: FindingDetail): DetailLine[] {
  const host = detail.hostname
    ? `${detail.host} (${detail.hostname})`
    : detail.host;
  const lines: DetailLine[] = [
    heading(sanitizeLine(`${host}  ${detail.port}  ${detail.plugin}`)),
    plain(
      sanitizeLine(
        `${detail.severity} · ${detail.status} · ` +
          `${detail.workspace} / ${detail.scan} · finding ${detail.id}`,
      ),
    ),
    heading('── Text'),
    ...textLines(detail.finding).map(plain),
    heading('── Remark'),
    ...(detail.remark ? textLines(detail.remark).map(plain) : [dim('(none)')]),
    heading('── Issues'),
  ];

  if (detail.linkedIssues.length === 0) lines.push(dim('(not linked)'));
  for (const issue of detail.linkedIssues) {
    lines.push(
      plain(
        sanitizeLine(
          `${issue.extRef || `#${issue.id}`}  ${issue.name}  ` +
            `[${issue.severity}, ${issue.status}]`,
        ),
      ),
    );
  }

  lines.push(heading('── History'));
  for (const entry of detail.history) {
    const remark = entry.remark ? `  remark: ${entry.remark}` : '';
    lines.push(
      plain(
        sanitizeLine(
          `${entry.at}  ${entry.user}  run ${entry.runId}  ` +
            `${entry.status}  ${entry.severity}${remark.split(/\r?\n/)[0]}`,
        ),
      ),
    );
  }

  lines.push(heading('── Changes against the previous run'));
  lines.push(...diffAgainstPrevious(detail.previousText, detail.finding));
  return lines;
}

/**
 * Word-wraps lines to the width in terminal cells, so nothing of the text
 * is cut off. A diff line's continuations keep its `+ `/`- ` marker.
 */
export function wrapDetailLines(
  lines: readonly DetailLine[],
  width: number,
): DetailLine[] {
  return lines.flatMap((line) => {
    const marker =
      line.tone === 'added' || line.tone === 'removed'
        ? line.text.slice(0, 2)
        : '';
    const text = line.text.slice(marker.length);
    return wrapWords(text, width - marker.length).map((part) => ({
      text: marker + part,
      tone: line.tone,
    }));
  });
}
