// The sandbox's channel page says what the bot's answer to a press means: a card for a decision made is "updated",
// but a card that answers a refused press (a notice card standing in for the card, or the card redrawn with why
// nothing was saved) is never called an update. Run in a DOM (jsdom) with the official renderer and the real
// page script; the bot's answers are the bot's own cards.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { withInnerText } from '../../support/jsdom-inner-text';
import { noticeCard, triageCard, type TriageCardView } from '../../../src/cards';
import { channelCardsSource } from '../../../src/sandbox/web/channel-cards-script';

const view: TriageCardView = {
  referralId: '5b1d3c1e-2f7a-4c55-9a0e-6a1f6d1b2c3d',
  mailbox: 'family.hub.referrals@lewisham.gov.uk',
  version: 0,
  reference: 'RC-5B1D3C1E',
  serviceName: 'NVR (Non-Violent Resistance) Informed Practice',
  receivedOn: '7 December 2026',
  statusWords: 'Received',
  // Bold coloured lines are the card's own facts, never a refusal.
  deadline: { words: 'Screening overdue: it was due on 4 December 2026', status: 'overdue' },
  verbs: ['triage.start-screening'],
  boardUrl: 'https://board.example/',
};
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const bundle = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');

/** The channel page with one card, whose presses get `answer` (as the sandbox relays the bot's) with `status`. */
function pageAnswering(answer: unknown, status = 200) {
  const html = `<div id="channel-cards" data-channel="19:c"><select id="click-as"><option value="m">M</option></select>
    <div class="card-host" data-post="p1" data-card="${JSON.stringify(triageCard(view)).replace(/"/g, '&quot;')}">
    <div class="card-render"></div><p role="status" aria-live="polite"></p></div></div>`;
  const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true, url: 'http://127.0.0.1/' });
  withInnerText(dom);
  const win = dom.window as unknown as Window & { eval(code: string): unknown };
  win.fetch = (async () => ({ status, json: async () => answer })) as unknown as typeof fetch;
  win.eval(bundle);
  win.eval(channelCardsSource());
  const doc = dom.window.document;
  const said = () => doc.querySelector('[role="status"]')?.textContent ?? '';
  const press = async (title: string) => {
    const button = [...doc.querySelectorAll('.card-render button')].find((b) => b.textContent?.trim() === title);
    if (!button) throw new Error(`No ${title} button`);
    (button as HTMLButtonElement).click();
    for (let i = 0; i < 100 && (said() === '' || said().startsWith('Sending')); i += 1)
      await new Promise((r) => setTimeout(r, 10));
    return said();
  };
  return { press, shown: () => doc.querySelector('.card-render')?.textContent ?? '', close: () => dom.window.close() };
}

const cardAnswer = (value: unknown) => ({ status: 200, body: { type: ADAPTIVE, value } });

test('a decision made: the bot updated the card', async () => {
  const page = pageAnswering(cardAnswer(triageCard({ ...view, version: 1, statusWords: 'Screening' })));
  await expect(page.press('Start screening')).resolves.toBe('The bot updated the card.');
  expect(page.shown()).toContain('Screening');
  page.close();
});

test('a press by someone who may not decide: refused, nothing changed, and the notice card shows why', async () => {
  const why = 'Only members of the service’s deciding group can make triage decisions. Nothing was changed.';
  const page = pageAnswering(cardAnswer(noticeCard('You cannot decide on this referral', why)));
  const said = await page.press('Start screening');
  expect(said).toBe('The bot refused this press, and nothing was changed. The card says why.');
  expect(said).not.toContain('updated');
  expect(page.shown()).toContain(why);
  page.close();
});

test('someone decided first: the redrawn card says what changed, and the page does not call it an update', async () => {
  const notice = 'Someone else changed this referral since you opened it: it is now screening.';
  const page = pageAnswering(cardAnswer(triageCard({ ...view, version: 1, statusWords: 'Screening', notice })));
  await expect(page.press('Start screening')).resolves.toBe(
    'The bot could not do this. The card shows how things stand now, and says why.',
  );
  expect(page.shown()).toContain(notice);
  page.close();
});

test('a list the bot cannot offer is not an update either; a message answer is shown as the bot wrote it', async () => {
  const unavailable = { unavailable: 'This team has too many people to list. Allocate the referral on the board.' };
  const tooMany = pageAnswering(cardAnswer(triageCard({ ...view, allocation: unavailable })));
  await expect(tooMany.press('Start screening')).resolves.toMatch(/^The bot could not do this\./);
  tooMany.close();
  const message = pageAnswering({
    status: 200,
    body: { type: 'application/vnd.microsoft.activity.message', value: 'No.' },
  });
  await expect(message.press('Start screening')).resolves.toBe('No.');
  message.close();
});

test('a card with no reason on it is an update, whatever its shape; a failed send says what failed', async () => {
  const odd = pageAnswering(cardAnswer({ type: 'AdaptiveCard', body: 'not a list' }));
  await expect(odd.press('Start screening')).resolves.toBe('The bot updated the card.');
  odd.close();
  const failed = pageAnswering({ error: { message: 'The bot did not answer.' } }, 502);
  await expect(failed.press('Start screening')).resolves.toBe('The bot did not answer.');
  failed.close();
});
