// The summary's blocks as React: the same reading order and words as the email body and the PDF.
import type { Block, Span } from '../../../documents/summary/summary.types';
import { useFiledReferralViewStyles } from './filed-referral-view.styles';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
type Styles = ReturnType<typeof useFiledReferralViewStyles>;

/** The summary's own h1–h3 moved down under the page's headings, never past h6. */
const tagOf = (level: 1 | 2 | 3, base: 2 | 3 | 4): HeadingTag => `h${Math.min(6, base + level - 1)}` as HeadingTag;

function SpanView({ span }: { readonly span: Span }) {
  // Text from the referral is isolated, so right-to-left text in a name cannot reorder the line.
  const text = span.data ? <bdi dir="auto">{span.text}</bdi> : span.text;
  return span.strong ? <strong>{text}</strong> : <>{text}</>;
}

export function Spans({ spans }: { readonly spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span, i) => (
        <SpanView key={i} span={span} />
      ))}
    </>
  );
}

function TableView({ block, s }: { readonly block: Extract<Block, { kind: 'table' }>; readonly s: Styles }) {
  return (
    // Focusable so a keyboard user can scroll a table wider than the pane (WCAG 2.1.1).
    <div className={s.tableBox} role="region" aria-label={block.caption} tabIndex={0}>
      <table className={s.table}>
        <caption className={s.caption}>{block.caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c} scope="col" className={s.cell}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, c) => (
                <td key={c} className={s.cell}>
                  <Spans spans={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldsView({ block, s }: { readonly block: Extract<Block, { kind: 'fields' }>; readonly s: Styles }) {
  if (block.rows.length === 0) return null;
  return (
    <dl className={s.fields}>
      {block.rows.map((r, i) => (
        <div key={i} className={s.fieldRow}>
          <dt className={s.label}>{r.labelIsData ? <bdi dir="auto">{r.label}</bdi> : r.label}</dt>
          <dd className={s.value}>
            <Spans spans={r.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function BlockView({ block, base }: { readonly block: Block; readonly base: 2 | 3 | 4 }) {
  const s = useFiledReferralViewStyles();
  switch (block.kind) {
    case 'heading': {
      const Tag = tagOf(block.level, base);
      return (
        <Tag className={s[`h${block.level}`]}>
          <Spans spans={block.spans} />
        </Tag>
      );
    }
    case 'paragraph':
      if (block.role === 'notice')
        return (
          <div role="note" className={s.notice}>
            <Spans spans={block.spans} />
          </div>
        );
      return (
        <p className={block.role === 'marking' ? s.marking : s.text}>
          <Spans spans={block.spans} />
        </p>
      );
    case 'fields':
      return <FieldsView block={block} s={s} />;
    case 'table':
      return <TableView block={block} s={s} />;
    case 'list':
      return (
        <ul className={s.list}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Spans spans={item} />
            </li>
          ))}
        </ul>
      );
  }
}
