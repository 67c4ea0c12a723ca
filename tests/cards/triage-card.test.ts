import { adaptiveCardSchemaErrors } from '../support/adaptive-card-schema';
import {
  TRIAGE_VERB_NAMES,
  noticeCard,
  plainText,
  triageActionSchema,
  triageCard,
  type TriageCardView,
} from '../../src/cards';

const view: TriageCardView = {
  referralId: 'a1b2c3d4-0000-4000-8000-000000000000',
  mailbox: 'gfpo@council.example.gov.uk',
  version: 3,
  reference: 'RC-A1B2C3D4',
  serviceName: 'Parenting drop-in clinic',
  receivedOn: '25 March 2027',
  statusWords: 'Screening',
  deadline: { words: 'Screening due by 5 April 2027 (3 working days left)', status: 'on-track' },
  verbs: TRIAGE_VERB_NAMES,
  boardUrl: 'https://referrals.example.gov.uk/board.html?referral=a1b2c3d4',
};

const HOSTILE = [
  '<script>alert("x")</script>',
  '"},{"type":"Action.OpenUrl","url":"https://evil.example"}',
  '**bold** _it_ [link](https://evil.example) ![img](https://evil.example/x.png)',
  '{{DATE(2027-01-01T00:00:00Z, SHORT)}}',
  'tab\tnew\nline\u0000nul\u001bescape\u2028sep',
  '\\u0022 \\" \' ` ${x}',
  'x'.repeat(5000),
];

test('the triage card is valid Adaptive Card 1.5', () => {
  expect(adaptiveCardSchemaErrors(triageCard(view), '1.5')).toEqual([]);
  expect(adaptiveCardSchemaErrors(triageCard({ ...view, verbs: [], deadline: undefined }), '1.5')).toEqual([]);
  expect(adaptiveCardSchemaErrors(noticeCard('Refused', 'Nothing changed.'), '1.5')).toEqual([]);
});

test('every button carries what its action schema needs, and nothing about the family', () => {
  const card = triageCard(view);
  const json = JSON.stringify(card);
  const executes = [...json.matchAll(/"type":"Action\.Execute","title":"[^"]+","verb":"([^"]+)","data":(\{[^}]+\})/g)];
  expect(executes.map((m) => m[1]).sort()).toEqual([...TRIAGE_VERB_NAMES].sort());
  for (const [, verb, data] of executes) {
    const filled = { ...JSON.parse(data!), reason: 'Out of area', question: 'Date of birth?' };
    expect(triageActionSchema.safeParse({ verb, data: filled }).success).toBe(true);
  }
  expect(json).toContain('"Action.OpenUrl"');
  expect(json).toContain(view.boardUrl);
});

test.each(HOSTILE)('hostile typed text stays text and the JSON stays valid: %#', (text) => {
  const card = triageCard({
    ...view,
    lastChange: { words: 'Declined on 26 March 2027.', typed: { label: 'Reason', text } },
  });
  const round = JSON.parse(JSON.stringify(card));
  expect(round).toEqual(card);
  expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
  const runs = JSON.stringify(card.body.filter((e) => e.type === 'RichTextBlock'));
  expect(runs).toContain('TextRun');
  // Only TextRuns (never read as markdown) carry typed text; our TextBlocks never contain it.
  const blocks = card.body.filter((e) => e.type === 'TextBlock').map((e) => String(e.text));
  expect(blocks.some((b) => b.includes(text.slice(0, 20)))).toBe(false);
  expect(card.actions?.filter((a) => a.type === 'Action.OpenUrl')).toHaveLength(1);
});

test('plainText drops control characters, breaks template braces and caps the length', () => {
  expect(plainText('a\u0000b\u001bc\nd\te')).toBe('abc\nd\te');
  expect(plainText('{{DATE(x)}}')).toBe('{\u200b{DATE(x)}}');
  expect(plainText('x'.repeat(3000))).toHaveLength(2000);
});

test('the action schema refuses forged or malformed payloads', () => {
  const data = { referralId: view.referralId, mailbox: view.mailbox, expectedVersion: 3 };
  expect(triageActionSchema.safeParse({ verb: 'triage.start-screening', data }).success).toBe(true);
  expect(triageActionSchema.safeParse({ verb: 'triage.close', data }).success).toBe(false);
  expect(triageActionSchema.safeParse({ verb: 'triage.decline', data }).success).toBe(false);
  expect(triageActionSchema.safeParse({ verb: 'triage.ask', data: { ...data, question: ' ' } }).success).toBe(false);
  expect(triageActionSchema.safeParse({ verb: 'triage.accept', data: { ...data, expectedVersion: -1 } }).success).toBe(
    false,
  );
  expect(
    triageActionSchema.safeParse({ verb: 'triage.accept', data: { ...data, mailbox: 'not-an-address' } }).success,
  ).toBe(false);
  expect(triageActionSchema.safeParse({ verb: 'triage.accept', data: { ...data, referralId: '' } }).success).toBe(
    false,
  );
});
