// Filing in the browser against the sandbox: a Lewisham family referred to a Lewisham Family Hub service and to a
// DVIP service (DVIP works across London), two mailboxes from one referral, with a 12 MB file, the connection killed mid-upload and retried (exactly one message each, referral.json valid
// against the exported JSON Schema, the PDF carrying the reference); a 429 storm filed after the waits; an expired
// token renewed silently; offline queued then filed; a pane closed mid-upload resumed on the next open; axe-core on
// the progress view, an error state, the confirmation and My referrals.
import { createHash, randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Locator, Page } from 'playwright-core';
import example from '../../docs/examples/referral.json';
import { referenceFor } from '../../src/domain';
import { expectNoAxeViolations } from './support/axe';
import {
  attachmentsOf,
  exportedSchemas,
  pdfPages,
  managerOf,
  received,
  recordAnnouncements,
  seedDraft,
  useFilingE2e,
} from './support/filing-e2e';
import type { FilingE2e } from './support/filing-e2e';
import { filingStatus, section, signInAs, signInPage, storedDrafts } from './support/referral-card';
import { eventually } from './support/wait';

const e2e = useFilingE2e();

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const STEPHENS_PLACE = 'ChildSupportServices@dvip.org';
const NVR = 'NVR (Non-Violent Resistance) Informed Practice';
const CHILD_THERAPY = 'Therapeutic work with children';
const TWELVE_MB = 12 * 1024 * 1024;

/**
 * docs/examples/referral.json's Lewisham family: NVR for Dana and Sam, and DVIP's therapy at Stephen's Place for Alex,
 * who saw domestic violence. A service outside the family's council area could not be filed, so the second mailbox is
 * a London-wide one. Dana is not with DVIP herself, so the therapy is for Stephen's Place to decide (still filable).
 */
function referral(id: string): { id: string } & Record<string, unknown> {
  return {
    ...example,
    id,
    reason: `${example.reason} Alex, 6, saw his father's violence towards Dana before his father left; Dana asks for therapy for Alex and will take part in the parallel sessions.`,
    people: example.people.map((p) => (p.id === 'c2' ? { ...p, affectedByDomesticAbuse: 'yes' } : p)),
    services: [
      { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] },
      { serviceId: 'dvip.child-therapy', personIds: ['p1', 'c2'] },
    ],
    answers: { ...example.answers, 'dvip.parent-commits-parallel-work': 'yes', 'dvip.parent-with-dvip': 'no' },
    attachments: [],
  };
}

function patternBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 7;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Seeds the referral as the open draft, signs in, and waits until the card says it is ready to file. */
async function openReadyCard(t: FilingE2e, id: string, page: Page = t.page): Promise<void> {
  await page.goto(t.url('/'));
  await signInPage(page)
    .getByRole('radio', { name: /^Riley Referrer/ })
    .waitFor();
  await seedDraft(page, referral(id));
  await signInAs(page);
  // Exact: "Not ready to file yet" contains the words too.
  await filingStatus(page).getByRole('heading', { name: 'Ready to file', exact: true }).waitFor();
  await expect(page.getByRole('button', { name: 'File referral' }).getAttribute('aria-disabled')).resolves.toBeNull();
}

async function attach(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.locator('#attach-files').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await section(page, 'Attachments').getByRole('list', { name: 'Attached files' }).getByText(name).waitFor();
}

const fileReferral = (page: Page) => page.getByRole('button', { name: 'File referral' }).click();
const message = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name, exact: true });
const filed = (page: Page) => page.getByRole('heading', { name: 'Referral filed' }).waitFor();

async function valueNow(bar: Locator): Promise<number> {
  return Number((await bar.getAttribute('aria-valuenow')) ?? '0');
}

async function expectOneMessageEach(t: FilingE2e, id: string): Promise<{ lewisham: string; dvip: string }> {
  const [lewisham, dvip] = await Promise.all([
    received(t, managerOf(t, LEWISHAM), LEWISHAM, id),
    received(t, managerOf(t, STEPHENS_PLACE), STEPHENS_PLACE, id),
  ]);
  expect(lewisham).toHaveLength(1);
  expect(dvip).toHaveLength(1);
  const reference = referenceFor(id);
  expect(lewisham[0]?.subject).toBe(`OFFICIAL-SENSITIVE: Referral ${reference} – ${NVR}`);
  expect(dvip[0]?.subject).toBe(`OFFICIAL-SENSITIVE: Referral ${reference} – ${CHILD_THERAPY}`);
  return { lewisham: lewisham[0]!.id, dvip: dvip[0]!.id };
}

describe('filing a referral in the browser', () => {
  it('files to two mailboxes with a 12 MB file; the connection killed mid-upload; exactly one message each', async () => {
    const t = e2e();
    const { page } = t;
    const id = randomUUID();
    const reference = referenceFor(id);
    const big = patternBytes(TWELVE_MB);
    await openReadyCard(t, id);
    await attach(page, 'scan.pdf', big);

    // Slow upload ranges, so the upload can be caught half-way.
    await t.faults({ latencyMs: 1000, pathPrefix: '/upload/' });
    await fileReferral(page);
    await page.getByRole('heading', { name: 'Filing the referral' }).waitFor();
    const scan = message(page, NVR).getByRole('progressbar', { name: 'scan.pdf' });
    await eventually(
      async () => (await valueNow(scan)) > 0 && (await valueNow(scan)) < 1,
      'the 12 MB upload to be under way',
    );
    await expect(
      message(page, NVR)
        .getByText(/^\d+\.\d MB of 12\.0 MB$/)
        .count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, 'the filing progress view mid-upload');
    // The draft stays until every mailbox is filed.
    expect((await storedDrafts(page)).map((d) => d.id)).toContain(id);

    // Kill the connection of the next upload range. Chromium resends a request by itself when a reused connection
    // closes without an answer, so the card carries on; either way nothing may arrive twice.
    await t.faults({ rateDrop: 1, limit: 1, pathPrefix: '/upload/' });
    await filed(page);
    expect(await t.faultStatus()).toMatchObject({ injected: 1 });
    await expect(page.getByTestId('filing-reference').textContent()).resolves.toBe(reference);
    await expectNoAxeViolations(page, 'the filing confirmation');

    const ids = await expectOneMessageEach(t, id);
    const schemas = await exportedSchemas();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const [mailbox, messageId] of [
      [LEWISHAM, ids.lewisham],
      [STEPHENS_PLACE, ids.dvip],
    ] as const) {
      const files = await attachmentsOf(t, managerOf(t, mailbox), mailbox, messageId);
      expect(files.map((f) => f.name)).toEqual(['referral.json', 'referral.pdf', 'scan.pdf']);
      const bytes = files.map((f) => Buffer.from(f.contentBytes ?? '', 'base64'));
      expect(sha(bytes[2]!)).toBe(sha(big));
      const json = JSON.parse(bytes[0]!.toString('utf8')) as { referralId: string; referral: unknown };
      expect(json.referralId).toBe(id);
      // Every schema the CLI exports for referral.json accepts what the mailbox received (the document, or its referral).
      const checked = [...schemas].filter(([name]) => /referral/i.test(name));
      expect(checked.some(([name]) => /filed/i.test(name))).toBe(true); // the document as the mailbox receives it
      for (const [name, schema] of checked) {
        const validate = ajv.compile(schema);
        const subject = /filed/i.test(name) || /filed/i.test(String(schema.title)) ? json : json.referral;
        expect({ name, ok: validate(subject), errors: validate.errors ?? [] }).toEqual({ name, ok: true, errors: [] });
      }
      const pages = await pdfPages(bytes[1]!);
      expect(pages.length).toBeGreaterThan(0);
      for (const text of pages) expect(text).toContain(reference);
    }
    // Filed: the draft is gone.
    await eventually(async () => !(await storedDrafts(page)).some((d) => d.id === id), 'the filed draft to be cleared');

    // My referrals: the referral with both services, no decision yet.
    await page.getByRole('button', { name: 'See My referrals' }).click();
    const mine = page
      .getByRole('list', { name: 'Referrals I filed' })
      .getByRole('listitem', { name: reference, exact: true });
    await mine.waitFor();
    await mine.getByText(`${NVR}:`).waitFor();
    await mine.getByText(`${CHILD_THERAPY}:`).waitFor();
    await expect(mine.getByText('Sent; no decision reported yet').count()).resolves.toBe(2);
    await expectNoAxeViolations(page, 'My referrals');
  });

  it('a connection lost mid-upload that the card sees: one mailbox filed, the other says why; Try again files it once', async () => {
    const t = e2e();
    const { page } = t;
    const id = randomUUID();
    const file = patternBytes(5 * 1024 * 1024);
    await openReadyCard(t, id);
    await attach(page, 'scan.pdf', file);
    // The first upload range (Lewisham's) loses its connection in the browser.
    await page.route('**/upload/**', (route) => route.abort('connectionreset'), { times: 1 });
    await fileReferral(page);
    await page.getByRole('heading', { name: 'Not everything was filed' }).waitFor();
    await message(page, NVR).getByText('The connection to Microsoft 365 dropped before it answered.').waitFor();
    await message(page, CHILD_THERAPY).getByText('Sent', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'the filing error state');
    expect((await storedDrafts(page)).map((d) => d.id)).toContain(id);

    await page.getByRole('button', { name: 'Try again' }).click();
    await filed(page);
    const ids = await expectOneMessageEach(t, id);
    const files = await attachmentsOf(t, managerOf(t, LEWISHAM), LEWISHAM, ids.lewisham);
    expect(files.map((f) => f.name)).toEqual(['referral.json', 'referral.pdf', 'scan.pdf']);
    expect(sha(Buffer.from(files[2]?.contentBytes ?? '', 'base64'))).toBe(sha(file));
  });

  it('a 429 storm: each wait is announced, and the referral is filed after the waits', async () => {
    const t = e2e();
    const said = await recordAnnouncements(t.page);
    const id = randomUUID();
    await openReadyCard(t, id);
    // POST only: the duplicate check's reads of earlier referrals (GET) go on beside the filing and are not faulted.
    await t.faults({
      rate429: 1,
      retryAfterSeconds: 1,
      limit: 3,
      pathPrefix: '/graph/v1.0/me/messages',
      method: 'POST',
    });
    await fileReferral(t.page);
    await filed(t.page);
    const heard = await said();
    expect(heard.filter((s) => s.includes('Microsoft 365 asked us to wait 1 second.'))).toHaveLength(3);
    expect(heard.at(-1)).toContain(`Filed. Your reference is ${referenceFor(id)}.`);
    await expectOneMessageEach(t, id);
  });

  it('an expired token is renewed silently', async () => {
    const t = e2e();
    const tokens: string[] = [];
    t.page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/sandbox/token') tokens.push(r.url());
    });
    const id = randomUUID();
    await openReadyCard(t, id);
    const before = tokens.length;
    expect(before).toBeGreaterThan(0);
    // Two hours later for Microsoft 365: the token the page holds (an hour's) has expired.
    t.clock.now += 2 * 60 * 60 * 1000;
    await fileReferral(t.page);
    await filed(t.page);
    expect(tokens.length).toBeGreaterThan(before);
    await expect(t.page.getByText(/signed out/i).count()).resolves.toBe(0);
    await expectOneMessageEach(t, id);
  });

  it('offline: queued, "Filed when you are back online", and filed when the connection returns', async () => {
    const t = e2e();
    const id = randomUUID();
    await openReadyCard(t, id);
    await t.page.waitForLoadState('networkidle'); // the card has fetched the filing screens it keeps ready
    await t.context.setOffline(true);
    await fileReferral(t.page);
    await t.page.getByRole('heading', { name: 'Waiting to file: you are offline' }).waitFor();
    await t.page.getByText('Filed when you are back online.', { exact: true }).waitFor();
    await expectNoAxeViolations(t.page, 'the filing view while offline');
    expect(await received(t, managerOf(t, LEWISHAM), LEWISHAM, id)).toHaveLength(0);
    await t.context.setOffline(false);
    await filed(t.page);
    await expectOneMessageEach(t, id);
  });

  it('a pane closed mid-upload resumes filing on the next open, and sends each message once', async () => {
    const t = e2e();
    const id = randomUUID();
    const file = patternBytes(8 * 1024 * 1024); // two upload ranges
    await openReadyCard(t, id);
    await attach(t.page, 'letter.pdf', file);
    const uploadsTo = (page: Page, method: string, into: string[]) =>
      page.on(
        'request',
        (r) => void (r.method() === method && new URL(r.url()).pathname.startsWith('/upload/') && into.push(r.url())),
      );
    const ranges: string[] = [];
    uploadsTo(t.page, 'PUT', ranges);
    await t.faults({ latencyMs: 1500, pathPrefix: '/upload/' });
    await fileReferral(t.page);
    const bar = message(t.page, NVR).getByRole('progressbar', { name: 'letter.pdf' });
    await eventually(async () => (await valueNow(bar)) > 0, 'the upload to be under way');
    await t.page.close();
    await t.faults(undefined);

    // Open the card again: it signs in and, before anything else, finishes the filing.
    const again = await t.context.newPage();
    const cancelled: string[] = [];
    uploadsTo(again, 'DELETE', cancelled);
    await again.goto(t.url('/'));
    await signInAs(again); // the persona chosen last signs in again by itself
    await filed(again);
    // The job kept the closed pane's upload session; the resume cancelled it before anything else, so the range the
    // pane left in flight could not attach a second copy.
    expect(cancelled).toEqual([ranges[0]]);
    const ids = await expectOneMessageEach(t, id);
    const files = await attachmentsOf(t, managerOf(t, LEWISHAM), LEWISHAM, ids.lewisham);
    expect(files.map((f) => [f.name, f.size === file.length || f.name !== 'letter.pdf'])).toEqual([
      ['referral.json', true],
      ['referral.pdf', true],
      ['letter.pdf', true],
    ]);
    expect(sha(Buffer.from(files[2]?.contentBytes ?? '', 'base64'))).toBe(sha(file));
  });
});
