// The Outlook task pane is never blank. office.js comes from Microsoft's CDN; whether it loads, fails or
// hangs (a proxy holding the connection), the page shows the card or says in words what went wrong.
import { useE2e } from './support/e2e';
import { blockOfficeJs, hangOfficeJs, stubOfficeJs } from './support/office';
import { referralForm, signInAs } from './support/referral-card';
import { expectNoAxeViolations } from './support/axe';

const e2e = useE2e({ pages: ['outlook.html', 'outlook-auth-dialog.html'] });

const couldNotLoad = /add-in library could not load/;

describe('outlook.html start-up', () => {
  it('shows the card when office.js loads (outside Office: no email, the card still runs)', async () => {
    const { page, url } = e2e();
    await stubOfficeJs(page);
    await page.goto(url('/outlook.html'));
    await signInAs(page);
    await referralForm(page).getByRole('textbox', { name: 'Your name' }).waitFor();
    expect(await page.getByRole('heading', { name: couldNotLoad }).count()).toBe(0);
  });

  it('says so in words, with the browser version, when office.js hangs', async () => {
    const { page, url } = e2e();
    await hangOfficeJs(page);
    await page.goto(url('/outlook.html'), { waitUntil: 'domcontentloaded' });
    // The bundle runs at once (office.js is async): the pane says it is starting, then explains.
    await page.getByRole('status').filter({ hasText: 'Starting Referral Card' }).waitFor();
    await page.getByRole('alert').getByRole('heading', { name: couldNotLoad }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Open Referral Card in the browser' }).getAttribute('href'),
    ).resolves.toBe(url('/index.html'));
  });

  it('says so at once when office.js is blocked', async () => {
    const { page, url } = e2e();
    await blockOfficeJs(page);
    await page.goto(url('/outlook.html'), { waitUntil: 'domcontentloaded' });
    await page.getByRole('alert').getByRole('heading', { name: couldNotLoad }).waitFor();
  });
});

describe('outlook-auth-dialog.html (sign-in for Outlook without nested app auth)', () => {
  it('says what is happening in words, and axe-core finds nothing', async () => {
    const { page, url } = e2e();
    await stubOfficeJs(page);
    // The sandbox build's app-config.json is not for MSAL, and no pane opened this window: it says so.
    await page.goto(url('/outlook-auth-dialog.html'));
    await page.getByRole('heading', { name: 'Signing in to Referral Card' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /not opened by Referral Card in Outlook/ })
      .waitFor();
    await expectNoAxeViolations(page, 'the Outlook sign-in dialog');
  });
});
