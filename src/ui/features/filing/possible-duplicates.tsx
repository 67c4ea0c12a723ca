// Before filing: a warning (never a block) when the referrer's own Sent Items hold a referral of the same child to
// the same service within 90 days — the same rule the triage board's duplicate flag uses.
import { useEffect, useMemo, useState } from 'react';
import { duplicateCheckOf, findPossibleDuplicates, possibleDuplicateText } from '../../../domain';
import type { DuplicateCheckReferral, EarlierReferral, ReferralForDuplicates } from '../../../domain';
import { useDraft, useDraftId } from '../../state/use-draft';
import type { DraftReferral } from '../../state/draft';
import { useFilingScreenStyles } from './filing.styles';

export type PossibleDuplicatesProps = {
  /** The referrer's referrals of the last 90 days; read once per mount, when there is something to check. */
  readonly loadEarlier: () => Promise<readonly EarlierReferral[]>;
  readonly serviceName: (serviceId: string) => string | undefined;
  readonly now: () => Date;
};

/** The draft as the duplicate rule reads it: named children and the services chosen for them. */
function candidateOf(id: string, referral: DraftReferral, serviceName: PossibleDuplicatesProps['serviceName']) {
  const people = (referral.people ?? []).flatMap((p) =>
    p && typeof p.id === 'string' && typeof p.kind === 'string'
      ? [{ ...p, id: p.id, kind: p.kind, name: typeof p.name === 'string' ? p.name.trim() : undefined }]
      : [],
  );
  const services = (referral.services ?? []).flatMap((s) =>
    s && typeof s.serviceId === 'string'
      ? [
          {
            serviceId: s.serviceId,
            personIds: (s.personIds ?? []).filter((x) => typeof x === 'string'),
            advice: s.advice === true,
          },
        ]
      : [],
  );
  const forRule = { id, people: people.filter((p) => p.name !== ''), services } as ReferralForDuplicates;
  return duplicateCheckOf(forRule, serviceName);
}

const worthChecking = (c: DuplicateCheckReferral) =>
  c.children.length > 0 && c.children.some((child) => (child.serviceIds ?? []).length > 0);

export function PossibleDuplicates({ loadEarlier, serviceName, now }: PossibleDuplicatesProps) {
  const s = useFilingScreenStyles();
  const id = useDraftId();
  const people = useDraft((r) => r.people);
  const services = useDraft((r) => r.services);
  const candidate = useMemo(
    () => candidateOf(id, { people, services }, serviceName),
    [id, people, services, serviceName],
  );
  const wanted = worthChecking(candidate);
  const [earlier, setEarlier] = useState<readonly EarlierReferral[] | 'failed'>();
  useEffect(() => {
    if (!wanted || earlier !== undefined) return;
    let live = true;
    loadEarlier().then(
      (found) => live && setEarlier(found),
      () => live && setEarlier('failed'),
    );
    return () => {
      live = false;
    };
  }, [wanted, earlier, loadEarlier]);
  if (!wanted || earlier === undefined) return null;
  if (earlier === 'failed')
    return <p className={s.muted}>Your earlier referrals could not be checked for a possible duplicate just now.</p>;
  const today = now();
  const found = findPossibleDuplicates(candidate, earlier, { now: today });
  if (found.length === 0) return null;
  return (
    <div className={s.notice} role="note" aria-labelledby="possible-duplicates-title">
      <h3 id="possible-duplicates-title" className={s.subHeading}>
        You may have referred this child already
      </h3>
      <ul className={s.bullets}>
        {found.map((d) => (
          <li key={`${d.reference} ${d.service.id} ${d.child}`}>
            <bdi dir="auto">{possibleDuplicateText(d, { now: today })}</bdi> ({d.reference}).
          </li>
        ))}
      </ul>
      <p className={s.muted}>You can still file this referral. Check My referrals first if it may be the same one.</p>
    </div>
  );
}
