// In the browser: the DASH panel never calls a count "standard risk" while a high-risk sign is "yes", and a date of
// birth typed as people write it is read back in words, both with no axe-core violation at 320 and 1280 px.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useE2e } from './support/e2e';
import { personCard, section, signInAs } from './support/referral-card';

const e2e = useE2e();

const WIDTHS = [320, 1280] as const;

/** Screenshots of `part` at each width, into E2E_SHOTS_DIR when it is set, for a person to look at. */
async function screenshots(page: Page, part: Locator, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await part.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `${name} at ${width} px`);
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${name}-${width}.png`) });
    }
  }
}

async function openDash(page: Page): Promise<Locator> {
  await section(page, 'Risks').getByRole('button', { name: 'Complete the DASH risk checklist' }).click();
  const dash = page.getByRole('region', { name: 'DASH risk checklist' });
  await dash.waitFor();
  return dash;
}

describe('DASH and dates as people type them', () => {
  it('with strangulation and 6 "yes" answers, DASH prompts professional judgement and says nothing of "standard"', async () => {
    const { page, url } = e2e();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url('/'));
    await signInAs(page);
    const dash = await openDash(page);
    const questions = dash.getByRole('radiogroup');
    // Questions 1 to 5 are not high-risk signs; question 15 (strangling or choking) is.
    for (const n of [1, 2, 3, 4, 5, 15])
      await questions
        .nth(n - 1)
        .getByRole('radio', { name: 'Yes', exact: true })
        .check();
    await dash.getByText('"Yes" answers: 6 of 24 (6 answered; "not known" is not counted).', { exact: true }).waitFor();
    const prompt = dash.getByText(/^Signs of high risk:/).locator('..');
    await expect(prompt.textContent()).resolves.toMatch(/Answered "yes": strangling or choking\. This is a sign/);
    await expect(dash.textContent()).resolves.not.toMatch(/standard/i);
    await screenshots(page, prompt, 'dash-strangulation');
  });

  it('reads 2/6/14 typed as a child\'s date of birth as "2 June 2014"', async () => {
    const { page, url } = e2e();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url('/'));
    await signInAs(page);
    await section(page, 'Family').getByRole('button', { name: 'Add a child' }).click();
    await page.keyboard.type('Sam Example');
    const sam = personCard(page, 'Sam Example');
    const dob = sam.getByRole('textbox', { name: 'Date of birth' });
    await expect(dob.getAttribute('inputmode')).resolves.toBe('text');
    await dob.click();
    await page.keyboard.type('2/6/14');
    const read = sam.getByText('Read as 2 June 2014.', { exact: true });
    await read.waitFor();
    await expect(dob.getAttribute('aria-describedby')).resolves.toContain(await read.getAttribute('id'));
    await page.keyboard.press('Tab');
    await expect(dob.inputValue()).resolves.toBe('2/6/14');
    await expect(dob.getAttribute('aria-invalid')).resolves.not.toBe('true');
    await screenshots(page, read, 'date-of-birth');
  });
});
