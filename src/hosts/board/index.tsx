// board.html: the triage board in a plain page (the sandbox's persona picker first, or Entra ID sign-in).
import { createRoot } from 'react-dom/client';
import { browserTheme, followBrowserTheme } from '../browser/browser-theme';
import { pageEnv } from '../shared/browser-env';
import { createThemeChannel } from '../shared/theme-channel';
import { mailboxFromPage, startBoard } from './start-board';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const env = pageEnv(window);
const themes = createThemeChannel(browserTheme(window));
followBrowserTheme(window, themes);
const mailbox = mailboxFromPage(env.pageUrl);
void startBoard({ root: createRoot(container), env, themes, ...(mailbox ? { fixedMailbox: mailbox } : {}) });
