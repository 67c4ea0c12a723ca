import { useEffect, useMemo, useState } from 'react';
import { HostProvider, type HostInput } from '../host-context';
import { PlanFromNotice } from '../features/extension-request/plan-from-notice';
import { App } from '.';

/**
 * Hands the card its HostContext; beside an allocation notice in Outlook, the plan form for that referral instead. A live theme change (Teams, the browser) reaches the card both ways: through
 * onThemeChange for those who subscribe, and as a new `theme` in the context for those who just read it.
 */
export function HostRoot({ context }: { readonly context: HostInput }) {
  const [theme, setTheme] = useState(context.theme);
  const subscribe = context.onThemeChange;
  useEffect(() => (subscribe ? subscribe(setTheme) : undefined), [subscribe]);
  const value = useMemo(() => (theme === context.theme ? context : { ...context, theme }), [context, theme]);
  return (
    <HostProvider value={value}>
      <PlanFromNotice fallback={<App />} />
    </HostProvider>
  );
}
