import type { ThemeName } from '../../ui/host-context';

/** A theme that a host SDK changes live (Teams, the browser's colour scheme), as HostContext.onThemeChange wants it. */
export type ThemeChannel = {
  readonly current: () => ThemeName;
  readonly set: (theme: ThemeName) => void;
  readonly subscribe: (listener: (theme: ThemeName) => void) => () => void;
};

export function createThemeChannel(initial: ThemeName): ThemeChannel {
  let current = initial;
  const listeners = new Set<(theme: ThemeName) => void>();
  return {
    current: () => current,
    set(theme) {
      if (theme === current) return;
      current = theme;
      for (const listener of [...listeners]) listener(theme);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
