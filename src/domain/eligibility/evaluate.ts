import type { Catalogue } from '../catalogue/catalogue.schema';
import { engineFor } from './engine/engine';
import type { EvaluateOptions, Evaluation } from './evaluation';

export type { EvaluateOptions, Evaluation, ServiceResult, Verdict } from './evaluation';
export { createEngine } from './engine/engine';
export type { Engine } from './engine/engine';

/**
 * Which services can this family be referred to, and why not the others. Pure and total: odd or partial input
 * (a half-filled draft) gives verdicts with missing facts, never an exception. The catalogue is compiled on first
 * use, and the last referral's results are kept, so the next call re-evaluates only the services a change touches.
 */
export function evaluate(input: unknown, catalogue: Catalogue, options: EvaluateOptions): Evaluation {
  return engineFor(catalogue).evaluate(input, options);
}
