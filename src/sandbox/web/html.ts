import { escapeHtml } from '../../documents/html/escape-html';

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === undefined || v === null || v === false) return '';
  return escapeHtml(String(v));
}

/** A table with its caption and a heading per column, so a screen reader can name every cell. */
export function table(caption: string, headings: readonly string[], rows: readonly (readonly unknown[])[]): Html {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headings.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The table, or a sentence saying there is nothing to list (an empty table reads as a fault). */
export function tableOrNone(
  none: string,
  caption: string,
  headings: readonly string[],
  rows: readonly (readonly unknown[])[],
): Html {
  return rows.length === 0 ? html`<p>${none}</p>` : table(caption, headings, rows);
}

/** Term and value pairs as a description list. */
export const terms = (pairs: readonly (readonly [string, unknown])[]): Html =>
  html`<dl>
    ${pairs.map(
      ([term, value]) =>
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;

/** A URL path segment, percent-encoded (ids and addresses go into links). */
export const seg = (value: string): string => encodeURIComponent(value);

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}
a{color:#0b57a4}a:focus,summary:focus{outline:3px solid #1b1b1b;outline-offset:2px}
header,main,footer{padding:0 1.5rem}header{border-bottom:1px solid #767676}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;margin:.75rem 0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border:1px solid #767676;padding:.4rem .6rem;text-align:left;vertical-align:top}th{background:#f0f0f0}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;border:1px solid #767676;padding:.75rem}
.card{border:1px solid #767676;border-radius:4px;padding:.75rem;margin:.75rem 0}
main{overflow-wrap:break-word}h1{font-size:clamp(1.5rem,6vw,2rem)}select{max-width:100%}
.card-render{max-width:36rem;border:1px solid #767676;border-radius:4px;padding:.5rem}
.card-render table{margin:0;width:auto}.card-render td{border:0;padding:0}
.card-render .ac-actionSet{flex-wrap:wrap;row-gap:.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
`;

/** The page frame: landmarks (banner, navigation, main, contentinfo), a skip link and one h1. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — Referral Card sandbox</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
          <nav aria-label="Sandbox">
            <ul>
              <li><a href="/sandbox/">Sandbox home</a></li>
              <li><a href="/sandbox/#mailboxes">Mailboxes</a></li>
              <li><a href="/sandbox/#channels">Channels</a></li>
              <li><a href="/sandbox/#external">External mail</a></li>
              <li><a href="/">Product</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          <h1>${title}</h1>
          ${body}
        </main>
        <footer><p>Local Microsoft 365 sandbox. Everything here is test data kept on this machine.</p></footer>
      </body>
    </html>`.value;
}
