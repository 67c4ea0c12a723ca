// The compiled engine's results write their reasons when first read (a getter, not an own field), so `toEqual`
// would compare them without their reasons. This teaches `expect` to compare such a result as the plain result it
// stands for, reasons included; a test that compares results therefore checks their words too.
import { expect } from '@jest/globals';
import { CompiledResult } from '../../src/domain/eligibility/engine/service-result';

const plainIfCompiled = (x: unknown): unknown => (x instanceof CompiledResult ? x.toJSON() : x);

expect.addEqualityTesters([
  function compiledResults(this: { equals(a: unknown, b: unknown, testers?: unknown[]): boolean }, a, b, testers) {
    if (!(a instanceof CompiledResult) && !(b instanceof CompiledResult)) return undefined;
    return this.equals(plainIfCompiled(a), plainIfCompiled(b), testers);
  },
]);
