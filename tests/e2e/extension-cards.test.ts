// The extension cards (Teams 1.5 and Outlook 1.4) rendered by the official adaptivecards renderer in headless
// Chromium, as the sandbox's channel page does: no parse or validation warnings, nothing logged, and the hostile
// text a worker or manager typed shown as text, never as markup or markdown.
import { extensionOutlookCard } from '../../src/cards/extension-outlook.card';
import { extensionCard, extensionDeciderCard, type ExtensionCardView } from '../../src/cards/extension.card';
import { useCardRenderer } from './support/card-renderer';
import { TEST_MS } from './support/e2e';
import { extensionView } from '../cards/extension-view';

const HOSTILE =
  '<img src=x onerror="window.pwned=1"> **bold** [link](https://evil.example) {{DATE(2026-01-01T00:00:00Z)}}';
const view = (over: Partial<ExtensionCardView> = {}): ExtensionCardView =>
  extensionView({ reason: HOSTILE, progress: HOSTILE, ...over });
const audience = { managerIds: ['00000000-0000-4000-8000-000000000001'], boardUrl: 'https://board.example/' };
const declined = { status: 'refused' as const, decisionWords: 'Declined by a team manager.', decisionComment: HOSTILE };

const CARDS: [string, unknown][] = [
  ['Teams, everyone, pending', extensionCard(view(), audience)],
  ['Teams, a manager, pending', extensionDeciderCard(view(), audience)],
  ['Teams, declined with a comment', extensionCard(view(declined), audience)],
  ['Outlook, pending', extensionOutlookCard(view(), '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b')],
  ['Outlook, declined', extensionOutlookCard(view(declined), '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b')],
];

jest.setTimeout(TEST_MS);
const cards = useCardRenderer();
const render = (card: unknown) => cards.render(card);

test.each(CARDS)('%s renders with no warnings, and typed text stays text', async (_name, card) => {
  const before = cards.logged.length;
  const out = await render(card);
  expect(out.events).toEqual([]);
  expect(out.rendered).toBe(true);
  expect(cards.logged.slice(before)).toEqual([]);
  expect(out.text).toContain('Plan extension for referral RC-5B1D3C1E');
  expect(out.text).toContain('<img src=x onerror="window.pwned=1"> **bold** [link](https://evil.example)');
  expect(out.images).toBe(0);
  expect(out.strong).toBe(0);
  expect(out.pwned).toBe(false);
});

test('the renderer does warn about a card it cannot read (the check can fail)', async () => {
  const out = await render({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }] });
  expect(out.events.length).toBeGreaterThan(0);
});
