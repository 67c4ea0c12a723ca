// No string that reaches the card, the email body or referral.pdf names a catalogue author's material: the word
// "seed", CATALOGUE.md, DESIGN.md or a source file name such as 000_00e7cb9a8a716238.txt. Authoring notes stay in
// the provider files for the command line; citations name the document as a council worker knows it.
import { authoredCatalogue, catalogue } from '../../src/catalogues';
import type { Catalogue, Citation, FiledReferral, Referral } from '../../src/domain';
import {
  REASON_STATUS_WORDS,
  VERDICT_WORDS,
  citationWords,
  evaluate,
  factRegistryFor,
  reasonWords,
} from '../../src/domain';
import { buildFiledReferral, renderHtmlBody, renderPdf, summarise } from '../../src/documents';
import { pdfText } from '../support/pdf-text';
import { BOLD_FONT, FILED_AT, FONT, exampleOptions, maximalReferral } from './fixtures/documents';

const FORBIDDEN: readonly RegExp[] = [/seed/i, /CATALOGUE\.md/i, /DESIGN\.md/i, /\d{3}_[0-9a-f]{16}\.txt/];

/** The strings among `texts` that name authoring material, with the pattern each one matched. */
function offending(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const hit = FORBIDDEN.find((p) => p.test(text));
    if (hit) out.push(`${String(hit)} in: ${text.slice(0, 200)}`);
  }
  return out;
}

/** Every string value anywhere in a value, keys excluded (they are not shown). */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, into));
  return into;
}

/** Every citation in a catalogue, as the card, the email and the PDF show it: the document's words and the note. */
function citationTexts(c: Catalogue): string[] {
  const citations: Citation[] = [
    ...c.services.flatMap((s) => [...s.citations, ...s.criteria.map((x) => x.citation)]),
    ...c.ruleSets.flatMap((r) => r.criteria.map((x) => x.citation)),
    ...c.questions.flatMap((q) => (q.citation ? [q.citation] : [])),
    ...c.packageRules.map((r) => r.citation),
    ...c.timeStandards.map((t) => t.citation),
  ];
  return citations.flatMap((x) => [citationWords(x, c), ...(x.note ? [x.note] : [])]);
}

/** What the card can show of the catalogue: everything in it except the ids and file names it keeps for audit. */
function cardTexts(c: Catalogue): string[] {
  const { facts } = factRegistryFor(c);
  const shown = (o: Record<string, unknown>, hidden: readonly string[]) =>
    stringsIn(Object.fromEntries(Object.entries(o).filter(([k]) => !hidden.includes(k))));
  return [
    ...c.providers.flatMap((p) => shown(p, ['id', 'seed', 'sources', 'areas'])),
    ...c.providers.flatMap((p) => (p.sources ?? []).flatMap((s) => [s.title, s.publisher, s.shortTitle ?? ''])),
    ...c.services.flatMap((s) => shown(s, ['id', 'providerId', 'ruleSets', 'criteria', 'citations', 'kind'])),
    ...[...c.ruleSets.flatMap((r) => r.criteria), ...c.services.flatMap((s) => s.criteria)].flatMap((x) =>
      [x.requirement, x.met, x.notMet].filter((t): t is string => t !== undefined),
    ),
    ...c.ruleSets.map((r) => r.description),
    ...c.questions.flatMap((q) => shown(q, ['id', 'type', 'citation'])),
    ...[...facts.values()].flatMap((f) => [f.label, f.hint ?? '', ...(f.options ?? []).map((o) => o.label)]),
    ...citationTexts(c),
    ...Object.values(VERDICT_WORDS),
    ...Object.values(REASON_STATUS_WORDS),
  ];
}

/** The maximal referral asking every service that has a mailbox, for the whole family. */
function everyServiceReferral(): Referral {
  const referral = maximalReferral();
  const asked = new Set(catalogue.questions.map((q) => q.id));
  return {
    ...referral,
    answers: Object.fromEntries(Object.entries(referral.answers ?? {}).filter(([id]) => asked.has(id))),
    services: catalogue.services.filter((s) => s.mailbox).map((s) => ({ serviceId: s.id, personIds: [] })),
  };
}

/** One referral.json per service mailbox, as filing would send them. */
function filedDocuments(referral: Referral): FiledReferral[] {
  const byMailbox = new Map<string, string[]>();
  for (const s of catalogue.services) {
    if (!s.mailbox) continue;
    const key = s.mailbox.toLowerCase();
    byMailbox.set(key, [...(byMailbox.get(key) ?? []), s.id]);
  }
  return [...byMailbox].map(([, ids]) => {
    const mailbox = catalogue.services.find((s) => s.id === ids[0])!.mailbox!;
    return buildFiledReferral(referral, catalogue, exampleOptions({ mailbox, serviceIds: ids }));
  });
}

describe('the words shown to people', () => {
  const referral = everyServiceReferral();
  const documents = filedDocuments(referral);

  it('covers every service: each one with a mailbox is filed, and the card shows all 64', () => {
    const filed = new Set(documents.flatMap((d) => d.to.services.map((s) => s.id)));
    expect(filed).toEqual(new Set(catalogue.services.filter((s) => s.mailbox).map((s) => s.id)));
    expect(catalogue.services).toHaveLength(64);
  });

  it("would be caught: the authors' notes name the seed and its files, so the check can fail", () => {
    expect(offending(stringsIn(authoredCatalogue)).length).toBeGreaterThan(0);
    expect(offending(['Source: 000_00e7cb9a8a716238.txt', 'See CATALOGUE.md', 'The Seed gives'])).toHaveLength(3);
  });

  it('the catalogue the card and the documents get carries no authoring notes', () => {
    const notes: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'notes') notes.push(path);
          else walk(x, `${path}.${k}`);
        }
    };
    walk(catalogue, 'catalogue');
    expect(notes).toEqual([]);
  });

  it('the card: every catalogue string it can show, and every reason, finding and citation it gives', () => {
    const evaluations = [evaluate(referral, catalogue, { now: FILED_AT }), evaluate({}, catalogue, { now: FILED_AT })];
    const reasons = evaluations.flatMap((e) => e.results.flatMap((r) => r.reasons));
    const shown = [
      ...cardTexts(catalogue),
      ...reasons.flatMap((r) => [reasonWords(r), r.message, citationWords(r.citation, catalogue)]),
      ...evaluations.flatMap((e) => e.results.flatMap((r) => r.missing.map((m) => m.label))),
      ...evaluations.flatMap((e) =>
        e.package.flatMap((f) => [f.message, ...(f.citation ? citationTexts(catalogue) : [])]),
      ),
    ];
    expect(reasons.some((r) => r.finding)).toBe(true);
    expect(offending(shown)).toEqual([]);
  });

  it('every citation names its document by publisher and title, never by file', () => {
    const words = citationTexts(catalogue);
    expect(words).toContain('Lewisham Family Hub — parenting offer, ‘Our programmes are not appropriate if’');
    for (const p of catalogue.providers) expect(p.sources?.some((s) => s.file === p.seed)).toBe(true);
  });

  it('the email body of every mailbox, and the summary blocks the PDF is drawn from', () => {
    for (const doc of documents) {
      const html = renderHtmlBody(doc, catalogue);
      const text = html.replace(/<[^>]*>/g, ' ');
      expect(offending([text, html])).toEqual([]);
      const summary = summarise(doc, catalogue);
      const spans = summary.blocks.flatMap((b) => stringsIn(b));
      expect(offending([summary.title, ...spans])).toEqual([]);
    }
    // Citations name the document as people know it (the Lewisham document is first in the catalogue)…
    expect(renderHtmlBody(documents[0]!, catalogue)).toContain('Lewisham Family Hub — parenting offer, ‘');
    // …and the file names stay in referral.json, for audit, with the document's title beside them.
    expect(documents[0]!.verdicts[0]!.reasons[0]!.citation.title).toBe(
      'Focused Support Services Offer and Referral Criteria',
    );
    expect(JSON.stringify(documents[0]!.verdicts)).toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('referral.pdf of every mailbox', async () => {
    for (const doc of documents) {
      const pdf = await pdfText(await renderPdf(doc, catalogue, { font: FONT, boldFont: BOLD_FONT }));
      expect(offending(pdf.pages.map((p) => p.text))).toEqual([]);
      expect(offending(stringsIn(pdf.info))).toEqual([]);
    }
  }, 120_000);
});
