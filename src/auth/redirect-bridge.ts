// The MSAL v5 redirect bridge: popup and silent flows land on this same-origin page, which hands
// the response to the window that asked. Its own webpack entry, emitted as auth-bridge.html; served no-store, no COOP.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById('bridge-status');
  if (message) message.textContent = 'Sign-in could not finish here. Close this window and try again from the card.';
});
