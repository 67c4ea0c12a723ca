// How the tests see the triage board (board.html against the sandbox): signed in as a persona, a referral's row, and a
// decision recorded on an opened referral.
import type { Locator, Page } from 'playwright-core';

/** The board of `mailbox`, for the persona picker or a session that is already signed in. */
export const boardPath = (mailbox: string): string => `/board.html?mailbox=${encodeURIComponent(mailbox)}`;

/** Opens the board and signs in as `displayName` when the sandbox asks who you are. */
export async function openBoard(page: Page, url: string, displayName: string): Promise<void> {
  await page.goto(url);
  const persona = page.getByRole('radio', { name: new RegExp(`^${escape(displayName)}`) });
  const board = page.getByRole('table', { name: 'Referrals' });
  await persona.or(board).first().waitFor();
  if (await persona.isVisible()) {
    await persona.check();
    await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  }
  await board.waitFor();
}

/** The button that opens a referral from its row. */
export const boardRow = (page: Page, reference: string): Locator =>
  page.getByRole('table', { name: 'Referrals' }).getByRole('button', { name: reference, exact: true });

/** On an opened referral: picks a decision, fills what it asks for, and records it. */
export async function decideOnBoard(page: Page, choice: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('radio', { name: choice }).check();
  await fill?.(page);
  await page.getByRole('button', { name: 'Record decision' }).click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
