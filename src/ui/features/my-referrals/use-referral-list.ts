// The list's state: what I filed, the query, how many are shown, which entry is open, and the details read for
// them. A search by text needs the details of every entry the filters keep (to match initials); otherwise only the
// entries on screen are read.
import { useCallback, useMemo, useState } from 'react';
import { NO_QUERY, filtered, matching } from './filter-referrals';
import type { ReferralQuery } from './filter-referrals';
import type { ConnectMyReferrals } from './my-referrals-source';
import type { MyReferral } from './my-referrals.types';
import { labelOf } from './referral-label';
import { useMyReferrals } from './use-my-referrals';
import { useReferralDetails } from './use-referral-details';

/** Entries shown at first and added by "Show more": each shown entry costs a download the first time. */
export const PAGE_SIZE = 20;

export const firstMessage = (item: MyReferral): string => item.messages[0]?.messageId ?? '';

const isFiltering = (q: ReferralQuery) => q.text.trim() !== '' || q.status !== 'all' || q.service !== 'all';

export function useReferralList(connect: ConnectMyReferrals, now: () => Date) {
  const list = useMyReferrals(connect);
  const items = useMemo(() => list.items ?? [], [list.items]);
  const [query, setQueryState] = useState<ReferralQuery>(NO_QUERY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [opened, setOpened] = useState<MyReferral>();
  const candidates = useMemo(() => filtered(items, query), [items, query]);
  const searchingText = query.text.trim() !== '';
  const wantedKey = (
    opened
      ? opened.messages.map((m) => m.messageId)
      : (searchingText ? candidates : candidates.slice(0, limit)).map(firstMessage)
  ).join(' ');
  const wanted = useMemo(() => wantedKey.split(' ').filter(Boolean), [wantedKey]);
  const reads = useReferralDetails(list.source, wanted);
  // One clock reading per visit: ages do not change under the reader's eyes, and labels are not remade each render.
  const [today] = useState(now);
  const labelFor = useCallback(
    (item: MyReferral) => labelOf(reads.details.get(firstMessage(item)), today),
    [reads.details, today],
  );
  const found = useMemo(() => matching(items, query, labelFor), [items, query, labelFor]);
  const setQuery = useCallback((q: ReferralQuery) => {
    setQueryState(q);
    setLimit(PAGE_SIZE);
  }, []);
  const { retry } = reads;
  const { refresh: reload } = list;
  const refresh = useCallback(() => {
    retry();
    reload();
  }, [retry, reload]);
  return {
    list,
    items,
    query,
    setQuery,
    filtering: isFiltering(query),
    searchingText,
    found,
    shown: found.slice(0, limit),
    showMore: () => setLimit((l) => l + PAGE_SIZE),
    opened,
    setOpened,
    details: reads.details,
    reading: reads.reading,
    labelFor,
    refresh,
  };
}
