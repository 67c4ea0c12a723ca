import { formatPath } from '../../domain';
import type { Issue } from '../../domain';

/** A problem in a catalogue file, as data: which file, where in it, and what is wrong in words. */
export type CatalogueIssue = Issue & { readonly file: string; readonly line?: number };

export type Loaded<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly CatalogueIssue[] };

/**
 * `services[0].criteria[1].max (line 12): Expected number, received string`, led by the file's name unless it is
 * the file the report is already about.
 */
export function formatCatalogueIssue(issue: CatalogueIssue, reportFile?: string): string {
  const line = issue.line === undefined ? '' : ` (line ${issue.line})`;
  const file = issue.file === reportFile ? '' : `${issue.file}: `;
  return `${file}${formatPath(issue.path)}${line}: ${issue.message}`;
}

export const fileIssue = (file: string, code: string, message: string): CatalogueIssue => ({
  file,
  path: [],
  code,
  message,
});
