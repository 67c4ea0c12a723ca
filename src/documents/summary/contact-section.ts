import type { Answer, FamilyContact } from '../../domain';
import { listWords } from '../text/words';
import { addressSpans, councilSpans, joined, orWords, phoneSpans } from './person-words';
import { CHANNELS } from './safety-notices';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, spansRow, strong, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The ways of contact grouped by answer, "not safe" and "not known" in bold so no one skims past them. */
function safeRows(f: FamilyContact): (FieldRow | undefined)[] {
  const safe = f.safeContact;
  if (!safe) return [{ label: 'Safe contact', value: [strong('Not recorded: check with the referrer first')] }];
  const verbs = (answer: Answer | undefined) => {
    const v = CHANNELS.filter((c) => safe[c.key] === answer).map((c) => c.verb);
    return capital(answer === 'yes' ? listWords(v) : orWords(v));
  };
  const group = (label: string, answer: Answer | undefined, value: (v: string) => Span[]): FieldRow | undefined => {
    const v = verbs(answer);
    return v ? { label, value: value(v) } : undefined;
  };
  return [
    group('Safe to', 'yes', (v) => [words(v)]),
    group('Not safe to', 'no', (v) => [strong(v)]),
    group('Not known if safe to', 'not-known', (v) => [strong(v), words(': check with the referrer first')]),
    group('Not recorded if safe to', undefined, (v) => [strong(v), words(': check with the referrer first')]),
    dataRow('When it is safe', safe.when),
  ];
}

function personRow(f: FamilyContact): FieldRow | undefined {
  const p = f.safeContactPerson;
  if (!p) return undefined;
  const value: Span[] = [
    data(p.name),
    ...(p.relationship ? [words(' ('), data(p.relationship), words(')')] : []),
    ...(p.phone ? [words(', '), data(p.phone)] : []),
  ];
  return { label: 'Safe contact person', value };
}

const INTERPRETER: Readonly<Record<Answer, string>> = {
  yes: 'an interpreter is needed',
  no: 'no interpreter is needed',
  'not-known': 'not known whether an interpreter is needed',
};

/** The language and the interpreter in one row: they are read together. */
function languageRow(f: FamilyContact): FieldRow | undefined {
  const interpreter = f.interpreterNeeded === undefined ? undefined : INTERPRETER[f.interpreterNeeded];
  if (!f.language && !interpreter) return undefined;
  const spans: Span[] = [
    ...(f.language ? [data(f.language)] : []),
    ...(interpreter ? [words(f.language ? `; ${interpreter}` : capital(interpreter))] : []),
  ];
  return { label: 'Language', value: spans };
}

/** Where the family lives and how to reach them without putting anyone at risk. */
export function contactSection(ctx: SummaryContext): Block[] {
  const f: FamilyContact = ctx.doc.referral.family ?? {};
  const phones = f.phones ?? [];
  return [
    heading(2, words('How to contact the family safely')),
    fields([
      { label: 'Address', value: f.address ? addressSpans(f.address) : [words('Not given')] },
      spansRow('Council area', councilSpans(f.councilCode, f.councilName)),
      { label: 'Phone', value: phones.length ? joined(phones.map(phoneSpans)) : [words('Not given')] },
      dataRow('Email', f.email),
      ...safeRows(f),
      personRow(f),
      languageRow(f),
      dataRow('Accessibility needs', f.accessibilityNeeds),
    ]),
  ];
}
