import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ThemeName } from '../host-context';

const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The Fluent theme for a host's theme name; the one place the mapping lives (hosts may pass Teams themes later). */
export function themeFor(name: ThemeName): Theme {
  return THEMES[name] ?? webLightTheme;
}
