// One readable summary of a filed referral, rendered twice: as the HTML email body and as referral.pdf.

/** A run of text. `data` marks text from the referral or the catalogue: isolated, shown verbatim, never trusted. */
export type Span = { readonly text: string; readonly data?: boolean; readonly strong?: boolean };

/** A labelled value; `labelIsData` when the label itself comes from the referral or the catalogue. */
export type FieldRow = { readonly label: string; readonly labelIsData?: boolean; readonly value: readonly Span[] };

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly spans: readonly Span[] }
  /** `marking` is the protective marking; `notice` is a message the reader must not miss (an advice request). */
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[]; readonly role?: 'marking' | 'notice' }
  | { readonly kind: 'fields'; readonly rows: readonly FieldRow[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Span[])[] }
  /** A table with a header row; each row has one cell per column. */
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly (readonly Span[])[])[];
    };

export type Summary = {
  /** The document title: reference and kind only, never a name. */
  readonly title: string;
  readonly reference: string;
  readonly blocks: readonly Block[];
};

/** Our own words. */
export const words = (text: string): Span => ({ text });
/** Text from the referral or the catalogue. */
export const data = (text: string): Span => ({ text, data: true });
export const strong = (text: string): Span => ({ text, strong: true });

export const heading = (level: 1 | 2 | 3, ...spans: Span[]): Block => ({ kind: 'heading', level, spans });
export const paragraph = (...spans: Span[]): Block => ({ kind: 'paragraph', spans });
export const fields = (rows: readonly (FieldRow | undefined)[]): Block => ({
  kind: 'fields',
  rows: rows.filter((r): r is FieldRow => r !== undefined),
});
export const table = (
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly (readonly Span[])[])[],
): Block => ({ kind: 'table', caption, columns, rows });
export const list = (items: readonly (readonly Span[])[]): Block => ({ kind: 'list', items });

/** A row whose value is our own words. */
export const row = (label: string, value: string): FieldRow => ({ label, value: [words(value)] });
/** A row whose value comes from the referral; absent when the value is. */
export const dataRow = (label: string, value: string | undefined): FieldRow | undefined =>
  value === undefined || value === '' ? undefined : { label, value: [data(value)] };
/** A row whose value is already spans; absent when there is nothing to show. */
export const spansRow = (label: string, value: readonly Span[] | undefined): FieldRow | undefined =>
  value ? { label, value } : undefined;
