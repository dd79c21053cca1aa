import { sanitizeLine } from '../../text/sanitize.js';
import { detailLayout } from '../finding-detail/detail-layout.js';
import { scrollSpan, spanLabel } from '../scroll-span.js';
import type { FindingDetailOverlay } from '../triage/overlays.js';

export function findingTitle({ findingId }: FindingDetailOverlay): string {
  return `finding #${findingId}`;
}

/** `10.0.0.1 (web) │ 443/tcp │ ssl-cert │ lines 1-14 of 30`. */
export function findingDetailSummary(
  overlay: FindingDetailOverlay,
  width: number,
  paneHeight: number,
): string {
  const { detail } = overlay;
  if (!detail) return `finding #${overlay.findingId} no longer exists`;

  const host = sanitizeLine(detail.host);
  const hostname = sanitizeLine(detail.hostname);
  const lines = detailLayout(detail, width);
  return [
    hostname === '' ? host : `${host} (${hostname})`,
    sanitizeLine(detail.port),
    sanitizeLine(detail.plugin),
    spanLabel(scrollSpan(overlay.scroll, lines.length, paneHeight)),
  ].join(' │ ');
}
