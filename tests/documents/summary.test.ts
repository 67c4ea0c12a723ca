// The summary both the email body and referral.pdf render: what a service reads, in the order it reads it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogue } from '../../src/catalogues';
import type { FiledReferral, Referral } from '../../src/domain';
import { migrateReferral } from '../../src/domain';
import { buildFiledReferral, checkedDocument, summarise } from '../../src/documents';
import type { Block, Span } from '../../src/documents';
import { copy, exampleDocument, exampleOptions, exampleReferral, maximalDocument, ROOT } from './fixtures/documents';

const text = (spans: readonly Span[]) => spans.map((s) => s.text).join('');
const blocksOf = (doc: FiledReferral) => summarise(doc, catalogue).blocks;

/** Each block as one line of text, as a reader meets it. */
function lineOf(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return text(b.spans);
    case 'fields':
      return b.rows.map((r) => `${r.label}: ${text(r.value)}`).join(' | ');
    case 'list':
      return b.items.map(text).join(' | ');
    case 'table':
      return [b.caption, ...b.rows.map((r) => r.map(text).join(' / '))].join(' | ');
  }
}

const headings = (blocks: readonly Block[], level: 2 | 3) =>
  blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === level ? [{ text: text(b.spans), i }] : []));
const indexOfHeading = (blocks: readonly Block[], words: string) =>
  blocks.findIndex((b) => b.kind === 'heading' && text(b.spans) === words);
const notices = (blocks: readonly Block[]) =>
  blocks.filter((b) => b.kind === 'paragraph' && b.role === 'notice').map(lineOf);
/** The value of the first row with this label, or undefined. */
function rowValue(blocks: readonly Block[], label: string): string | undefined {
  for (const b of blocks) {
    const r = b.kind === 'fields' ? b.rows.find((x) => x.label === label) : undefined;
    if (r) return text(r.value);
  }
  return undefined;
}

/** The example referral with `patch` applied, filed to Lewisham's NVR. */
function filed(patch: (r: Referral) => void): FiledReferral {
  const r = exampleReferral();
  patch(r);
  return buildFiledReferral(r, catalogue, exampleOptions());
}

describe('the order a service reads', () => {
  // Page 1 of referral.pdf holds about this much; the family and the reason must be on it.
  const FIRST_PAGE_BLOCKS = 16;

  test.each([
    ['the example', exampleDocument],
    ['the maximal referral', () => maximalDocument()],
  ])('%s: the family, the reason and how to contact them come before any eligibility reason', (_name, make) => {
    const blocks = blocksOf(make());
    const family = indexOfHeading(blocks, 'The family');
    const contact = indexOfHeading(blocks, 'How to contact the family safely');
    const reason = indexOfHeading(blocks, "Reason for the referral, in the referrer's words");
    const eligibility = indexOfHeading(blocks, 'Eligibility when filed, and why');
    expect(family).toBeGreaterThan(0);
    expect([family < reason, reason < contact, contact + 1 < FIRST_PAGE_BLOCKS]).toEqual([true, true, true]);
    expect(contact).toBeLessThan(eligibility);
    // No reason for a service's eligibility appears above the family.
    expect(blocks.slice(0, eligibility).some((b) => lineOf(b).includes('(source: '))).toBe(false);
  });

  test('the sections come in the order of the brief', () => {
    const h2 = headings(blocksOf(maximalDocument()), 2).map((h) => h.text);
    expect(h2).toEqual([
      'The family',
      "Reason for the referral, in the referrer's words",
      'How to contact the family safely',
      'About each person',
      'Risks',
      'What is asked of each service',
      'Eligibility when filed, and why',
      'Case context',
      'Needs',
      'Support',
      "Answers to the services' questions",
      'Notes from the referrer',
      'Attachments',
      'The referrer',
      'Consent',
      'What happens next',
    ]);
    expect(headings(blocksOf(maximalDocument()), 3).map((h) => h.text)).toEqual(
      expect.arrayContaining([
        'DASH risk checklist and MARAC',
        'The latest incident',
        'Person causing harm: Mark Example',
      ]),
    );
  });

  test('the reason is the referrer’s own words, line breaks kept', () => {
    const blocks = blocksOf(maximalDocument());
    const i = indexOfHeading(blocks, "Reason for the referral, in the referrer's words");
    const p = blocks[i + 1]!;
    expect(p.kind === 'paragraph' && p.spans).toEqual([
      { text: 'Sam has become aggressive at home.\nHe has broken a door.', data: true },
    ]);
  });

  test('no reason given says so rather than leaving a blank', () => {
    const blocks = blocksOf(filed((r) => delete r.reason));
    const i = indexOfHeading(blocks, "Reason for the referral, in the referrer's words");
    expect(lineOf(blocks[i + 1]!)).toBe('The referrer gave no reason. Ask the referrer before you act.');
  });

  test('the title is the kind and the reference only: never a name', () => {
    const doc = maximalDocument();
    const { title } = summarise(doc, catalogue);
    expect(title).toBe(`Referral ${doc.reference}`);
    for (const p of doc.referral.people) expect(title).not.toContain(p.name);
  });
});

describe('contacting the family safely', () => {
  test('what is not safe is a notice under the title, before the family, and bold in the contact details', () => {
    const blocks = blocksOf(maximalDocument());
    const family = indexOfHeading(blocks, 'The family');
    const warning = blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.role === 'notice' && lineOf(b).includes('not safe'),
    );
    expect(warning).toBeGreaterThan(indexOfHeading(blocks, 'Referral RC-0C5E2A9F'));
    expect(warning).toBeLessThan(family);
    expect(lineOf(blocks[warning]!)).toBe(
      'It is not safe to email or leave a message. Safe times: Weekdays 9am to 3pm only',
    );
    const row = blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find((r) => r.label === 'Not safe to')!;
    expect(row.value).toEqual([{ text: 'Email or leave a message', strong: true }]);
    expect(rowValue(blocks, 'Safe to')).toBe('Call and text');
    expect(rowValue(blocks, 'Safe contact person')).toBe('Ruth Example (Sister), 07700 900456');
    expect(rowValue(blocks, 'Language')).toBe('Polish; an interpreter is needed');
    expect(rowValue(blocks, 'Accessibility needs')).toBe('Step-free access: Dana uses a wheelchair.');
    expect(rowValue(blocks, 'Phone')).toBe("07700 900123 (mobile, Dana's mobile); 020 7946 0001 (home)");
  });

  test('"not known" and unanswered ways of contact are warned about too: check with the referrer first', () => {
    const doc = filed((r) => {
      r.family!.safeContact = { call: 'no', text: 'not-known' };
    });
    const blocks = blocksOf(doc);
    expect(notices(blocks)[0]).toBe(
      'It is not safe to call. Not known whether it is safe to text, email or leave a message: check with the referrer first.',
    );
    expect(rowValue(blocks, 'Not safe to')).toBe('Call');
    expect(rowValue(blocks, 'Not known if safe to')).toBe('Text: check with the referrer first');
    expect(rowValue(blocks, 'Not recorded if safe to')).toBe('Email or leave a message: check with the referrer first');
  });

  test('when every way of contact is safe there is no contact warning', () => {
    const doc = filed((r) => {
      r.family!.safeContact = { call: 'yes', text: 'yes', email: 'yes', leaveMessage: 'yes' };
    });
    expect(notices(blocksOf(doc))).toEqual([]);
    expect(rowValue(blocksOf(doc), 'Safe to')).toBe('Call, text, email and leave a message');
  });

  test('a referral with no contact details at all says they were not recorded', () => {
    const blocks = blocksOf(filed((r) => delete r.family));
    expect(notices(blocks)).toEqual([
      'How to contact the family safely was not recorded. Check with the referrer before you call, text, email or visit.',
    ]);
    expect([rowValue(blocks, 'Address'), rowValue(blocks, 'Phone'), rowValue(blocks, 'Safe contact')]).toEqual([
      'Not given',
      'Not given',
      'Not recorded: check with the referrer first',
    ]);
  });

  test('a council the list does not know is shown by the name the referrer gave', () => {
    const doc = filed((r) => {
      delete r.family!.councilCode;
      r.family!.councilName = 'Another council';
    });
    expect(rowValue(blocksOf(doc), 'Council area')).toBe('Another council');
  });
});

describe('the person causing harm', () => {
  const harmBlocks = (doc: FiledReferral) => {
    const blocks = blocksOf(doc);
    const i = indexOfHeading(blocks, 'Person causing harm: Mark Example');
    return { blocks, i, details: blocks[i + 1]! };
  };

  test('who they are, and that they do not know of the referral, loudly and before the family', () => {
    const { blocks, details } = harmBlocks(maximalDocument());
    expect(lineOf(details)).toBe(
      [
        'Date of birth: About 40 (date of birth not known)',
        'Relationship: ex-partner of Dana, father of Sam',
        'Lives in the household: No',
        'Address: 5 Other Road, London, SE13 5AB',
        'Knows of this referral: No. Do not reveal this referral to them',
      ].join(' | '),
    );
    const knows = details.kind === 'fields' ? details.rows.at(-1)!.value : [];
    expect(knows).toEqual([{ text: 'No. Do not reveal this referral to them', strong: true }]);
    const warning = blocks.findIndex((b) => lineOf(b).startsWith('Do not reveal this referral: Mark Example'));
    expect(blocks[warning]).toMatchObject({ kind: 'paragraph', role: 'notice' });
    expect(warning).toBeLessThan(indexOfHeading(blocks, 'The family'));
    expect(lineOf(blocks[warning]!)).toBe(
      'Do not reveal this referral: Mark Example, who has used abusive behaviour, does not know of it. Do not tell them, and do not contact them about it.',
    );
  });

  test('"not known" whether they know is a warning as well; knowing of it is not', () => {
    const doc = maximalDocument();
    const mark = doc.referral.people.find((p) => p.name === 'Mark Example')!;
    if (mark.kind !== 'adult') throw new Error('Mark is an adult');
    mark.knowsOfReferral = 'not-known';
    expect(notices(blocksOf(doc))).toContain(
      'Do not reveal this referral: it is not known whether Mark Example, who has used abusive behaviour, knows of it.',
    );
    mark.knowsOfReferral = 'yes';
    expect(notices(blocksOf(doc)).filter((n) => n.includes('Mark'))).toEqual([]);
    expect(rowValue(harmBlocks(doc).blocks, 'Knows of this referral')).toBe('Yes');
  });

  test('an address not known says so; a date of birth may be known', () => {
    const doc = maximalDocument();
    const mark = doc.referral.people.find((p) => p.name === 'Mark Example')!;
    if (mark.kind !== 'adult') throw new Error('Mark is an adult');
    delete mark.address;
    delete mark.approximateAge;
    delete mark.dateOfBirthNotKnown;
    mark.dateOfBirth = '1986-05-01';
    const details = lineOf(harmBlocks(doc).details);
    expect(details).toContain('Address: Not known');
    expect(details).toContain('Date of birth: 1 May 1986 (age 40)');
  });
});

describe('risks and the DASH summary', () => {
  test('which MARAC criteria are met, as a table, with the count and the latest incident', () => {
    const blocks = blocksOf(maximalDocument());
    const marac = blocks.find((b) => b.kind === 'table' && b.caption === 'The MARAC referral criteria')!;
    expect(marac.kind === 'table' && marac.rows.map((r) => r.map(text))).toEqual([
      ['Visible high risk', 'Not known'],
      ['Professional judgement', 'Met'],
      ['Potential escalation', 'Not met'],
      ['Repeat referral', 'Not met'],
    ]);
    expect(rowValue(blocks, 'MARAC')).toBe('Meets the MARAC referral criteria: professional judgement');
    expect(rowValue(blocks, 'Answered "yes"')).toBe('2 of 24 (4 answered)');
    expect(rowValue(blocks, 'Date')).toBe('14 November 2026');
    expect(rowValue(blocks, 'What happened')).toBe('Mark came to the house & shouted <threats> at Dana.');
  });

  test('a high-risk sign answered "yes" is named, and 14 "yes" answers meet visible high risk', () => {
    const doc = maximalDocument();
    const answers = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`q${i + 1}`, 'yes']));
    doc.referral.risks.dash = { ...doc.referral.risks.dash!, answers } as typeof doc.referral.risks.dash & object;
    const blocks = blocksOf(doc);
    expect(rowValue(blocks, 'MARAC')).toBe(
      'Meets the MARAC referral criteria: visible high risk and professional judgement',
    );
    expect(rowValue(blocks, 'Signs of high risk answered "yes"')).toContain('threats to kill');
    expect(rowValue(blocks, 'Risk on the count')).toBe('High risk (14 or more "yes").');
  });

  test('no DASH checklist, no incident and no person causing harm: only the family-level answers', () => {
    const blocks = blocksOf(exampleDocument());
    const risks = indexOfHeading(blocks, 'Risks');
    expect(blocks[risks + 1]!.kind).toBe('fields');
    expect(blocks[risks + 2]).toEqual({ kind: 'heading', level: 2, spans: [{ text: 'What is asked of the service' }] });
  });
});

describe('why each service was judged eligible', () => {
  const reasonLines = (blocks: readonly Block[], service: string) => {
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.level === 3 && text(b.spans).startsWith(service));
    const l = blocks[i + 1]!;
    return l.kind === 'list' ? l.items.map(text) : [];
  };

  test('an eligible service lists what was found for every criterion, in words, with the document named', () => {
    const doc = exampleDocument();
    const lines = reasonLines(blocksOf(doc), 'NVR');
    expect(lines).toHaveLength(doc.verdicts[0]!.reasons.length);
    expect(lines).toContain('Lives in Lewisham (source: Lewisham Family Hub — parenting offer, ‘Making a referral’)');
    for (const line of lines) expect(line).not.toMatch(/^(Met|Needs|Not met)\b|\.txt|seed/i);
  });

  test('a service that needs a judgement shows only what needs it; the full list stays in referral.json', () => {
    const doc = maximalDocument();
    const verdict = doc.verdicts.find((v) => v.serviceId === 'lewisham.nvr')!;
    expect(verdict.verdict).toBe('review');
    const lines = reasonLines(blocksOf(doc), 'NVR');
    expect(lines.length).toBe(verdict.reasons.filter((r) => r.status === 'review').length);
    expect(verdict.reasons.length).toBeGreaterThan(lines.length);
    expect(lines.every((l) => l.startsWith('Needs a judgement: '))).toBe(true);
  });

  test('an ineligible service shows the criteria not met, not the ones met', () => {
    const doc = filed((r) => {
      r.context.openToSocialCare = 'no';
      r.support.attendingOtherParentingProgramme = 'yes';
    });
    expect(doc.verdicts[0]!.verdict).toBe('ineligible');
    const lines = reasonLines(blocksOf(doc), 'NVR');
    expect(lines).toHaveLength(doc.verdicts[0]!.reasons.filter((r) => r.status === 'not-met').length);
    expect(lines.every((l) => l.startsWith('Not met: '))).toBe(true);
  });

  test('a file from elsewhere whose reasons do not match its verdict still shows every reason', () => {
    const doc = copy(exampleDocument());
    doc.verdicts[0] = { ...doc.verdicts[0]!, verdict: 'ineligible' };
    expect(reasonLines(blocksOf(doc), 'NVR')).toHaveLength(doc.verdicts[0].reasons.length);
  });

  test("a catalogue author's note never reaches the reader, and a rule is shown only when there is no finding", () => {
    const doc = copy(exampleDocument());
    doc.verdicts[0]!.reasons = doc.verdicts[0]!.reasons.map((r, i) => ({
      ...r,
      citation: { ...r.citation, note: 'AUTHORING NOTE: read literally that excludes' },
      ...(i === 0 ? { finding: undefined, message: 'THE RULE ITSELF' } : {}),
    }));
    const all = blocksOf(doc).map(lineOf).join('\n');
    expect(all).not.toContain('AUTHORING NOTE');
    expect(all).toContain('THE RULE ITSELF');
    expect(all).not.toContain(doc.verdicts[0]!.reasons[1]!.message);
  });

  test('what is asked of each service: referral or advice, and for whom', () => {
    const blocks = blocksOf(maximalDocument());
    const asked = blocks.find((b) => b.kind === 'table' && b.caption === 'The services in this message')!;
    expect(asked.kind === 'table' && [asked.columns, ...asked.rows.map((r) => r.map(text))]).toEqual([
      ['Service', 'Provider', 'Asked for', 'For'],
      [
        'NVR (Non-Violent Resistance) Informed Practice',
        'Lewisham Family Hub',
        'A referral',
        'Dana Example, Sam Example',
      ],
      ['The Freedom Programme', 'Lewisham Family Hub', 'Advice', 'Dana Example'],
    ]);
    expect(indexOfHeading(blocks, 'What is asked of each service')).toBeLessThan(
      indexOfHeading(blocks, 'Eligibility when filed, and why'),
    );
  });
});

describe('the rest of the case, compactly', () => {
  test('several statutory statuses at once; per-child facts under each child', () => {
    const blocks = blocksOf(maximalDocument());
    expect(rowValue(blocks, 'Statutory status')).toBe('Child in need plan; Public Law Outline (pre-proceedings)');
    const sam = indexOfHeading(blocks, 'Sam Example');
    const facts = lineOf(blocks[sam + 1]!);
    expect(facts).toContain('Diagnoses: ADHD');
    expect(facts).toContain('Behaviours: Violence or abuse towards parents or carers');
    expect(facts).toContain('Affected by domestic abuse: Yes');
  });

  test('a child whose date of birth is not known is shown with an approximate age', () => {
    const doc = filed((r) => {
      const sam = r.people.find((p) => p.name === 'Sam Example')!;
      delete sam.dateOfBirth;
      Object.assign(sam, { dateOfBirthNotKnown: true, approximateAge: 12 });
    });
    const people = blocksOf(doc).find((b) => b.kind === 'table' && b.caption === 'The people in the family')!;
    expect(lineOf(people)).toContain('Sam Example / Child / About 12 (date of birth not known)');
  });
});

describe('referrals filed or drafted before version 2', () => {
  const dir = path.join(ROOT, 'tests/fixtures/v1');
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  test.each(files.filter((f) => read(f).documentType === undefined && read(f).id !== undefined))(
    'the v1 referral %s renders after migration, its summary of needs (if any) as the reason',
    (file) => {
      const v1 = read(file);
      const referral = migrateReferral(v1) as Referral;
      // A draft may name no service yet: ask Lewisham's NVR, so there is a message to render.
      if (!referral.services.length) referral.services = [{ serviceId: 'lewisham.nvr', personIds: [] }];
      const ids = referral.services.map((s) => s.serviceId).filter((id) => id.startsWith('lewisham.'));
      const blocks = blocksOf(buildFiledReferral(referral, catalogue, exampleOptions({ serviceIds: ids })));
      const reason = indexOfHeading(blocks, "Reason for the referral, in the referrer's words");
      const summary = (v1.needs as { summary?: string }).summary?.trim();
      expect(lineOf(blocks[reason + 1]!)).toBe(
        summary || 'The referrer gave no reason. Ask the referrer before you act.',
      );
      expect(notices(blocks)).toContain(
        'How to contact the family safely was not recorded. Check with the referrer before you call, text, email or visit.',
      );
    },
  );

  test('a v1 referral.json from a service mailbox renders', () => {
    const doc = checkedDocument(read('referral.filed.example.json'));
    const blocks = blocksOf(doc);
    expect(indexOfHeading(blocks, 'The family')).toBeGreaterThan(0);
    expect(blocks.map(lineOf).join('\n')).toContain('Sam, 12, has become verbally and physically aggressive');
  });
});
