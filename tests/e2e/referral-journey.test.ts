// A referrer signs in to the sandbox, fills a referral for the Lewisham NVR family of
// docs/examples/referral.json (a mother and her 12-year-old who has become aggressive at home), sees the verdicts
// follow the facts, closes the page half-way and finds everything restored, and reaches a filable package.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useE2e } from './support/e2e';
import {
  CODA,
  NVR,
  REFERRER_NAME,
  VERDICTS,
  dateOfBirth,
  daysAgoUk,
  expectChecked,
  expectValue,
  expectVerdict,
  filingStatus,
  findService,
  panel,
  personCard,
  questionsSection,
  referralForm,
  section,
  serviceRow,
  signInAs,
  waitUntilStored,
} from './support/referral-card';
import { getIn } from '../../src/ui/state/draft';

const e2e = useE2e();

const answer = (page: Page, sectionTitle: string, question: string, option: string) =>
  section(page, sectionTitle)
    .getByRole('radiogroup', { name: question, exact: true })
    .getByRole('radio', { name: option, exact: true })
    .check();

async function fillFamily(page: Page) {
  const family = section(page, 'Family');
  await family.getByRole('button', { name: 'Add an adult' }).click();
  const adult = personCard(page, 'Adult 1');
  // Adding a person moves focus to their name (use-add-person.ts).
  await page.keyboard.type('Dana Example');
  const dana = personCard(page, 'Dana Example');
  await dana.getByRole('combobox', { name: 'Role in the family' }).selectOption({ label: 'Parent' });
  await dana.getByRole('textbox', { name: 'Relationship to the children' }).fill('mother');
  await dana
    .getByRole('radiogroup', { name: 'Does this adult live in the household?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await dana.getByRole('combobox', { name: 'Gender' }).selectOption({ label: 'Female' });
  expect(await adult.count()).toBe(0);

  await family.getByRole('button', { name: 'Add a child' }).click();
  await page.keyboard.type('Sam Example');
  const sam = personCard(page, 'Sam Example');
  await sam
    .getByRole('radiogroup', { name: 'Does the child live in the borough?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await sam
    .getByRole('radiogroup', { name: 'Does the child attend a school in the borough?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await sam
    .getByRole('radiogroup', { name: /^Does the child live with the parent or carer/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
}

async function fillGeneralCriteria(page: Page) {
  await answer(page, 'Consent', 'Has the family consented to this referral?', 'Yes, consent was given');
  const consent = section(page, 'Consent');
  await consent.getByRole('textbox', { name: 'Date consent was recorded' }).fill(daysAgoUk(3));
  await consent.getByRole('textbox', { name: 'Consent given by' }).fill('Dana Example');
  const context = section(page, 'Case context');
  await context
    .getByRole('group', { name: 'Statutory status' })
    .getByRole('checkbox', { name: 'Early help', exact: true })
    .check();
  await answer(page, 'Case context', "Is the family open to children's social care?", 'No');
  await answer(
    page,
    'Risks',
    'Does a parent or carer have severe mental health needs requiring specialist therapeutic help?',
    'No',
  );
  await answer(page, 'Risks', 'Is a parent or carer actively misusing drugs or alcohol?', 'No');
  await answer(page, 'Needs', 'Does the family have additional needs?', 'No');
  await answer(page, 'Needs', 'Is English an additional language for the parents or carers?', 'No');
  await answer(
    page,
    'Previous and current support',
    'Are the parents or carers attending another parenting programme?',
    'No',
  );
  // Only the chosen service asks this one, in "What the chosen services still need to know" (engine-driven).
  await questionsSection(page)
    .getByRole('radiogroup', { name: /^Is the family being required to attend as part of a statutory response/ })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
}

const WIDTHS = [320, 1280] as const;

/** The family's address, a phone number and whether each way of contacting them is safe; axe and screenshots. */
async function fillContact(page: Page) {
  const contact = section(page, 'Family contact');
  const council = contact.getByRole('combobox', { name: /^Which council area does the family live in/ });
  await council.click();
  await page.keyboard.type('Lewisham'); // the list filters as you type; Enter takes the first council left
  await page.keyboard.press('Enter');
  await contact.getByRole('textbox', { name: 'Address line 1' }).fill('Flat 2, 10 Example Street');
  await expectValue(council, 'Lewisham'); // still there after leaving the box: chosen, not only typed
  await contact.getByRole('textbox', { name: 'Town or city (optional)' }).fill('London');
  const postcode = contact.getByRole('textbox', { name: 'Postcode' });
  await postcode.fill('se64ru');
  await postcode.blur(); // written the standard way on leaving the box
  await expectValue(postcode, 'SE6 4RU');
  await contact.getByRole('button', { name: 'Add a phone number' }).click();
  await page.keyboard.type('07700 900123'); // focus is in the new number
  await contact.getByRole('combobox', { name: 'Kind of phone (optional)' }).selectOption({ label: 'Mobile' });
  await contact.getByRole('textbox', { name: /^Whose number is it/ }).fill("Dana's mobile");
  for (const [way, option] of [
    ['call them', 'Yes'],
    ['text them', 'Yes'],
    ['email them', 'No'],
    ['leave a message', 'No'],
  ] as const)
    await contact
      .getByRole('radiogroup', { name: `Is it safe to ${way}?` })
      .getByRole('radio', { name: option, exact: true })
      .check();
  await contact.getByRole('textbox', { name: /^When is it safe/ }).fill('Weekdays 9am to 3pm');
  await waitUntilStored(page, 'the contact details are saved', (d) =>
    /^Weekdays/.test(String(getIn(d.referral, ['family', 'safeContact', 'when']) ?? '')),
  );
  const dir = process.env.E2E_SHOTS_DIR;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await contact.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `the family contact section at ${width} px`);
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await contact.screenshot({ path: join(dir, `family-contact-${width}.png`) });
    }
  }
  await page.setViewportSize({ width: 1024, height: 800 }); // back to the size the rest of the journey expects
}

describe('a referral for the Lewisham NVR family', () => {
  it('follows the facts, survives closing the page half-way, and reaches a filable package', async () => {
    const { page, url, newPage } = e2e();
    await page.goto(url('/'));
    await signInAs(page);

    // The referrer is prefilled from the signed-in persona.
    const aboutYou = section(page, 'About you');
    await expectValue(aboutYou.getByRole('textbox', { name: 'Your name' }), REFERRER_NAME);
    await expectValue(aboutYou.getByRole('textbox', { name: 'Your email address' }), 'riley.referrer@sandbox.test');
    await aboutYou.getByRole('textbox', { name: 'Your role' }).fill('Early help practitioner');
    await aboutYou.getByRole('textbox', { name: 'Your organisation' }).fill('Lewisham Family Hub');

    // Choose NVR while it still needs information: the form then asks what NVR needs. Nothing is known yet, so it is
    // folded away with its provider's other services: the referrer finds it by name.
    await findService(page, NVR);
    await expectVerdict(page, NVR, VERDICTS.incomplete);
    await serviceRow(page, NVR)
      .getByRole('checkbox', { name: `Add to referral — ${NVR}` })
      .check();
    await section(page, 'Services').getByRole('listitem', { name: NVR }).waitFor();

    await fillFamily(page);
    await fillGeneralCriteria(page);

    // Everything but the child's age and the family's challenges is known.
    await expectVerdict(page, NVR, VERDICTS.incomplete);
    const stillNeeded = serviceRow(page, NVR).getByText(/^Still needed:/);
    await expect(stillNeeded.textContent()).resolves.toMatch(/date of birth/i);
    await expect(stillNeeded.textContent()).resolves.toMatch(/Challenges the family is experiencing/);
    await expect(filingStatus(page).getByRole('heading', { name: 'Not ready to file yet' }).count()).resolves.toBe(1);

    // Half-way: the referrer writes the reason, the card saves it, and the referrer closes the pane …
    await section(page, 'Why you are referring')
      .getByRole('textbox', { name: 'Reason for referral' })
      .fill('Sam, 12, has become verbally and physically aggressive at home since the summer.');
    await waitUntilStored(page, 'the reason is saved', (d) =>
      /^Sam, 12/.test(String(getIn(d.referral, ['reason']) ?? '')),
    );
    await page
      .getByRole('banner')
      .getByText(/^Saved at \d{2}:\d{2}$/)
      .waitFor();
    await page.close({ runBeforeUnload: true });

    // … and opens it again: same browser profile, so the same IndexedDB.
    const again = await newPage();
    await again.goto(url('/'));
    await signInAs(again);
    await again.getByRole('button', { name: 'Drafts (1)' }).waitFor();
    await expectValue(
      section(again, 'About you').getByRole('textbox', { name: 'Your role' }),
      'Early help practitioner',
    );
    await expectValue(
      personCard(again, 'Dana Example').getByRole('textbox', { name: 'Relationship to the children' }),
      'mother',
    );
    await personCard(again, 'Sam Example').waitFor();
    await expectChecked(section(again, 'Consent').getByRole('radio', { name: 'Yes, consent was given' }));
    await expectValue(section(again, 'Consent').getByRole('textbox', { name: 'Consent given by' }), 'Dana Example');
    await expectValue(
      section(again, 'Why you are referring').getByRole('textbox', { name: 'Reason for referral' }),
      /^Sam, 12, has become/,
    );

    // How to reach the family safely: without it the referral is not ready to file.
    await fillContact(again);
    await section(again, 'Services').getByRole('listitem', { name: NVR }).waitFor();
    await expectVerdict(again, NVR, VERDICTS.incomplete);

    // The child's date of birth (typed DD/MM/YYYY) and two challenges make NVR eligible.
    const dob = dateOfBirth(12);
    await personCard(again, 'Sam Example').getByRole('textbox', { name: 'Date of birth' }).fill(dob.uk);
    await expectVerdict(again, NVR, VERDICTS.incomplete);
    const challenges = section(again, 'Needs').getByRole('group', { name: 'Challenges the family is experiencing' });
    await challenges.getByRole('checkbox', { name: 'Ongoing verbal and physical aggression by the child' }).check();
    // One challenge is a known answer that falls short of "2 or more": not eligible, until the second.
    await expectVerdict(again, NVR, VERDICTS.ineligible);
    await challenges.getByRole('checkbox', { name: 'Threatening behaviour that compromises family safety' }).check();
    await expectVerdict(again, NVR, VERDICTS.eligible);
    // The reasons open on demand, each a plain finding; the age reason names the child who meets it.
    await serviceRow(again, NVR)
      .getByRole('button', { name: /^Show reasons \(\d+\)$/ })
      .click();
    await serviceRow(again, NVR)
      .getByText('Sam Example (12): Within the ages it is for (8 to 18)', { exact: true })
      .waitFor();
    await serviceRow(again, NVR).getByText('Lives in Lewisham', { exact: true }).waitFor();
    await expect(
      serviceRow(again, NVR)
        .getByText(/^Met: /)
        .count(),
    ).resolves.toBe(0);

    // CODA: a mother who survived abuse, with some post-separation abuse, and the person who harmed her gone.
    await personCard(again, 'Dana Example')
      .getByRole('combobox', { name: 'Where does this adult stand in relation to domestic abuse?' })
      .selectOption({ label: 'Victim or survivor' });
    await section(again, 'Risks')
      .getByRole('combobox', { name: 'Is there post-separation abuse?' })
      .selectOption({ label: 'Some' });
    await answer(again, 'Risks', 'Is the person who caused harm still living in the family home?', 'No');
    await findService(again, CODA);
    await expectVerdict(again, CODA, VERDICTS.incomplete); // it still asks whether the woman wants to take part
    await answer(again, 'Risks', 'Is the person who caused harm still living in the family home?', 'Yes');
    await expectVerdict(again, CODA, VERDICTS.ineligible);
    await serviceRow(again, CODA)
      .getByRole('button', { name: /^Show reasons/ })
      .click();
    await serviceRow(again, CODA)
      .getByText(/^Not met: The person who caused harm still lives in the family home/)
      .waitFor();
    // NVR does not depend on it.
    await expectVerdict(again, NVR, VERDICTS.eligible);

    // A not-eligible service cannot be referred to, only asked for advice, which does not stop filing.
    const coda = serviceRow(again, CODA);
    await expect(coda.getByRole('checkbox').count()).resolves.toBe(0);
    await coda.getByRole('button', { name: `Ask the service for advice — ${CODA}` }).click();
    await coda.getByText('Advice request: you are asking the service for advice, not referring.').waitFor();

    // The package: NVR (eligible) and an advice request to CODA.
    await again.getByRole('button', { name: 'Check referral' }).click();
    const status = filingStatus(again);
    await status.getByRole('heading', { name: 'Ready to file', exact: true }).waitFor(); // not "Not ready to file yet"
    const chosen = again.getByRole('list', { name: 'Chosen services' });
    await expect(chosen.textContent()).resolves.toContain(`${NVR}: eligible`);
    await expect(chosen.textContent()).resolves.toContain(`${CODA}: asking the service for advice`);
    const file = again.getByRole('button', { name: 'File referral' });
    await expect(file.getAttribute('aria-disabled')).resolves.not.toBe('true');
    await expect(again.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(0);
    await expect(panel(again).count()).resolves.toBe(1);
    await expect(referralForm(again).count()).resolves.toBe(1);
  });
});
