// How the tests see a Teams channel in the sandbox's web view: the page a person opens, the persona who presses the
// cards' buttons, and one referral's card as the Adaptive Cards renderer drew it.
import type { Locator, Page } from 'playwright-core';
import { sandboxServiceBindings } from '../../../src/sandbox/config/service-bindings';
import type { Sandbox } from '../../../src/sandbox/sandbox';

/** The team and channel where the bot posts `mailbox`'s referrals. */
export function triageChannelOf(sandbox: Sandbox, mailbox: string): { teamId: string; channelId: string } {
  const binding = sandboxServiceBindings(sandbox.seed).find((b) => b.mailbox.toLowerCase() === mailbox.toLowerCase());
  if (!binding) throw new Error(`The sandbox has no triage channel for ${mailbox}.`);
  return binding;
}

/** The web view's page of the channel where the bot posts `mailbox`'s referrals. */
export const channelPath = (sandbox: Sandbox, mailbox: string): string =>
  `/sandbox/channels/${encodeURIComponent(triageChannelOf(sandbox, mailbox).channelId)}`;

/** Opens the channel page and waits until the renderer has drawn every card on it. */
export async function openChannel(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.card-host')).every(
      (host) => host.querySelector('.card-render > *') || host.querySelector('[role="status"]')?.textContent,
    ),
  );
}

/** Chooses who presses the cards' buttons, by display name. */
export async function pressAs(page: Page, displayName: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: "Press the cards' buttons as" });
  const option = picker.locator('option').filter({ hasText: new RegExp(`^${escape(displayName)} \\(`) });
  await picker.selectOption((await option.getAttribute('value')) ?? '');
}

const cardsNaming = (page: Page, reference: string): Locator =>
  page.locator('.card-host').filter({ has: page.getByText(`Referral ${reference}`, { exact: true }) });

/**
 * The rendered card of a referral, with the line beside it where the page says what the bot answered. Found by its
 * reference, then held by its post: the bot's answer may redraw it as a card that does not name the referral.
 */
export async function referralCard(page: Page, reference: string): Promise<Locator> {
  const found = cardsNaming(page, reference).first();
  await found.waitFor();
  const post = await found.getAttribute('data-post');
  return page.locator(`.card-host[data-post="${post ?? ''}"]`);
}

/** How many cards in the channel page name the reference. */
export const cardsFor = (page: Page, reference: string): Promise<number> => cardsNaming(page, reference).count();

/** The value a rendered card's fact set shows for `title`, e.g. its Status ('' when it shows none). */
export async function cardFact(card: Locator, title: string): Promise<string> {
  return card.evaluate((host, wanted) => {
    for (const row of Array.from(host.querySelectorAll('.ac-factset tr'))) {
      const name = row.querySelector('.ac-fact-title')?.textContent?.trim();
      if (name === wanted) return row.querySelector('.ac-fact-value')?.textContent?.trim() ?? '';
    }
    return '';
  }, title);
}

/** The line beside a card where the page says what the bot answered. */
export const cardAnswer = (card: Locator): Locator => card.getByRole('status');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
