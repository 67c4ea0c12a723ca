// The web view's channel page in a DOM (jsdom): cards rendered by the official Adaptive Cards renderer, served from
// node_modules by the sandbox; pressing Action.Execute as a chosen persona reaches the bot (a stub here) with the
// card's inputs, and the bot's updated card or message replaces or annotates the card.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { withInnerText } from '../../support/jsdom-inner-text';
import { type Harness, LEWISHAM_MANAGER, startHarness } from '../../conformance/support';
import { postCardAsBot, referralsChannel } from '../teams/bot-cards';

const HOSTILE = `<img src=x onerror="window.hacked=1">`;
const CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: `New referral R-7 ${HOSTILE}` },
    { type: 'Input.Text', id: 'reason', label: 'Reason' },
  ],
  actions: [{ type: 'Action.Execute', title: 'Decline', verb: 'decline', data: { referralId: 'R-7' } }],
};

let h: Harness;
let bot: Server;
let channelId: string;
const received: {
  value: { action: { verb: string; data: Record<string, unknown> } };
  from: { aadObjectId: string };
}[] = [];
let reply: object = {};

beforeAll(async () => {
  bot = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      received.push(JSON.parse(text) as (typeof received)[number]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((r) => bot.listen(0, '127.0.0.1', r));
  h = await startHarness({ botEndpoint: `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages` });
  channelId = referralsChannel(h);
  await postCardAsBot(h, channelId, CARD);
});
afterAll(async () => {
  await h.close();
  await new Promise((r) => bot.close(r));
});

/** The channel page with its two scripts run, fetching from the sandbox as the browser would. */
async function openChannel(): Promise<JSDOM> {
  const path = `/sandbox/channels/${encodeURIComponent(channelId)}`;
  const dom = new JSDOM(await (await h.fetch(path)).text(), {
    url: `${h.sandbox.origin}${path}`,
    runScripts: 'outside-only',
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window & { eval(code: string): unknown };
  withInnerText(dom);
  win.fetch = ((url: string, init?: RequestInit) => h.fetch(url, init)) as typeof fetch;
  const scripts = [...dom.window.document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
  expect(scripts).toEqual(['/sandbox/assets/adaptivecards.js', '/sandbox/assets/channel-cards.js']);
  for (const src of scripts) {
    const res = await h.fetch(src);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    win.eval(await res.text());
  }
  return dom;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

test('the card renders with the renderer; hostile text stays text', async () => {
  const dom = await openChannel();
  const doc = dom.window.document;
  const rendered = doc.querySelector('.card-render');
  expect(rendered?.textContent).toContain('New referral R-7');
  expect(rendered?.textContent).toContain(HOSTILE);
  expect(rendered?.querySelector('img')).toBeNull();
  expect((dom.window as unknown as { hacked?: number }).hacked).toBeUndefined();
  const buttons = [...(rendered?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim());
  expect(buttons).toContain('Decline');
  const options = [...doc.querySelectorAll('#click-as option')].map((o) => o.getAttribute('value'));
  expect(options).toContain(LEWISHAM_MANAGER);
  expect(options).not.toContain('riley.referrer@sandbox.test');
  dom.window.close();
});

test('pressing Decline as the manager sends the input with the action, and the bot’s card replaces it', async () => {
  received.length = 0;
  reply = {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'R-7 declined' }] },
  };
  const dom = await openChannel();
  const doc = dom.window.document;
  (doc.getElementById('click-as') as HTMLSelectElement).value = LEWISHAM_MANAGER;
  const input = doc.querySelector('.card-render input') as HTMLInputElement;
  input.value = 'Outside the area';
  input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
  const decline = [...doc.querySelectorAll('.card-render button')].find((b) => b.textContent?.trim() === 'Decline');
  (decline as HTMLButtonElement).click();
  await until(() => doc.querySelector('.card-host [role="status"]')?.textContent === 'The bot updated the card.');
  expect(doc.querySelector('.card-render')?.textContent).toContain('R-7 declined');
  expect(received).toHaveLength(1);
  const manager = h.sandbox.seed.personas.find((p) => p.upn === LEWISHAM_MANAGER)!;
  expect(received[0]!.from.aadObjectId).toBe(manager.id);
  expect(received[0]!.value.action).toMatchObject({
    verb: 'decline',
    data: { referralId: 'R-7', reason: 'Outside the area' },
  });
  dom.window.close();
});

test('a message from the bot (a refusal) is shown beside the card, which stays as it was', async () => {
  reply = {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: 'Only team managers can decide.',
  };
  const dom = await openChannel();
  const doc = dom.window.document;
  (doc.getElementById('click-as') as HTMLSelectElement).value = 'wren.worker@sandbox.test';
  const decline = [...doc.querySelectorAll('.card-render button')].find((b) => b.textContent?.trim() === 'Decline');
  (decline as HTMLButtonElement).click();
  await until(() => doc.querySelector('.card-host [role="status"]')?.textContent === 'Only team managers can decide.');
  expect(doc.querySelector('.card-render')?.textContent).toContain('New referral R-7');
  dom.window.close();
});

test('only the two scripts are served; anything else under assets is not found', async () => {
  expect((await h.fetch('/sandbox/assets/../../package.json')).status).toBe(404);
  expect((await h.fetch('/sandbox/assets/constructor')).status).toBe(404);
  expect((await h.fetch('/sandbox/assets/adaptivecards.min.js.map')).status).toBe(404);
});
