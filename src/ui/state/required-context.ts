// A React context that must be provided: reading it outside its provider is a programming error, said plainly.
import { createContext, useContext } from 'react';
import type { Provider } from 'react';

export function requiredContext<T>(
  hookName: string,
  providerName: string,
): readonly [Provider<T | undefined>, () => T] {
  const context = createContext<T | undefined>(undefined);
  const useRequired = (): T => {
    const value = useContext(context);
    if (value === undefined) throw new Error(`${hookName} must be used inside <${providerName}>`);
    return value;
  };
  return [context.Provider, useRequired];
}
