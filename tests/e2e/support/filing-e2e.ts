// Browser tests of filing: one in-process sandbox per file with a test clock (to expire tokens) and one
// Chromium; a fresh context per test. The sandbox is inspected the way a service would: Graph as its manager.
// Its shared mailboxes are the catalogue's referral mailboxes, as in `npm run sandbox`.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Agent, fetch as undiciFetch } from 'undici';
import { catalogue } from '../../../src/catalogues';
import { REFERRAL_PROPERTY_IDS } from '../../../src/graph';
import { catalogueMailboxes } from '../../../src/sandbox/config/shared-mailboxes';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/sandbox';
import { pdfText } from '../../support/pdf-text';
import { collectPageErrors, launchChromium, newContext } from './browser';
import { filingStatus, signInAs, signInPage } from './referral-card';
import { SETUP_MS, TEST_MS } from './e2e';
import { requireWebBuild } from './web-build';

export type FilingE2e = {
  sandbox: Sandbox;
  context: BrowserContext;
  page: Page;
  /** The sandbox's clock, in ms since the epoch: move it to expire tokens. */
  clock: { now: number };
  url(path: string): string;
  /** Graph GET as a persona (a service's manager reads its shared mailbox). */
  graph<T>(upn: string, path: string): Promise<T>;
  /** POST /sandbox/faults (or DELETE with undefined). */
  faults(settings: object | undefined): Promise<void>;
  /** GET /sandbox/faults: the settings and how many faults were injected. */
  faultStatus(): Promise<{ injected: number }>;
};

export type FilingE2eOptions = {
  /** Pages that must exist in dist/web (default index.html). */
  pages?: readonly string[];
  /** More sandbox options, worked out just before it starts (e.g. the endpoint of a bot started by the test). */
  sandbox?: () => Promise<Partial<SandboxOptions>>;
};

export function useFilingE2e(options: FilingE2eOptions = {}): () => FilingE2e {
  jest.setTimeout(TEST_MS);
  const clock = { now: Date.now() };
  let sandbox: Sandbox | undefined;
  let browser: Browser | undefined;
  let dispatcher: Agent | undefined;
  let current: FilingE2e | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    const staticDir = requireWebBuild(undefined, options.pages);
    [sandbox, browser] = await Promise.all([
      createSandbox({
        staticDir,
        sharedMailboxes: catalogueMailboxes(catalogue),
        clock: () => clock.now,
        log: () => undefined,
        ...(await options.sandbox?.()),
      }),
      launchChromium(),
    ]);
    dispatcher = new Agent({ connect: { ca: sandbox.certificatePem } });
  }, SETUP_MS);

  afterAll(async () => {
    await Promise.allSettled([browser?.close(), sandbox?.close(), dispatcher?.close()]);
  }, SETUP_MS);

  beforeEach(async () => {
    if (!sandbox || !browser || !dispatcher)
      throw new Error('The sandbox or Chromium did not start (see the beforeAll error).');
    const s = sandbox;
    const d = dispatcher;
    const context = await newContext(browser, s.origin);
    errors = [];
    const page = collectPageErrors(await context.newPage(), errors);
    const call = (path: string, init: RequestInit = {}) =>
      undiciFetch(`${s.origin}${path}`, { ...init, dispatcher: d } as Parameters<
        typeof undiciFetch
      >[1]) as unknown as Promise<Response>;
    const token = async (upn: string) => {
      const res = await call('/sandbox/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn }),
      });
      return ((await res.json()) as { access_token: string }).access_token;
    };
    current = {
      sandbox: s,
      context,
      page,
      clock,
      url: (path) => `${s.origin}${path.startsWith('/') ? '' : '/'}${path}`,
      async graph<T>(upn: string, path: string): Promise<T> {
        const res = await call(`/graph/v1.0${path}`, { headers: { authorization: `Bearer ${await token(upn)}` } });
        if (!res.ok) throw new Error(`GET ${path} as ${upn}: ${res.status} ${await res.text()}`);
        return (await res.json()) as T;
      },
      async faults(settings) {
        const res = await call(
          '/sandbox/faults',
          settings
            ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) }
            : { method: 'DELETE' },
        );
        if (!res.ok) throw new Error(`faults refused: ${res.status} ${await res.text()}`);
      },
      faultStatus: async () => (await (await call('/sandbox/faults')).json()) as { injected: number },
    };
  }, SETUP_MS);

  afterEach(async () => {
    const s = current;
    current = undefined;
    await s?.faults(undefined).catch(() => undefined);
    await s?.context.close();
    if (errors.length > 0) throw new Error(`The page threw uncaught errors:\n${errors.join('\n')}`);
  }, SETUP_MS);

  return () => {
    if (!current) throw new Error('useFilingE2e(): call the accessor inside a test.');
    return current;
  };
}

/** Puts a draft in the page's IndexedDB (the drafts feature's database) before sign-in: the card restores it. */
export async function seedDraft(
  page: Page,
  referral: { id: string } & Record<string, unknown>,
  at: Date = new Date(),
): Promise<void> {
  const draft = { id: referral.id, createdAt: at.toISOString(), updatedAt: at.toISOString(), referral };
  await page.evaluate(
    (record) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('referral-card', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(record);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    draft,
  );
}

/**
 * Riley files `referral` from the card, as a referrer would: it is the open draft when Riley signs in, the card says it
 * is ready to file, and "File referral" files it.
 */
export async function fileFromCard(t: FilingE2e, referral: { id: string } & Record<string, unknown>): Promise<void> {
  await t.page.goto(t.url('/'));
  await signInPage(t.page)
    .getByRole('radio', { name: /^Riley Referrer/ })
    .waitFor();
  await seedDraft(t.page, referral);
  await signInAs(t.page);
  await filingStatus(t.page).getByRole('heading', { name: 'Ready to file', exact: true }).waitFor();
  await t.page.getByRole('button', { name: 'File referral' }).click();
  await t.page.getByRole('heading', { name: 'Referral filed' }).waitFor();
}

/** Every text the card's polite live region says, in order (collected in the page from its first script). */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const said: string[] = [];
    let last = '';
    (window as unknown as { __said: string[] }).__said = said;
    // The announcer alternates a trailing no-break space so the same words are heard again: compare raw text.
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
      if (text && text !== last) said.push(text.trim());
      last = text;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { __said: string[] }).__said]);
}

/** The service's own manager of a shared mailbox (Morgan Manager, who decides in every service, is the other). */
export function managerOf(e2e: FilingE2e, mailbox: string): string {
  const address = mailbox.toLowerCase();
  const [manager, ...others] = e2e.sandbox.seed.personas.filter(
    (p) => p.upn !== 'morgan.manager@sandbox.test' && p.mailboxAccess.some((m) => m.toLowerCase() === address),
  );
  if (!manager || others.length > 0) throw new Error(`Expected one persona with access to ${mailbox}.`);
  return manager.upn;
}

type Attachment = { id: string; name: string; contentType: string; size: number; contentBytes?: string };
export type ReceivedMessage = { id: string; subject: string; hasAttachments: boolean };

/** The messages a shared mailbox received for a referral, by the contract's extended property. */
export async function received(
  e2e: FilingE2e,
  manager: string,
  mailbox: string,
  referralId: string,
): Promise<ReceivedMessage[]> {
  const id = REFERRAL_PROPERTY_IDS.referralId;
  const filter = encodeURIComponent(
    `singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and ep/value eq '${referralId}')`,
  );
  return (
    await e2e.graph<{ value: ReceivedMessage[] }>(
      manager,
      `/users/${mailbox}/mailFolders/inbox/messages?$filter=${filter}&$select=id,subject,hasAttachments`,
    )
  ).value;
}

export async function attachmentsOf(
  e2e: FilingE2e,
  manager: string,
  mailbox: string,
  messageId: string,
): Promise<Attachment[]> {
  return (await e2e.graph<{ value: Attachment[] }>(manager, `/users/${mailbox}/messages/${messageId}/attachments`))
    .value;
}

const ROOT = resolve(__dirname, '../../..');

/** The text of a PDF, page by page (Helper A's pdfjs-dist extractor, tests/support/pdf-text.ts). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return (await pdfText(bytes)).pages.map((p) => p.text);
}

/** The JSON Schemas `referral-card schema export --out <dir>` writes, by file name. */
export async function exportedSchemas(): Promise<Map<string, Record<string, unknown>>> {
  const { schemaCommand } = await import('../../../src/cli/commands/schema');
  const dir = await mkdtemp(join(tmpdir(), 'rc-schema-'));
  try {
    await schemaCommand(['export', '--out', dir], {
      cwd: ROOT,
      stdout: () => undefined,
      stderr: () => undefined,
      now: () => new Date(),
    });
    const out = new Map<string, Record<string, unknown>>();
    for (const name of await readdir(dir))
      out.set(name, JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>);
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
