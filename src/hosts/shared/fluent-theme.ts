import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from '../../ui/host-context';

/** Fluent theme for the screens a host shows before the card (start-up, sign-in); the card maps its own. */
export function fluentThemeFor(theme: ThemeName): Theme {
  if (theme === 'dark') return webDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return webLightTheme;
}
