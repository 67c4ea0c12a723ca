// The web view's building blocks: every value escaped, every table with a caption and column headings.
import { Html, html, table, tableOrNone, terms } from '../../../src/sandbox/web/html';

const HOSTILE = `<img src=x onerror="alert('x')">&`;
const ESCAPED = '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;';
// The templates are laid out for reading: compare without the white space next to tags.
const tight = (h: Html) => h.value.replace(/>\s+/g, '>').replace(/\s+</g, '<').trim();

test('html escapes values, keeps Html as it is, and drops undefined, null and false', () => {
  const kept = new Html('<b>kept</b>');
  expect(
    tight(
      html`<p>${HOSTILE}</p>
        ${kept}${undefined}${null}${false}${0}`,
    ),
  ).toBe(`<p>${ESCAPED}</p><b>kept</b>0`);
  expect(
    tight(
      html`<ul>
        ${['a<', 'b'].map((t) => html`<li>${t}</li>`)}
      </ul>`,
    ),
  ).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
});

test('a table has its caption, a scoped heading per column and a row per entry, all escaped', () => {
  const rows = [
    [HOSTILE, 0],
    [html`<a href="/x">link</a>`, 12],
  ];
  const out = tight(table(HOSTILE, ['Name', 'Size'], rows));
  expect(out).toContain(`<caption>${ESCAPED}</caption>`);
  expect(out.match(/<th scope="col">/g)).toHaveLength(2);
  expect(out.match(/<tr>/g)).toHaveLength(3);
  expect(out).toContain(`<td>${ESCAPED}</td><td>0</td>`);
  expect(out).toContain('<td><a href="/x">link</a></td><td>12</td>');
  expect(out).not.toContain('<img');
});

test('tableOrNone says there is nothing instead of showing an empty table', () => {
  expect(tight(tableOrNone(`None ${HOSTILE}`, 'Caption', ['A'], []))).toBe(`<p>None ${ESCAPED}</p>`);
  const some = tight(tableOrNone('None', 'Caption', ['A'], [['a']]));
  expect(some).toContain('<caption>Caption</caption>');
  expect(some).toContain('<td>a</td>');
  expect(some).not.toContain('None');
});

test('terms pairs each term with its value, escaped', () => {
  const pairs: [string, unknown][] = [
    ['From', HOSTILE],
    ['Count', 3],
  ];
  expect(tight(terms(pairs))).toBe(`<dl><dt>From</dt><dd>${ESCAPED}</dd><dt>Count</dt><dd>3</dd></dl>`);
  expect(tight(terms([]))).toBe('<dl></dl>');
});
