// A React context that must be provided: reading it outside its provider is a programming error, said plainly.
import { createContext, useContext } from 'react';
import type { Provider } from 'react';

export function requiredContext<T>(
  hookName: string,
  providerName: string,
): readonly [Provider<T | undefined>, () => T, () => T | undefined] {
  const context = createContext<T | undefined>(undefined);
  const useRequired = (): T => {
    const value = useContext(context);
    if (value === undefined) throw new Error(`${hookName} must be used inside <${providerName}>`);
    return value;
  };
  // For a part that works without the value too (it then shows less), such as a form tested on its own.
  const useIfProvided = (): T | undefined => useContext(context);
  return [context.Provider, useRequired, useIfProvided];
}
