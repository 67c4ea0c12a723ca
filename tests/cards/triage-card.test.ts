import { adaptiveCardSchemaErrors } from '../support/adaptive-card-schema';
import {
  MAX_WORKER_CHOICES,
  TRIAGE_VERB_NAMES,
  noticeCard,
  plainText,
  triageActionSchema,
  triageCard,
  triageViewActionSchema,
  type CardElement,
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
  // Allocation is asked for first ("Allocate to a worker"): the team's names are not on the card everyone sees.
  const shown = TRIAGE_VERB_NAMES.map((v) => (v === 'triage.allocate' ? 'triage.choose-worker' : v));
  expect(executes.map((m) => m[1]).sort()).toEqual([...shown].sort());
  for (const [, verb, data] of executes) {
    const filled = { ...JSON.parse(data!), reason: 'Out of area', question: 'Date of birth?' };
    const schema = verb === 'triage.choose-worker' ? triageViewActionSchema : triageActionSchema;
    expect(schema.safeParse({ verb, data: filled }).success).toBe(true);
  }
  expect(json).not.toContain('Input.ChoiceSet');
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

describe('the deciders’ allocation view', () => {
  const WREN = '4066a7e4-0ddd-569b-a57b-bea9ed530e6b';
  const team = [
    { id: '7010f8c4-a444-5e4e-a3e8-f6b0e4e360fd', name: 'Sam Service Manager' },
    { id: WREN, name: 'Wren Worker' },
  ];
  const picker = triageCard({ ...view, allocation: { workers: team } });
  const listOf = (card: { body: readonly CardElement[] }) =>
    card.body.find((e) => e.type === 'Input.ChoiceSet') as { choices: { title: string }[] } | undefined;
  const target = { referralId: view.referralId, mailbox: view.mailbox, expectedVersion: 3 };

  test('is valid 1.5: a required list of the team, Allocate, Back (which needs no choice) and the board', () => {
    expect(adaptiveCardSchemaErrors(picker, '1.5')).toEqual([]);
    expect(listOf(picker)).toMatchObject({
      id: 'workerId',
      label: 'Allocate to',
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose the worker to allocate.',
      choices: [
        { title: 'Sam Service Manager', value: team[0]!.id },
        { title: 'Wren Worker', value: WREN },
      ],
    });
    expect(picker.actions).toEqual([
      { type: 'Action.Execute', title: 'Allocate', verb: 'triage.allocate', data: target },
      { type: 'Action.Execute', title: 'Back', verb: 'triage.back', data: target, associatedInputs: 'none' },
      { type: 'Action.OpenUrl', title: 'Open in board', url: view.boardUrl },
    ]);
  });

  test('the Allocate button with the chosen worker is an allocation the schema accepts', () => {
    const allocate = picker.actions!.find((a) => a.verb === 'triage.allocate')!;
    const data = { ...(allocate.data as object), workerId: WREN };
    expect(triageActionSchema.safeParse({ verb: 'triage.allocate', data })).toMatchObject({
      success: true,
      data: { data: { workerId: WREN, expectedVersion: 3 } },
    });
  });

  test.each([
    ['no worker chosen', {}],
    ['an empty choice', { workerId: '' }],
    ['an address instead of an id', { workerId: 'wren.worker@sandbox.test' }],
    ['markup', { workerId: '<img src=x onerror=alert(1)>' }],
    ['a number', { workerId: 7 }],
    ['a list of workers', { workerId: [WREN] }],
  ])('a forged or empty worker is refused by the schema: %s', (_name, worker) => {
    const parsed = triageActionSchema.safeParse({ verb: 'triage.allocate', data: { ...target, ...worker } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['Choose the worker to allocate.']);
  });

  test('a changed referral id or verb is refused by the schemas', () => {
    const data = { ...target, workerId: WREN };
    expect(triageActionSchema.safeParse({ verb: 'triage.allocate', data: { ...data, referralId: '' } }).success).toBe(
      false,
    );
    expect(triageActionSchema.safeParse({ verb: 'triage.assign', data }).success).toBe(false);
    expect(triageViewActionSchema.safeParse({ verb: 'triage.allocate', data }).success).toBe(false);
    expect(
      triageViewActionSchema.safeParse({ verb: 'triage.choose-worker', data: { ...target, mailbox: 'x' } }).success,
    ).toBe(false);
  });

  test('names are text: hostile ones stay text, long ones are cut', () => {
    const card = triageCard({
      ...view,
      allocation: { workers: [{ id: WREN, name: `{{DATE(2027-01-01T00:00:00Z)}} **${'x'.repeat(100)}` }] },
    });
    expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
    const [choice] = listOf(card)!.choices;
    expect(choice!.title).toHaveLength(60);
    expect(choice!.title.startsWith('{\u200b{DATE')).toBe(true);
  });

  test(`a full list (${MAX_WORKER_CHOICES} long names) keeps the card well under Teams' 28 KB, and no more are listed`, () => {
    const workers = Array.from({ length: MAX_WORKER_CHOICES + 20 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${'Longname-'.repeat(10)}${i}`,
    }));
    const card = triageCard({ ...view, allocation: { workers } });
    expect(listOf(card)!.choices).toHaveLength(MAX_WORKER_CHOICES);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(24_000);
    expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
  });

  test('when the team cannot be listed, the view says why and offers only Back and the board', () => {
    const card = triageCard({ ...view, allocation: { unavailable: 'Allocate the referral on the board.' } });
    expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
    expect(listOf(card)).toBeUndefined();
    expect(JSON.stringify(card.body)).toContain('Allocate the referral on the board.');
    expect(card.actions!.map((a) => a.title)).toEqual(['Back', 'Open in board']);
  });

  test('an allocated referral names its worker', () => {
    const card = triageCard({ ...view, statusWords: 'Allocated to a worker', verbs: [], allocatedTo: 'Wren Worker' });
    expect(JSON.stringify(card)).toContain('{"title":"Allocated to","value":"Wren Worker"}');
    expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
  });
});
