// A keyboard-only test completes the form. In the Outlook task pane's width (320 px, sections
// behind tabs), a referrer signs in, fills the NVR family's referral, adds the service and checks the referral using
// Tab, Shift+Tab, arrow keys, Space, Enter and typed characters only: no clicks, no fills.
import type { Page } from 'playwright-core';
import { useE2e } from './support/e2e';
import { chooseOption, chooseRadio, press, selectTab, tabTo, tick, typeInto } from './support/keyboard';
import {
  NVR,
  VERDICTS,
  dateOfBirth,
  daysAgoUk,
  expectChosenVerdict,
  expectValue,
  filingStatus,
  panel,
  personCard,
  questionsSection,
  section,
  serviceRow,
  signInPage,
} from './support/referral-card';

const e2e = useE2e();

const group = (page: Page, sectionTitle: string, question: string | RegExp) =>
  section(page, sectionTitle).getByRole('radiogroup', {
    name: question,
    ...(typeof question === 'string' ? { exact: true } : {}),
  });

/** The family's address, a phone number, the safe-to answers and the reason, from the keyboard. */
async function fillContactByKeyboard(page: Page) {
  const contact = section(page, 'Family contact');
  // The council list filters as you type; Enter takes the first council left.
  const council = contact.getByRole('combobox', { name: /^Which council area does the family live in/ });
  await typeInto(page, council, 'Lewisham');
  await page.keyboard.press('Enter');
  await typeInto(page, contact.getByRole('textbox', { name: 'Address line 1' }), '10 Example Street');
  await expectValue(council, 'Lewisham'); // still there after leaving the box: chosen, not only typed
  await typeInto(page, contact.getByRole('textbox', { name: 'Postcode' }), 'SE6 4RU');
  await press(page, contact.getByRole('button', { name: 'Add a phone number' }));
  await page.keyboard.type('07700 900123'); // focus moved to the new number
  for (const way of ['call them', 'text them', 'email them', 'leave a message'])
    await chooseRadio(page, group(page, 'Family contact', `Is it safe to ${way}?`), 'Yes');
  await typeInto(
    page,
    section(page, 'Why you are referring').getByRole('textbox', { name: 'Reason for referral' }),
    'Sam has become aggressive at home.',
  );
}

describe('keyboard only', () => {
  it('signs in, completes the referral form, adds a service and reaches "Ready to file"', async () => {
    const { page, url } = e2e();
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(url('/'));

    // The sandbox sign-in: arrow to the persona, Enter on the button.
    await chooseRadio(
      page,
      signInPage(page).getByRole('radiogroup'),
      'Riley Referrer referrer · riley.referrer@sandbox.test',
    );
    await press(page, page.getByRole('button', { name: 'Sign in as Riley Referrer' }));

    const aboutYou = section(page, 'About you');
    await expectValue(aboutYou.getByRole('textbox', { name: 'Your name' }), 'Riley Referrer');
    await typeInto(page, aboutYou.getByRole('textbox', { name: 'Your role' }), 'Early help practitioner');
    await typeInto(page, aboutYou.getByRole('textbox', { name: 'Your organisation' }), 'Lewisham Family Hub');

    await chooseRadio(
      page,
      group(page, 'Consent', 'Has the family consented to this referral?'),
      'Yes, consent was given',
    );
    await typeInto(
      page,
      section(page, 'Consent').getByRole('textbox', { name: 'Date consent was recorded' }),
      daysAgoUk(2),
    );
    await typeInto(page, section(page, 'Consent').getByRole('textbox', { name: 'Consent given by' }), 'Dana Example');

    // Adding a person puts the focus in their name.
    await press(page, section(page, 'Family').getByRole('button', { name: 'Add an adult' }));
    await page.keyboard.type('Dana Example');
    const dana = personCard(page, 'Dana Example');
    await chooseOption(page, dana.getByRole('combobox', { name: 'Role in the family' }), 'Parent');
    await typeInto(page, dana.getByRole('textbox', { name: 'Relationship to the children' }), 'mother');
    await chooseRadio(page, dana.getByRole('radiogroup', { name: 'Does this adult live in the household?' }), 'Yes');

    await press(page, section(page, 'Family').getByRole('button', { name: 'Add a child' }));
    await page.keyboard.type('Sam Example');
    // Enter in a field submits nothing: each person and section is a form of its own, and none is ever sent.
    const before = page.url();
    await page.keyboard.press('Enter');
    const sam = personCard(page, 'Sam Example');
    await expectValue(sam.getByRole('textbox', { name: 'Full name' }), 'Sam Example');
    expect(page.url()).toBe(before);
    await typeInto(page, sam.getByRole('textbox', { name: 'Date of birth' }), dateOfBirth(12).uk);
    await chooseRadio(page, sam.getByRole('radiogroup', { name: 'Does the child live in the borough?' }), 'Yes');
    await chooseRadio(
      page,
      sam.getByRole('radiogroup', { name: 'Does the child attend a school in the borough?' }),
      'Yes',
    );
    await chooseRadio(
      page,
      sam.getByRole('radiogroup', { name: /^Does the child live with the parent or carer/ }),
      'Yes',
    );

    await tick(
      page,
      section(page, 'Case context')
        .getByRole('group', { name: 'Statutory status' })
        .getByRole('checkbox', { name: 'Early help', exact: true }),
    );
    await fillContactByKeyboard(page);
    await chooseRadio(page, group(page, 'Case context', "Is the family open to children's social care?"), 'No');
    await chooseRadio(
      page,
      group(
        page,
        'Risks',
        'Does a parent or carer have severe mental health needs requiring specialist therapeutic help?',
      ),
      'No',
    );
    await chooseRadio(page, group(page, 'Risks', 'Is a parent or carer actively misusing drugs or alcohol?'), 'No');
    const challenges = section(page, 'Needs').getByRole('group', { name: 'Challenges the family is experiencing' });
    await tick(page, challenges.getByRole('checkbox', { name: 'Ongoing verbal and physical aggression by the child' }));
    await tick(
      page,
      challenges.getByRole('checkbox', { name: 'Threatening behaviour that compromises family safety' }),
    );
    await chooseRadio(page, group(page, 'Needs', 'Does the family have additional needs?'), 'No');
    await chooseRadio(page, group(page, 'Needs', 'Is English an additional language for the parents or carers?'), 'No');
    await chooseRadio(
      page,
      group(page, 'Previous and current support', 'Are the parents or carers attending another parenting programme?'),
      'No',
    );

    // The services are another tab in the narrow pane: arrow to it, Enter, then Space on NVR's checkbox.
    const tablist = page.getByRole('tablist', { name: 'Referral sections' });
    await selectTab(page, tablist, tablist.getByRole('tab', { name: /^Services/ }));
    // Nothing is known yet, so NVR is folded away with its provider's other services: find it by name.
    await typeInto(page, panel(page).getByRole('searchbox', { name: 'Find a service' }), 'NVR');
    await tick(page, serviceRow(page, NVR).getByRole('checkbox', { name: `Add to referral — ${NVR}` }));
    await selectTab(page, tablist, tablist.getByRole('tab', { name: 'Family details' }));
    await section(page, 'Services').getByRole('listitem', { name: NVR }).waitFor();

    // NVR asks one more thing, in "What the chosen services still need to know".
    await chooseRadio(
      page,
      questionsSection(page).getByRole('radiogroup', {
        name: /^Is the family being required to attend as part of a statutory response/,
      }),
      'No',
    );
    await expectChosenVerdict(page, NVR, VERDICTS.eligible);

    await press(page, page.getByRole('button', { name: 'Check referral' }));
    await filingStatus(page).getByRole('heading', { name: 'Ready to file', exact: true }).waitFor();
    // Focus moved to the status, so a screen reader reads it; the File button is the next stop and is enabled.
    await expect(filingStatus(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const file = page.getByRole('button', { name: 'File referral' });
    await tabTo(page, file);
    await expect(file.getAttribute('aria-disabled')).resolves.not.toBe('true');
  });
});
