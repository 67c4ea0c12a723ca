// The triage board against the sandbox: referrals filed to Lewisham's mailbox appear on the board for its team
// manager; one is opened (summary and files), screened, then accepted and allocated to a worker; a decision made in
// a second window at the same time is refused with who changed it; a hostile referral.json is held back with its
// reason; the board comes back from IndexedDB on the next open; the arrow keys move between rows; axe-core finds
// nothing at 1280 and 320 px (screenshots in $BOARD_SHOTS when set).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Agent, fetch as undiciFetch } from 'undici';
import { boardPath, boardRow, decideOnBoard, openBoard } from './support/board-view';
import { filedReferralMessage } from './support/filed-message';
import { expectNoAxeViolations } from './support/axe';
import { useE2e, type E2eTest } from './support/e2e';

const e2e = useE2e({ pages: ['board.html'] });

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const MANAGER = 'Team manager, Lewisham Family Hub referrals';
const BOARD = boardPath(LEWISHAM);
const SHOTS = process.env.BOARD_SHOTS;

async function graphAs(t: E2eTest, upn: string) {
  const dispatcher = new Agent({ connect: { ca: t.sandbox.certificatePem } });
  const call = (p: string, init: Record<string, unknown> = {}) =>
    undiciFetch(`${t.sandbox.origin}${p}`, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1]);
  const token = (
    (await (
      await call('/sandbox/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn }),
      })
    ).json()) as { access_token: string }
  ).access_token;
  return (p: string, body?: unknown) =>
    call(`/graph/v1.0${p}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** Files a referral to Lewisham's NVR as Riley (as the card does: properties, referral.json); `json` replaces the file. */
async function fileReferral(t: E2eTest, json?: string): Promise<string> {
  const { reference, message } = filedReferralMessage({ mailbox: LEWISHAM, serviceId: 'lewisham.nvr' }, json);
  const send = await graphAs(t, 'riley.referrer@sandbox.test');
  const res = await send('/users/riley.referrer@sandbox.test/sendMail', { message });
  if (res.status !== 202) throw new Error(`sendMail answered ${res.status}: ${await res.text()}`);
  return reference;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

describe('the triage board in the browser', () => {
  test('a manager sees the referral, opens it, screens it, then accepts and allocates it; axe at 1280 px', async () => {
    const t = e2e();
    const reference = await fileReferral(t);
    await t.page.setViewportSize({ width: 1280, height: 900 });
    await openBoard(t.page, t.url(BOARD), MANAGER);
    await boardRow(t.page, reference).waitFor();
    await t.page.getByText(/Up to date at/).waitFor();
    await expectNoAxeViolations(t.page, 'the triage board at 1280 px');
    await shot(t.page, 'board-1280.png');

    await boardRow(t.page, reference).click();
    await t.page.getByRole('heading', { name: `Referral ${reference}` }).waitFor();
    await t.page.getByRole('heading', { name: 'Files sent' }).waitFor();
    await decideOnBoard(t.page, 'Start screening');
    await t.page.getByText('Saved: the referral is now screening.').waitFor();
    await decideOnBoard(t.page, 'Accept and allocate to a worker', async (p) => {
      await p.getByRole('combobox', { name: /Worker/ }).selectOption({ label: 'Wren Worker' });
    });
    await t.page.getByText(/Saved: the referral is now allocated to a worker\./).waitFor();
    await t.page.getByText(/moved it from screening to allocated to a worker, allocated to Wren Worker/).waitFor();
    await expectNoAxeViolations(t.page, 'an opened referral at 1280 px');
    await shot(t.page, 'referral-1280.png');

    await t.page.getByRole('button', { name: 'Back to the board' }).click();
    await t.page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All referrals' });
    await expect(boardRow(t.page, reference).isVisible()).resolves.toBe(true);
  });

  test('two decisions at once: one is saved, the other is told who changed the referral', async () => {
    const t = e2e();
    const reference = await fileReferral(t);
    await openBoard(t.page, t.url(BOARD), MANAGER);
    const other = await t.newPage();
    await openBoard(other, t.url(BOARD), MANAGER);
    for (const p of [t.page, other]) {
      await boardRow(p, reference).click();
      await p.getByRole('radio', { name: 'Start screening' }).waitFor();
    }
    await decideOnBoard(t.page, 'Start screening');
    await t.page.getByText('Saved: the referral is now screening.').waitFor();
    await decideOnBoard(other, 'Start screening');
    await other
      .getByText(
        new RegExp(`^${MANAGER} changed this referral at .*: it is now screening\\. Your decision was not saved`),
      )
      .waitFor();
  });

  test('a hostile referral.json is held back with its reason and never breaks the board', async () => {
    const t = e2e();
    const good = await fileReferral(t);
    const bad = await fileReferral(t, '{"__proto__": {"polluted": true}, "reference": "<script>alert(1)</script>"');
    await openBoard(t.page, t.url(BOARD), MANAGER);
    await boardRow(t.page, good).waitFor();
    await boardRow(t.page, bad).click();
    await t.page.getByRole('heading', { name: 'Referral details held back' }).waitFor();
    await t.page.getByText(/damaged: it is not in the expected format/).waitFor();
    await expect(t.page.evaluate(() => (({}) as Record<string, unknown>).polluted)).resolves.toBeUndefined();
  });

  test('at 320 px: rows stack, the keyboard moves between them, axe finds nothing; the board is kept for the next open', async () => {
    const t = e2e();
    const first = await fileReferral(t);
    const second = await fileReferral(t);
    await t.page.setViewportSize({ width: 320, height: 720 });
    await openBoard(t.page, t.url(BOARD), MANAGER);
    await boardRow(t.page, second).waitFor();
    await t.page.getByText(/Up to date at/).waitFor();
    await expectNoAxeViolations(t.page, 'the triage board at 320 px');
    await shot(t.page, 'board-320.png');
    await boardRow(t.page, first).click();
    await t.page.getByRole('heading', { name: 'Files sent' }).waitFor();
    await expectNoAxeViolations(t.page, 'an opened referral at 320 px');
    await shot(t.page, 'referral-320.png');
    await t.page.getByRole('button', { name: 'Back to the board' }).click();
    // Focus comes back to the referral it left.
    await expect(t.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    const buttons = t.page.getByRole('table', { name: 'Referrals' }).locator('[data-row-button]');
    await buttons.first().focus();
    const firstText = await buttons.first().textContent();
    await t.page.keyboard.press('ArrowDown');
    const focused = await t.page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toMatch(/^RC-[0-9A-F]{8}$/);
    expect(focused).not.toBe(firstText);

    // The next open starts from the rows kept in IndexedDB, then asks the mailbox only for changes.
    const again = await t.newPage();
    await openBoard(again, t.url(BOARD), MANAGER);
    await boardRow(again, first).waitFor();
    const kept = await again.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('referral-card-board');
          req.onsuccess = () => {
            const all = req.result.transaction('boards').objectStore('boards').getAll();
            all.onsuccess = () => resolve(all.result.length);
          };
        }),
    );
    expect(kept).toBe(1);
  });
});
