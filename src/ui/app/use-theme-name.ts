import { useEffect, useState } from 'react';
import type { HostInput, ThemeName } from '../host-context';

/** The host's theme, followed live (Teams switches between light, dark and high contrast while the tab is open). */
export function useThemeName(host: Pick<HostInput, 'theme' | 'onThemeChange'>): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChange?.(setTheme);
  }, [host]);
  return theme;
}
