// The package findings (rules about the referral as a whole), kept while they show the same, with their gaps in words.
import { useCallback } from 'react';
import type { Finding } from '../../../domain';
import { missingText } from './panel-groups';
import { sameFields, sameItems, useStable } from './use-stable-results';

const sameFinding = sameFields<Finding>(['code', 'severity', 'status', 'message']);
const sameMissing = sameFields<Finding['missing'][number]>(['fact', 'personId']);

/** Whether two lists of package findings show the same. */
const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  sameItems(
    a,
    b,
    (f, g) =>
      sameFinding(f, g) && sameItems(f.serviceIds, g.serviceIds) && sameItems(f.missing, g.missing, sameMissing),
  );

export function usePackageFindings(package_: readonly Finding[], names: ReadonlyMap<string, string>) {
  const findings = useStable(package_, sameFindings);
  const missingTextOf = useCallback((f: Finding) => missingText(f.missing, names), [names]);
  return { findings, missingTextOf };
}
