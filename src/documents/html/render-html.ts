import type { Catalogue, FiledReferral } from '../../domain';
import { summarise } from '../summary/summarise';
import type { Block, FieldRow, Span, Summary } from '../summary/summary.types';
import { escapeHtml, textHtml } from './escape-html';
import { STYLES } from './html.styles';

// Text from the referral or the catalogue is isolated, so right-to-left text in a name cannot reorder the line.
const isolate = (html: string) => `<bdi dir="auto">${html}</bdi>`;

function spanHtml(s: Span): string {
  const html = s.data ? isolate(textHtml(s.text)) : textHtml(s.text);
  return s.strong ? `<strong>${html}</strong>` : html;
}

const spansHtml = (spans: readonly Span[]) => spans.map(spanHtml).join('');

const rowHtml = (r: FieldRow) =>
  `<tr><th scope="row" style="${STYLES.th}">${r.labelIsData ? isolate(textHtml(r.label)) : textHtml(r.label)}</th><td style="${STYLES.td}">${spansHtml(r.value)}</td></tr>`;

function tableHtml(b: Extract<Block, { kind: 'table' }>): string {
  const head = b.columns.map((c) => `<th scope="col" style="${STYLES.th}">${textHtml(c)}</th>`).join('');
  const body = b.rows
    .map((cells) => `<tr>${cells.map((c) => `<td style="${STYLES.td}">${spansHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table style="${STYLES.table}"><caption>${textHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level} style="${STYLES[`h${b.level}`]}">${spansHtml(b.spans)}</h${b.level}>`;
    case 'paragraph':
      if (b.role === 'notice') return `<div role="note" style="${STYLES.notice}">${spansHtml(b.spans)}</div>`;
      return `<p style="${b.role === 'marking' ? STYLES.marking : STYLES.paragraph}">${spansHtml(b.spans)}</p>`;
    case 'fields':
      return b.rows.length
        ? `<table style="${STYLES.table}"><tbody>${b.rows.map(rowHtml).join('')}</tbody></table>`
        : '';
    case 'table':
      return tableHtml(b);
    case 'list':
      return `<ul style="${STYLES.list}">${b.items.map((i) => `<li>${spansHtml(i)}</li>`).join('')}</ul>`;
  }
}

/** A summary as a complete HTML document: inline styles, no scripts, no external resources. */
export function summaryHtml(summary: Summary): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB" dir="ltr">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(summary.title)}</title></head>`,
    `<body style="${STYLES.body}">`,
    // A landmark for screen readers; a div with a role survives email clients that drop unknown elements.
    '<div role="main">',
    ...summary.blocks.map(blockHtml),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The email body of the message to one service mailbox: every free-text value escaped and isolated. */
export function renderHtmlBody(doc: FiledReferral, catalogue: Catalogue): string {
  return summaryHtml(summarise(doc, catalogue));
}
