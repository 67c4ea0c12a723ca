import type { ThemeName } from '../../ui/host-context';

/** Teams' theme names (app.getContext().app.theme, the theme-change handler) as the card's. */
export function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light'; // 'default', and anything newer (e.g. 'glass') until the card learns it
}
