import { useMemo, useRef } from 'react';
import { evaluate } from '../../domain';
import type { Catalogue, Evaluation } from '../../domain';
import { evaluationKey } from './evaluation-key';

type Held = { readonly catalogue: Catalogue; readonly key: string; readonly evaluation: Evaluation };

/**
 * The engine's evaluation of `referral`, the same object while nothing the engine reads has changed: typing a name
 * leaves the verdicts, the questions and the services panel alone. Undefined until the catalogue loads.
 */
export function useEvaluation(
  referral: unknown,
  catalogue: Catalogue | undefined,
  now: () => Date,
  today: string,
): Evaluation | undefined {
  const held = useRef<Held | undefined>(undefined);
  return useMemo(() => {
    if (!catalogue) return undefined;
    const key = evaluationKey(referral, catalogue, today);
    if (held.current?.catalogue === catalogue && held.current.key === key) return held.current.evaluation;
    const evaluation = evaluate(referral, catalogue, { now: now() });
    held.current = { catalogue, key, evaluation };
    return evaluation;
  }, [referral, catalogue, now, today]);
}
