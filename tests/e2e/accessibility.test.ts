// axe-core (WCAG 2.0/2.1/2.2 A and AA) reports nothing on every screen: the sandbox sign-in,
// the form (wide, at the Outlook task pane's 320 px, and a restored family of six at 320 px), the panel with a
// citation open, the DASH checklist, the drafts menu, the error summary, and outlook.html when Office.js cannot load.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import example from '../../docs/examples/referral.json';
import { expectNoAxeViolations } from './support/axe';
import { useE2e } from './support/e2e';
import { seedDraft } from './support/filing-e2e';
import { blockOfficeJs } from './support/office';
import {
  CODA,
  NVR,
  REFERRER_NAME,
  expectValue,
  findService,
  panel,
  personCard,
  referralForm,
  section,
  serviceRow,
  signInAs,
  signInPage,
} from './support/referral-card';

const e2e = useE2e({ pages: ['index.html', 'outlook.html'] });

async function openCard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await signInAs(page);
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  it('on the sandbox sign-in page', async () => {
    const { page, url } = e2e();
    await page.goto(url('/'));
    await signInPage(page)
      .getByRole('radio', { name: /^Riley Referrer/ })
      .waitFor();
    await expectNoAxeViolations(page, 'the sandbox sign-in page');
    // With a persona chosen, the button names them.
    await page.getByRole('radio', { name: /^Riley Referrer/ }).check();
    await page.getByRole('button', { name: 'Sign in as Riley Referrer' }).waitFor();
    await expectNoAxeViolations(page, 'the sandbox sign-in page with a persona chosen');
  });

  it('on the form and the services panel, side by side', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    await panel(page)
      .getByRole('group', { name: /^Other services, by provider/ })
      .waitFor();
    await expectNoAxeViolations(page, 'the empty form beside the services panel');
    // A provider's group opened, and a service found by name.
    await panel(page)
      .getByRole('button', { name: /Lewisham/ })
      .first()
      .click();
    await findService(page, NVR);
    await expectNoAxeViolations(page, 'the services panel with a group open and a search');
  });

  it('on the form with people, answers and a chosen service, at the task pane width of 320 px', async () => {
    const { page, url } = e2e();
    await page.setViewportSize({ width: 320, height: 720 });
    await openCard(page, url('/'));
    const family = section(page, 'Family');
    await family.getByRole('button', { name: 'Add an adult' }).click();
    await page.keyboard.type('Dana Example');
    await family.getByRole('button', { name: 'Add a child' }).click();
    await page.keyboard.type('Sam Example');
    await section(page, 'Consent').getByRole('radio', { name: 'Yes, consent was given' }).check();
    await section(page, 'Consent').getByRole('textbox', { name: 'Date consent was recorded' }).fill('20/11/2026');
    await expectNoAxeViolations(page, 'the filled form at 320 px');
    // Narrow: the services are behind a tab.
    await page.getByRole('tab', { name: /^Services/ }).click();
    await findService(page, NVR);
    await serviceRow(page, NVR)
      .getByRole('checkbox', { name: `Add to referral — ${NVR}` })
      .check();
    await expectNoAxeViolations(page, 'the services tab at 320 px');
  });

  it('on a restored referral for a family of six at 320 px, where every section and card is its real size', async () => {
    const { page, url } = e2e();
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(url('/'));
    await signInPage(page)
      .getByRole('radio', { name: /^Riley Referrer/ })
      .waitFor();
    const more = ['Jo', 'Kit', 'Lee'].map((name, i) => ({
      id: `c${i + 3}`,
      kind: 'child',
      name: `${name} Example`,
      dateOfBirth: `201${i + 5}-03-01`,
    }));
    await seedDraft(page, { ...example, id: randomUUID(), people: [...example.people, ...more] });
    await signInAs(page);
    await personCard(page, 'Lee Example').waitFor();
    // Far below the fold, never yet on screen, a section or card must still be as tall as what it holds: a guessed
    // height (CSS content-visibility's placeholder) let its content spill over the next part, and axe saw the
    // attachments input covered.
    const spilled = await referralForm(page).evaluate((form) =>
      Array.from(form.querySelectorAll('section, li[aria-labelledby^="person-"]')).flatMap((part) => {
        const box = part.getBoundingClientRect();
        const bottom = Math.max(...Array.from(part.querySelectorAll('*'), (el) => el.getBoundingClientRect().bottom));
        return bottom > box.bottom + 1
          ? [
              `${part.id || part.getAttribute('aria-labelledby')}: content to ${Math.round(bottom)}, box to ${Math.round(box.bottom)}`,
            ]
          : [];
      }),
    );
    expect(spilled).toEqual([]);
    await expectNoAxeViolations(page, 'a restored family of six at 320 px');
  });

  it("on the panel with a reason's citation open", async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    const coda = await findService(page, CODA);
    await coda.getByRole('button', { name: /^Show reasons/ }).click();
    const show = coda.getByRole('button', { name: 'Show source' }).first();
    await show.click();
    await coda
      .getByText(/^Source: /)
      .first()
      .waitFor();
    await expect(coda.getByRole('button', { name: 'Hide source' }).first().getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    await expectNoAxeViolations(page, "the panel with a reason's citation open");
  });

  it('on the DASH checklist, with some answers and the MARAC criteria', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    await section(page, 'Risks').getByRole('button', { name: 'Complete the DASH risk checklist' }).click();
    const dash = page.getByRole('region', { name: 'DASH risk checklist' });
    await dash.waitFor();
    const first = dash.getByRole('radiogroup').first();
    await first.getByRole('radio', { name: 'Yes', exact: true }).check();
    await expectNoAxeViolations(page, 'the DASH checklist');
  });

  it('with the drafts menu open', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    // A draft is kept once something about the family is typed (the referrer's own details are remembered instead).
    await section(page, 'Why you are referring')
      .getByRole('textbox', { name: 'Reason for referral' })
      .fill('Aggressive at home');
    await page.getByRole('button', { name: 'Drafts (1)' }).click();
    await page.getByRole('menu').waitFor();
    await page.getByRole('menuitem', { name: /^Referral started / }).waitFor();
    await expectNoAxeViolations(page, 'the page with the drafts menu open');
  });

  it('on the error summary after "Check referral" with answers missing', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    // Cleared once the prefill has landed, or the prefill could put the name back after the clearing.
    const yourName = section(page, 'About you').getByRole('textbox', { name: 'Your name' });
    await expectValue(yourName, REFERRER_NAME);
    await yourName.fill('');
    await page.getByRole('button', { name: 'Check referral' }).click();
    const summary = page.getByRole('region', { name: 'There is a problem' });
    await summary.waitFor();
    // Focus moves to the summary, and each problem links to its field, which is marked invalid and described.
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await summary.getByRole('link').first().waitFor();
    const name = referralForm(page).getByRole('textbox', { name: 'Your name' });
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(name.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await expectNoAxeViolations(page, 'the error summary and the invalid fields');
  });

  it('on outlook.html when Office.js cannot load', async () => {
    const { page, url } = e2e();
    await blockOfficeJs(page);
    await page.goto(url('/outlook.html'));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: /add-in library could not load/ }).waitFor();
    await page.getByRole('link', { name: 'Open Referral Card in the browser' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Open Referral Card in the browser' }).getAttribute('href'),
    ).resolves.toBe(url('/index.html'));
    await expectNoAxeViolations(page, 'the Office.js-missing message on outlook.html');
  });
});
