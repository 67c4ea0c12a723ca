// The official adaptivecards renderer in headless Chromium, loaded from the sandbox as its channel page loads it:
// a card is parsed, validated and drawn into #card-host, with a markdown processor as Teams has one (typed words must
// never reach it), and its Action.Execute presses recorded. What the page logs as a warning or error is kept.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSandbox, type Sandbox } from '../../../src/sandbox/sandbox';
import { launchChromium, newContext } from './browser';
import { SETUP_MS } from './e2e';

export type Rendered = {
  /** The renderer's parse and validation warnings. */
  events: string[];
  rendered: boolean;
  text: string;
  images: number;
  strong: number;
  /** True when hostile text ran as script. */
  pwned: boolean;
};

export type CardRenderer = {
  readonly page: () => Page;
  /** What the page has logged as a warning or an error so far. */
  readonly logged: string[];
  render(card: unknown): Promise<Rendered>;
  /** The Action.Execute presses since the last render: verb and data. */
  executed(): Promise<unknown[]>;
};

/** Starts a sandbox and a browser page with the renderer for the test file (beforeAll / afterAll). */
export function useCardRenderer(): CardRenderer {
  let sandbox: Sandbox | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page | undefined;
  const logged: string[] = [];

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([createSandbox({ log: () => undefined }), launchChromium()]);
    context = await newContext(browser, sandbox.origin);
    const p = await context.newPage();
    page = p;
    p.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') logged.push(m.text());
    });
    p.on('pageerror', (e) => logged.push(e.message));
    await p.goto(`${sandbox.origin}/sandbox/personas`);
    await p.addScriptTag({ url: '/sandbox/assets/adaptivecards.js' });
  }, SETUP_MS);

  afterAll(async () => {
    await Promise.allSettled([browser?.close(), sandbox?.close()]);
  }, SETUP_MS);

  const current = () => {
    if (!page) throw new Error('The renderer page is not open yet.');
    return page;
  };
  return {
    page: current,
    logged,
    render: (card) => current().evaluate(renderInPage, card),
    executed: () => current().evaluate(() => (window as unknown as { executed: unknown[] }).executed),
  };
}

// Runs in the page: serialised by Playwright, so it names nothing outside itself.
function renderInPage(payload: unknown): Rendered {
  type Action = { getJsonTypeName(): string; verb?: string; data?: unknown };
  type Ac = {
    AdaptiveCard: {
      onProcessMarkdown?: (text: string, r: { didProcess: boolean; outputHtml?: string }) => void;
    } & (new () => {
      onExecuteAction?: (a: Action) => void;
      parse(p: unknown, c: unknown): void;
      render(): HTMLElement | undefined;
      validateProperties(): { validationEvents: { message: string }[] };
    });
    SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
  };
  const w = window as unknown as { AdaptiveCards: Ac; executed: unknown[]; pwned?: number };
  const AC = w.AdaptiveCards;
  w.executed = [];
  AC.AdaptiveCard.onProcessMarkdown = (text, r) => {
    r.outputHtml = text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
    r.didProcess = true;
  };
  const ctx = new AC.SerializationContext();
  const c = new AC.AdaptiveCard();
  c.onExecuteAction = (a) => {
    if (a.getJsonTypeName() === 'Action.Execute') w.executed.push({ verb: a.verb, data: a.data });
  };
  c.parse(payload, ctx);
  const events = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
  events.push(...c.validateProperties().validationEvents.map((e) => e.message));
  const el = c.render();
  document.getElementById('card-host')?.remove();
  const host = document.createElement('div');
  host.id = 'card-host';
  if (el) host.appendChild(el);
  document.body.appendChild(host);
  return {
    events,
    rendered: !!el,
    text: el?.textContent ?? '',
    images: el?.querySelectorAll('img').length ?? 0,
    strong: el?.querySelectorAll('strong').length ?? 0,
    pwned: w.pwned === 1,
  };
}
