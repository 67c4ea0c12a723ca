/// <reference types="office-js" />
// outlook-auth-dialog.html: MSAL sign-in inside an Office dialog, for Outlook clients without nested app auth.
import { APP_CONFIG_FILE, loadAppConfig } from '../../../auth/auth-config';
import { runSignInDialog } from './sign-in-dialog';

const say = (text: string) => {
  const status = document.getElementById('dialog-status');
  if (status) status.textContent = text;
};

async function main(): Promise<void> {
  await Office.onReady();
  const post = (message: string) => {
    try {
      Office.context.ui.messageParent(message);
    } catch {
      say('This window was not opened by Referral Card in Outlook. Close it and sign in from the card.');
    }
  };
  try {
    const config = await loadAppConfig(fetch.bind(window), new URL(APP_CONFIG_FILE, location.href).href);
    if (config.auth.mode !== 'msal') throw Object.assign(new Error('not msal'), { errorCode: 'dialog_not_configured' });
    const msal = await import('@azure/msal-browser');
    // The dialog is its own window: a standard PCA, returning to this very page (without the pane's query).
    const pca = await msal.createStandardPublicClientApplication({
      auth: {
        clientId: config.auth.clientId,
        authority: config.auth.authority,
        redirectUri: `${location.origin}${location.pathname}`,
      },
    });
    const outcome = await runSignInDialog({ pca, post, pageUrl: location.href, now: Date.now });
    say(outcome === 'redirecting' ? 'Taking you to Microsoft sign-in…' : 'Signed in. This window closes by itself.');
  } catch (error) {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    say('Sign-in could not start. Close this window and try again from the card.');
    post(JSON.stringify({ status: 'failed', errorCode: typeof code === 'string' ? code : 'dialog_start_failed' }));
  }
}

void main();
