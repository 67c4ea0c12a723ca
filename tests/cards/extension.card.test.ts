import { extensionActionSchema } from '../../src/cards/extension-action.schema';
import { extensionOutlookCard, outlookCardHtml } from '../../src/cards/extension-outlook.card';
import {
  extensionCard,
  extensionDeciderCard,
  MAX_REFRESH_USERS,
  type ExtensionCardView,
} from '../../src/cards/extension.card';
import { adaptiveCardSchemaErrors } from '../support/adaptive-card-schema';
import { extensionView } from './extension-view';

const HOSTILE = '<script>alert(1)</script> [link](https://evil.example) **bold** {{DATE(2026-01-01T00:00:00Z)}}';
const view = (over: Partial<ExtensionCardView> = {}): ExtensionCardView => extensionView({ reason: HOSTILE, ...over });
const managers = (n: number) =>
  Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const audience = (n = 2) => ({ managerIds: managers(n), boardUrl: 'https://board.example/?r=1' });
const ORIGINATOR = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

// Outlook reads `originator` at the card's root; the official schema does not list it (Outlook's own extension).
const withoutOriginator = ({ originator: _o, ...rest }: { originator: string }) => rest;

const decided = {
  status: 'approved' as const,
  decisionWords: 'Approved by a team manager on 8 December 2026 at 09:05.',
};
const declined = { status: 'refused' as const, decisionWords: 'Declined.', decisionComment: HOSTILE };

describe('every extension card is valid against the official schema of its version', () => {
  const teams: [string, unknown][] = [
    ['pending, everyone', extensionCard(view(), audience())],
    ['pending, a manager', extensionDeciderCard(view(), audience())],
    ['pending, more than 60 managers', extensionCard(view(), audience(MAX_REFRESH_USERS + 1))],
    ['approved', extensionCard(view(decided), audience())],
    ['declined with a comment', extensionDeciderCard(view(declined), audience())],
    ['with a notice', extensionDeciderCard(view({ ...decided, notice: 'Already decided.' }), audience())],
  ];
  test.each(teams)('Teams 1.5: %s', (_name, card) => {
    expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
  });
  const outlook: [string, ExtensionCardView][] = [
    ['pending', view()],
    ['approved', view(decided)],
    ['declined', view(declined)],
  ];
  test.each(outlook)('Outlook 1.4: %s', (_name, v) => {
    const card = extensionOutlookCard(v, ORIGINATOR);
    expect(card.originator).toBe(ORIGINATOR);
    expect(adaptiveCardSchemaErrors(withoutOriginator(card), '1.4')).toEqual([]);
  });
  test('the schema check is not a rubber stamp: a broken card fails it', () => {
    const broken = { ...extensionCard(view(), audience()), body: [{ type: 'TextBlock' }] };
    expect(adaptiveCardSchemaErrors(broken, '1.5')).not.toEqual([]);
  });
});

test('typed words are shown as text: never a TextBlock (markdown), template braces broken', () => {
  const json = JSON.stringify(extensionCard(view(declined), audience()));
  expect(json).not.toMatch(/"type":"TextBlock","text":"[^"]*<script>/);
  const runs = [...json.matchAll(/"type":"TextRun","text":"([^"]*script[^"]*)"/g)].map((m) => m[1]);
  expect(runs.length).toBe(2);
  for (const run of runs) expect(run).toContain('{\u200b{DATE');
});

test('managers get their own view through refresh.userIds, up to 60; beyond that the card sends them to the board', () => {
  const small = extensionCard(view(), audience(60)) as unknown as { refresh: { userIds: string[] }; actions: object[] };
  expect(small.refresh.userIds).toHaveLength(60);
  expect(JSON.stringify(small.actions)).not.toContain('extension.approve');
  const large = extensionCard(view(), audience(61)) as unknown as Record<string, unknown>;
  expect(large.refresh).toBeUndefined();
  expect(JSON.stringify(large)).toContain('Team managers decide on this request in the board.');
  expect(JSON.stringify(extensionDeciderCard(view(), audience()))).toContain('"verb":"extension.approve"');
  // Once decided, nobody gets buttons or a refresh.
  const done = extensionDeciderCard(view(decided), audience()) as unknown as Record<string, unknown>;
  expect(done.refresh).toBeUndefined();
  expect(JSON.stringify(done)).not.toContain('extension.approve');
});

test('the Outlook card uses no Action.Submit or Input.Time, refreshes without userIds, and survives its script element', () => {
  const card = extensionOutlookCard(view({ reason: '</script><img src=x>' }), ORIGINATOR);
  const json = JSON.stringify(card);
  expect(json).not.toMatch(/Action\.Submit|Input\.Time|userIds/);
  expect(card.refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'extension.refresh' });
  const html = outlookCardHtml(card, 'A <plan> extension');
  const script = /<script type="application\/adaptivecard\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
  expect(JSON.parse(script)).toEqual(card);
  expect(html).toContain('A &lt;plan&gt; extension');
  expect(JSON.stringify(extensionOutlookCard(view(decided), ORIGINATOR))).not.toContain('extension.approve');
});

test('button payloads are checked: ids, mailbox and a decline comment', () => {
  const data = { referralId: view().referralId, mailbox: view().mailbox, requestId: view().requestId };
  expect(extensionActionSchema.safeParse({ verb: 'extension.approve', data }).success).toBe(true);
  expect(extensionActionSchema.safeParse({ verb: 'extension.decline', data }).success).toBe(false);
  expect(
    extensionActionSchema.safeParse({ verb: 'extension.decline', data: { ...data, comment: 'x'.repeat(2001) } })
      .success,
  ).toBe(false);
  expect(
    extensionActionSchema.safeParse({ verb: 'extension.approve', data: { ...data, referralId: 'x' } }).success,
  ).toBe(false);
  expect(extensionActionSchema.safeParse({ verb: 'extension.remove', data }).success).toBe(false);
});
