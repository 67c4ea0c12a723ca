import { createRoot } from 'react-dom/client';
import type { BrowserEnv } from '../shared/browser-env';
import { startCard, type CardStart } from '../shared/start-card';
import { createThemeChannel } from '../shared/theme-channel';
import { browserTheme, followBrowserTheme } from './browser-theme';

export type BrowserStart = {
  readonly container: HTMLElement;
  readonly env: BrowserEnv;
  readonly media: Pick<Window, 'matchMedia'>;
  readonly signIn?: CardStart['signIn'];
};

/** The plain page (`npm start` serves it at /): with the sandbox, its persona picker first, then the card. */
export async function startBrowser(start: BrowserStart): Promise<'card' | 'config-error'> {
  const themes = createThemeChannel(browserTheme(start.media));
  followBrowserTheme(start.media, themes);
  const context = await startCard({
    root: createRoot(start.container),
    env: start.env,
    host: 'browser',
    themes,
    ...(start.signIn ? { signIn: start.signIn } : {}),
  });
  return context ? 'card' : 'config-error';
}
