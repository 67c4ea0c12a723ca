import { useEffect, useState } from 'react';
import type { HostContext, ThemeName } from '../host-context';

/** The host's theme, followed live (Teams switches between light, dark and high contrast while the tab is open). */
export function useThemeName(host: HostContext): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChange?.(setTheme);
  }, [host]);
  return theme;
}
