/** @jest-environment jsdom */
import axe from 'axe-core';
import fc from 'fast-check';
import { catalogue } from '../../src/catalogues';
import type { FiledReferral } from '../../src/domain';
import { buildFiledReferral, renderHtmlBody } from '../../src/documents';
import {
  copy,
  exampleDocument,
  exampleOptions,
  exampleReferral,
  maximalDocument,
  maximalReferral,
  NOTTS,
} from './fixtures/documents';
import { freeTextLeaves, schemaFields, withText } from './fixtures/free-text';
import type { FreeTextLeaf } from './fixtures/free-text';
import { hostileBaseDocuments, isShown } from './fixtures/hostile-documents';
import { firstHidden } from './fixtures/hidden';
import { HOSTILE, seen } from './fixtures/hostile';

// The PDF renderer's font code cannot load in jsdom, and the HTML body does not need it.
jest.mock('../../src/documents/pdf/render-pdf', () => ({ renderPdf: jest.fn() }));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const render = (doc: FiledReferral) => renderHtmlBody(doc, catalogue);
const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The table rows of the body as "label → value". */
function rows(dom: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  dom.querySelectorAll('tr').forEach((tr) => {
    const key = textOf(tr.querySelector('th'));
    out.set(key, [...(out.get(key) ?? []), textOf(tr.querySelector('td'))]);
  });
  return out;
}

const ALLOWED = new Set([
  'HTML',
  'HEAD',
  'META',
  'TITLE',
  'BODY',
  'H1',
  'H2',
  'H3',
  'P',
  'DIV',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'UL',
  'LI',
  'STRONG',
  'BDI',
  'BR',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'dir', 'charset', 'name', 'content', 'style', 'scope', 'role']);

/** Only our own elements and attributes: no scripts, handlers or external resources, whatever the text was. */
function expectSafe(html: string): Document {
  const dom = parse(html);
  const problems: string[] = [];
  for (const el of dom.querySelectorAll('*')) {
    if (!ALLOWED.has(el.tagName)) problems.push(`element ${el.tagName}`);
    for (const a of el.attributes)
      if (!ALLOWED_ATTRIBUTES.has(a.name)) problems.push(`attribute ${a.name} on ${el.tagName}`);
  }
  // Hidden characters never reach the HTML raw: they are written as [U+XXXX].
  const raw = firstHidden(html, '\n');
  if (raw) problems.push(`raw ${raw}`);
  expect(problems).toEqual([]);
  return dom;
}

const elementCount = (dom: Document) => [...dom.querySelectorAll('*')].filter((e) => e.tagName !== 'BR').length;

describe('the HTML body', () => {
  test('reads top-down: the family, safe contact and the reason first, then risks, requests and eligibility', () => {
    const doc = exampleDocument();
    const dom = expectSafe(render(doc));
    expect(dom.title).toBe('Referral RC-6B1F0D5E');
    expect(dom.documentElement.lang).toBe('en-GB');
    expect(textOf(dom.querySelector('[role="main"]')?.firstElementChild)).toBe('OFFICIAL-SENSITIVE');
    expect(textOf(dom.querySelector('h1'))).toBe('Referral RC-6B1F0D5E');
    expect([...dom.querySelectorAll('h2')].map(textOf)).toEqual([
      'The family',
      "Reason for the referral, in the referrer's words",
      'How to contact the family safely',
      'About each person',
      'Risks',
      'What is asked of the service',
      'Eligibility when filed, and why',
      'Case context',
      'Needs',
      'Support',
      "Answers to the services' questions",
      'Attachments',
      'The referrer',
      'Consent',
      'What happens next',
    ]);
    const r = rows(dom);
    expect(r.get('Reference')).toEqual(['RC-6B1F0D5E']);
    expect(r.get('Request')).toEqual(['A referral']);
    expect(r.get('Filed')).toEqual([
      '23 November 2026 at 09:45 (UK time) by Priya Shah, Early help practitioner, Lewisham Family Hub',
    ]);
    expect(r.get('Sent to')).toEqual(['Family.Hub.Referrals@lewisham.gov.uk']);
    expect(r.get('Consent')).toEqual(['Given by Dana Example on 20 November 2026']);
    expect(r.get('Address')).toEqual(['Flat 2, 10 Example Street, London, SE6 4RU']);
    expect(r.get('Council area')).toEqual(['Lewisham']);
    expect(r.get('Not safe to')).toEqual(['Email or leave a message']);
    expect(r.get('Person causing harm lives in the home')).toEqual(['No']);
    expect(r.get('Challenges')).toEqual([
      'Ongoing verbal and physical aggression by the child; Threatening behaviour that compromises family safety',
    ]);
    expect(r.get('Email')).toEqual(['priya.shah@lewisham.gov.uk']);
    expect(textOf(dom.body)).toMatch(
      /The service screens this referral .* tells the referrer, Priya Shah at priya\.shah@lewisham\.gov\.uk\./,
    );
  });

  test('the people are a table with a caption and column headers; dates of birth carry the age on the day filed', () => {
    const dom = expectSafe(render(maximalDocument()));
    const table = [...dom.querySelectorAll('table')].find(
      (t) => textOf(t.querySelector('caption')) === 'The people in the family',
    )!;
    expect([...table.querySelectorAll('thead th')].map((th) => [textOf(th), th.getAttribute('scope')])).toEqual([
      ['Name', 'col'],
      ['Who', 'col'],
      ['Date of birth', 'col'],
      ['School or nursery', 'col'],
      ['GP', 'col'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(textOf))).toEqual([
      ['Dana Example', 'mother (parent)', '4 March 1988 (age 38)', '', ''],
      ['Mark Example', 'ex-partner of Dana, father of Sam (other adult)', 'About 40 (date of birth not known)', '', ''],
      ['Sam Example', 'Child', '2 June 2014 (age 12)', 'Example Academy', 'Example Medical Centre'],
      ['Baby Example', 'Unborn child', 'Expected 1 February 2027 (not yet born)', 'Not given', 'Not given'],
    ]);
  });

  test('the deciding reasons are in words with the document they come from, never a file name or "Met:"', () => {
    const doc = exampleDocument();
    const dom = parse(render(doc));
    const h2 = [...dom.querySelectorAll('h2')].find((h) => textOf(h) === 'Eligibility when filed, and why')!;
    expect(textOf(h2.nextElementSibling)).toBe('NVR (Non-Violent Resistance) Informed Practice: Eligible');
    const reasons = [...h2.nextElementSibling!.nextElementSibling!.querySelectorAll('li')].map(textOf);
    expect(reasons).toHaveLength(doc.verdicts[0]!.reasons.length);
    expect(reasons).toContain(
      "Not open to children's social care (source: Lewisham Family Hub — parenting offer, ‘Our programmes are not appropriate if’)",
    );
    const text = textOf(dom.body);
    expect(text).not.toMatch(/\bMet:|\.txt\b|seed/);
  });
  test('lists the attachments in the order they are attached', () => {
    const dom = parse(render(maximalDocument()));
    const h2 = [...dom.querySelectorAll('h2')].find((h) => textOf(h) === 'Attachments')!;
    expect([...h2.nextElementSibling!.querySelectorAll('li')].map(textOf)).toEqual([
      expect.stringMatching(/^referral\.json: /),
      expect.stringMatching(/^referral\.pdf: /),
      expect.stringMatching(/^chronology\.docx \(application\/.*, 47 KB\)$/),
    ]);
  });

  test('says which time standards apply and when they fall due (Nottinghamshire screens within 5 working days)', () => {
    const text = textOf(parse(render(maximalDocument(false, NOTTS))).body);
    expect(text).toContain(
      'Conflict workshop: Screen the referral and either allocate it or place it on the waiting list within 5 working days of it reaching the team. By 30 November 2026.',
    );
    expect(text).toContain(
      'Hold the planning meeting or discussion within 10 working days of the referral. By 7 December 2026.',
    );
    // Standards whose clock starts later (allocation, plan start) are not promised at filing.
    expect(text).not.toContain('12 weeks');
    expect(textOf(parse(render(exampleDocument())).body)).not.toContain('Time standards that apply');
  });

  test('an advice request starts no time standard', () => {
    const r = maximalReferral();
    r.services = r.services.map((s) => (s.serviceId.startsWith('notts.') ? { ...s, advice: true } : s));
    const doc = buildFiledReferral(
      r,
      catalogue,
      exampleOptions({ mailbox: NOTTS, serviceIds: ['notts.conflict-workshop', 'notts.nvr-group'] }),
    );
    expect(doc.kind).toBe('advice');
    expect(textOf(parse(render(doc)).body)).not.toContain('Time standards that apply');
  });

  test('an advice request says so at the top, before anything else', () => {
    const r = exampleReferral();
    r.services = [{ serviceId: 'lewisham.nvr', personIds: [], advice: true }];
    const dom = parse(render(buildFiledReferral(r, catalogue, exampleOptions())));
    const [marking, notice] = [...dom.querySelector('[role="main"]')!.children];
    expect(textOf(marking)).toBe('OFFICIAL-SENSITIVE');
    expect(notice!.getAttribute('role')).toBe('note');
    expect(textOf(notice)).toMatch(/^This is a request for advice, not a referral\./);
    expect(textOf(dom.querySelector('h1'))).toBe('Advice request RC-6B1F0D5E');
    expect(rows(dom).get('Request')).toEqual(['A request for advice']);
    const asked = [...dom.querySelectorAll('table')].find(
      (t) => textOf(t.querySelector('caption')) === 'The service in this message',
    )!;
    expect([...asked.querySelectorAll('tbody td')].map(textOf)).toEqual([
      'NVR (Non-Violent Resistance) Informed Practice',
      'Lewisham Family Hub',
      'Advice',
      'The whole family',
    ]);
    expect(textOf(dom.body)).toMatch(
      /replies to the referrer, Priya Shah at priya\.shah@lewisham\.gov\.uk, with its advice/,
    );
  });

  test('a message with referrals and advice requests names the advice requests', () => {
    const dom = parse(render(maximalDocument()));
    expect(textOf(dom.querySelector('[role="note"]'))).toBe(
      'Some services are asked for advice only: The Freedom Programme. The others are referrals.',
    );
    expect(textOf(dom.querySelector('h1'))).toMatch(/^Referral /);
  });

  test('consent not given shows the lawful basis and the reason; DASH answers are summarised', () => {
    const r = rows(parse(render(maximalDocument(false, NOTTS))));
    expect(r.get('Consent')).toEqual(['Not given, or not sought: the lawful basis is under Consent, below']);
    expect(r.get('Consent given')).toEqual(['No, or not sought']);
    expect(r.get('Lawful basis for sharing')).toEqual([
      'Safeguarding of children and individuals at risk (DPA 2018 Sch. 1 para 18)',
    ]);
    expect(r.get('Why')).toEqual(['Asking would put the mother at greater risk.']);
    expect(r.get('Answered "yes"')).toEqual(['2 of 24 (4 answered)']);
    expect(r.get('Last MARAC referral')).toEqual(['Never referred']);
    expect(r.get('MARAC')).toEqual(['Meets the MARAC referral criteria: professional judgement']);
    expect(r.get('Knows of this referral')).toEqual(['No. Do not reveal this referral to them']);
  });

  test('inline styles only: no style sheets, scripts, images or links to anything outside the message', () => {
    const html = render(maximalDocument());
    expect(html).not.toMatch(/<(script|style|link|img|iframe|object|a)\b/i);
    expect(html).not.toMatch(/\b(src|href|url\()/i);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">')).toBe(true);
  });

  test('axe-core finds no accessibility problems', async () => {
    const dom = parse(render(maximalDocument()));
    document.documentElement.innerHTML = dom.documentElement.innerHTML;
    document.documentElement.lang = 'en-GB';
    // jsdom cannot compute colours; the palette is checked by hand against WCAG AA (html.styles.ts).
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('hostile text in every free-text field of the referral (driven by the JSON Schema)', () => {
  const bases = hostileBaseDocuments();

  /** Every free-text field of `base` set to a marker of its own followed by `text` (record keys too). */
  function filled(
    base: FiledReferral,
    text: string,
  ): { doc: FiledReferral; leaves: { leaf: FreeTextLeaf; value: string }[] } {
    const leaves = freeTextLeaves(base).map((leaf, i) => ({ leaf, value: `⟦${i}⟧${text}` }));
    // Deepest paths first, so renaming a record key never moves a value still to be set.
    const doc = [...leaves].reverse().reduce((d, { leaf, value }) => withText(d, leaf, value), base);
    return { doc, leaves };
  }

  test('the fixtures fill every free-text field the schema has', () => {
    const covered = new Set(bases.flatMap((d) => freeTextLeaves(d).map((l) => l.field)));
    expect([...schemaFields()].filter((f) => !covered.has(f))).toEqual([]);
  });

  describe.each(Object.entries(HOSTILE))('%s', (kind, hostile) => {
    test.each(bases.map((d, i) => [i, d] as const))(
      'document %i: escaped, isolated in <bdi>, visible, and the page keeps its shape',
      (_i, base) => {
        const benign = expectSafe(render(filled(base, 'ok').doc));
        const { doc, leaves } = filled(base, hostile);
        const dom = expectSafe(render(doc));
        expect(elementCount(dom)).toBe(elementCount(benign));
        const isolated = [...dom.querySelectorAll('bdi')].map((b) => b.textContent ?? '');
        const missing = leaves
          .filter(({ leaf }) => isShown(base, leaf))
          .filter(({ value }) => !isolated.some((t) => t.includes(seen(value).replace(/\n/g, ''))))
          .map(({ leaf }) => leaf.path.join('.'));
        expect({ kind, missing }).toEqual({ kind, missing: [] });
      },
    );
  });

  test('a 10,000-character name is kept whole (the schema allows 200, the renderer must not choke on more)', () => {
    const d = copy(bases[0]!);
    const name = `N${'W'.repeat(9_998)}Z`;
    d.referral.people[0]!.name = name;
    const dom = expectSafe(render(d));
    expect([...dom.querySelectorAll('h3 bdi')].map((b) => b.textContent)).toContain(name);
  });

  // Any string, and strings made of the pieces of markup and of the characters that caused trouble elsewhere.
  const PIECES = [
    '<',
    '>',
    '&',
    '"',
    "'",
    '/',
    '=',
    ' ',
    'script',
    'img src=x onerror=alert(1)',
    '<!--',
    ']]>',
    '\u202E',
    '\u2067',
    '\u0000',
    '\n',
    '\r',
    '😀',
    'ש',
    '\uD800',
  ];
  const TEXT = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((a) => a.join('')),
  );

  test('property: any text in any field cannot add markup, and reads back as written', () => {
    const leaves = bases.flatMap((d) => freeTextLeaves(d).map((l) => [d, l] as const));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: leaves.length - 1 }), TEXT, (i, text) => {
        const [base, leaf] = leaves[i]!;
        if (leaf.key && text === '') return;
        const dom = expectSafe(render(withText(base, leaf, text)));
        if (isShown(base, leaf)) expect(dom.body.textContent).toContain(seen(text).replace(/\n/g, ''));
      }),
      { numRuns: 60 },
    );
  });
});

test("the family's names appear in the body but never in its title", () => {
  const dom = parse(render(maximalDocument()));
  for (const p of maximalReferral().people) {
    expect(dom.body.textContent).toContain(p.name);
    expect(dom.title).not.toContain(p.name);
  }
});
