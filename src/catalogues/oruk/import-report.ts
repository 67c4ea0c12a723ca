import { formatPath } from '../../domain';
import type { ImportIssue } from './feed-reader';

export type { ImportIssue } from './feed-reader';

/** Which of the shapes found in the wild the feed has (pages of HSDS 3.0 or of legacy ORUK, a bare list, or one service). */
export type FeedShape = 'hsds-3.0-page' | 'legacy-oruk-page' | 'list' | 'single-service' | 'unrecognised';

/** What happened to one record of the feed. */
export type ImportedRecord = {
  /** Where the record is in the feed, e.g. ['contents', 3]; [] for a single-service feed. */
  readonly path: readonly (string | number)[];
  readonly feedId?: string;
  /** Our service id, when one could be given. */
  readonly serviceId?: string;
  readonly name?: string;
  readonly status: 'imported' | 'skipped';
  /** Why it was skipped (`error`) or what was changed on the way in (`warning`). */
  readonly issues: readonly ImportIssue[];
};

export type ImportReport = {
  readonly shape: FeedShape;
  /** Records in the feed (or in this page of it). */
  readonly servicesInFeed: number;
  readonly imported: number;
  readonly skipped: number;
  /** Records beyond `maxServices`, not looked at. */
  readonly notRead: number;
  /** One entry per record read, in feed order. */
  readonly services: readonly ImportedRecord[];
  /** Findings about the feed as a whole. */
  readonly issues: readonly ImportIssue[];
};

/** The report as lines for a terminal: a summary, then feed issues, then each record with findings. */
export function describeImportReport(report: ImportReport): string[] {
  const line = (i: ImportIssue) => `  ${i.severity}: ${formatPath(i.path)}: ${i.message} [${i.code}]`;
  const out = [
    `Open Referral feed (${report.shape}): ${report.servicesInFeed} services; ${report.imported} imported, ${report.skipped} skipped` +
      (report.notRead ? `, ${report.notRead} not read (over the limit)` : ''),
    ...report.issues.map(line),
  ];
  for (const r of report.services) {
    if (r.status === 'imported' && r.issues.length === 0) continue;
    const what = r.serviceId ?? r.feedId ?? formatPath(r.path);
    out.push(
      `${r.status === 'imported' ? 'Imported with changes' : 'Skipped'}: ${what}${r.name ? ` (${r.name})` : ''}`,
      ...r.issues.map(line),
    );
  }
  return out;
}
