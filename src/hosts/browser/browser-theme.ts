import type { ThemeName } from '../../ui/host-context';
import type { ThemeChannel } from '../shared/theme-channel';

type MediaSource = Pick<Window, 'matchMedia'>;

/** The page's theme from the system settings: forced colours (Windows contrast themes) first, then dark mode. */
export function browserTheme(win: MediaSource): ThemeName {
  if (win.matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

/** Follows system theme changes live, like Teams does. */
export function followBrowserTheme(win: MediaSource, themes: ThemeChannel): void {
  for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) {
    win.matchMedia(query).addEventListener('change', () => themes.set(browserTheme(win)));
  }
}
