import { useCallback, useMemo, useRef, useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import type { FieldPath } from '../../../components/field-id';
import { pathKey } from '../../../components/field-id';
import type { DraftReferral } from '../../../state/draft';
import type { FieldIssue } from './validate-draft';
import { fieldIssues } from './validate-draft';

export type FieldValidation = {
  /** Every problem in the draft now (whether shown yet or not). */
  readonly issues: readonly FieldIssue[];
  /** The problems to show beside their fields, by path key. */
  readonly visible: ReadonlyMap<string, string>;
  /** The referrer left a field: show (and say) its problem from now on. */
  readonly blur: (path: FieldPath) => void;
  /** "Check referral": show every problem; returns them. */
  readonly showAll: () => readonly FieldIssue[];
};

const sameMap = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * GOV.UK timing: a field's problem shows once the referrer leaves it, and all of them on "Check referral". The
 * visible map keeps its identity while its contents stay the same, so memoised sections do not re-render.
 */
export function useFieldValidation(referral: DraftReferral): FieldValidation {
  const announce = useAnnounce();
  const issues = useMemo(() => fieldIssues(referral), [referral]);
  const latest = useRef(issues);
  latest.current = issues;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(false);
  const previous = useRef<ReadonlyMap<string, string>>(new Map());
  const visible = useMemo(() => {
    const next = new Map(issues.filter((i) => all || touched.has(pathKey(i.path))).map((i) => [pathKey(i.path), i.message]));
    if (sameMap(next, previous.current)) return previous.current;
    previous.current = next;
    return next;
  }, [issues, touched, all]);
  const blur = useCallback((path: FieldPath) => {
    const key = pathKey(path);
    setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
    const problem = latest.current.find((i) => pathKey(i.path) === key);
    if (problem) announce(problem.message);
  }, [announce]);
  const showAll = useCallback(() => {
    setAll(true);
    return latest.current;
  }, []);
  return useMemo(() => ({ issues, visible, blur, showAll }), [issues, visible, blur, showAll]);
}
