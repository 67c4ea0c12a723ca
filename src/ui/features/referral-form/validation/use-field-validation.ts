import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnnounce } from '../../../components/announcer';
import type { FieldPath } from '../../../components/field-id';
import { pathKey } from '../../../components/field-id';
import type { DraftReferral } from '../../../state/draft';
import { whenIdle } from '../../../state/when-idle';
import { loadFieldValidation, loadedFieldValidation } from './load-validation';
import type { FieldIssue } from './validate-draft';
import { NO_SERVICE_NEEDS } from './filing-requirements';
import type { ServiceNeeds } from './filing-requirements';

export type FieldValidation = {
  /** False until the checks (the referral's zod schemas) have loaded; nothing can be called valid before then. */
  readonly ready: boolean;
  /** The checks could not be loaded (a network failure): say so; `retry` tries again. */
  readonly failed: boolean;
  readonly retry: () => void;
  /** Every problem in the draft now (whether shown yet or not). */
  readonly issues: readonly FieldIssue[];
  /** The problems to show beside their fields, by path key. */
  readonly visible: ReadonlyMap<string, string>;
  /** The referrer left a field: show (and say) its problem from now on. */
  readonly blur: (path: FieldPath) => void;
  /** "Check referral": show every problem; returns them. */
  readonly showAll: () => readonly FieldIssue[];
  /** What the chosen services ask of the referral, which the checks went by (the form shows those fields). */
  readonly needs: ServiceNeeds;
};

const NONE: readonly FieldIssue[] = [];

const sameMap = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

const sameIssues = (a: readonly FieldIssue[], b: readonly FieldIssue[]) =>
  a.length === b.length &&
  a.every(
    (x, i) => x.fieldId === b[i]!.fieldId && x.message === b[i]!.message && pathKey(x.path) === pathKey(b[i]!.path),
  );

/** The checks (the referral's zod schemas): loaded once the first screen is up and the browser is idle. */
function useChecks() {
  const [checks, setChecks] = useState(loadedFieldValidation);
  const [failed, setFailed] = useState(false);
  const live = useRef(true);
  const load = useCallback(() => {
    const now = loadedFieldValidation();
    if (now) return setChecks(() => now);
    void loadFieldValidation().then(
      (loaded) => live.current && (setChecks(() => loaded), setFailed(false)),
      () => live.current && setFailed(true),
    );
  }, []);
  useEffect(() => {
    live.current = true;
    const cancel = checks ? undefined : whenIdle(load, 2000);
    return () => {
      live.current = false;
      cancel?.();
    };
  }, [checks, load]);
  return { checks, failed, load };
}

/**
 * GOV.UK timing: a field's problem shows once the referrer leaves it, and all of them on "Check referral". The
 * visible map keeps its identity while its contents stay the same, so memoised sections do not re-render. The checks
 * load after the first screen (zod is not first-screen JavaScript); a field left before then is checked, and its
 * problem said, as soon as they arrive.
 *
 * `referral` may be behind the keystroke (the App defers the checks with the rest of what follows from the whole
 * referral); `typed` reads the referral as typed, which leaving a field and "Check referral" check afresh.
 */
export function useFieldValidation(
  referral: DraftReferral,
  typed?: () => DraftReferral,
  serviceNeeds: ServiceNeeds = NO_SERVICE_NEEDS,
): FieldValidation {
  const announce = useAnnounce();
  const { checks, failed, load } = useChecks();
  const { domesticAbuse, marac } = serviceNeeds;
  const needs = useMemo(() => ({ domesticAbuse, marac }), [domesticAbuse, marac]);

  // The same list while its contents stay the same, so readiness and the filing area do not re-render per keystroke.
  const held = useRef<readonly FieldIssue[]>(NONE);
  const issues = useMemo(() => {
    const next = checks ? checks.fieldIssues(referral, needs) : NONE;
    if (!sameIssues(next, held.current)) held.current = next;
    return held.current;
  }, [checks, referral, needs]);
  // The problems of the referral as typed, worked out when asked (leaving a field, "Check referral").
  const issuesNow = useCallback((): readonly FieldIssue[] => {
    const loaded = loadedFieldValidation();
    if (!loaded) return NONE;
    const now = typed ? typed() : referral;
    return now === referral ? issues : loaded.fieldIssues(now, needs);
  }, [referral, typed, issues, needs]);
  const latest = useRef(issuesNow);
  latest.current = issuesNow;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(false);
  const previous = useRef<ReadonlyMap<string, string>>(new Map());
  const visible = useMemo(() => {
    const next = new Map(
      issues.filter((i) => all || touched.has(pathKey(i.path))).map((i) => [pathKey(i.path), i.message]),
    );
    if (sameMap(next, previous.current)) return previous.current;
    previous.current = next;
    return next;
  }, [issues, touched, all]);

  // A field left before the checks arrived: say its problem once they have.
  const unsaid = useRef<string | undefined>(undefined);
  useEffect(() => {
    const key = unsaid.current;
    if (!checks || key === undefined) return;
    unsaid.current = undefined;
    const problem = issues.find((i) => pathKey(i.path) === key);
    if (problem) announce(problem.message);
  }, [checks, issues, announce]);

  const blur = useCallback(
    (path: FieldPath) => {
      const key = pathKey(path);
      setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
      if (!loadedFieldValidation()) {
        unsaid.current = key;
        load();
        return;
      }
      const problem = latest.current().find((i) => pathKey(i.path) === key);
      if (problem) announce(problem.message);
    },
    [announce, load],
  );
  const showAll = useCallback(() => {
    setAll(true);
    load();
    return latest.current();
  }, [load]);
  const ready = checks !== undefined;
  return useMemo(
    () => ({ ready, failed, retry: load, issues, visible, blur, showAll, needs }),
    [ready, failed, load, issues, visible, blur, showAll, needs],
  );
}
