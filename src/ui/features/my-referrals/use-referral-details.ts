// The details of the entries asked for (those on screen, or all of them for a search by initials): kept ones at once,
// the rest read a few at a time, each shown as it lands. An entry Graph could not be read for is tried again on retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DetailsResult } from '../../../graph';
import type { MyReferralsSource } from './my-referrals-source';

export type ReferralDetailsState = {
  readonly details: ReadonlyMap<string, DetailsResult>;
  /** How many of those asked for are still being read. */
  readonly reading: number;
  /** Forgets the entries that could not be read this time, so they are read again. */
  retry(): void;
};

export function useReferralDetails(
  source: MyReferralsSource | undefined,
  wanted: readonly string[],
): ReferralDetailsState {
  const [details, setDetails] = useState<ReadonlyMap<string, DetailsResult>>(new Map());
  const asked = useRef(new Set<string>());
  const [round, setRound] = useState(0);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const key = wanted.join(' ');
  useEffect(() => {
    if (!source) return;
    const ids = key.split(' ').filter((id) => id !== '' && !asked.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) asked.current.add(id);
    const land = (id: string, result: DetailsResult) => {
      if (live.current) setDetails((d) => new Map(d).set(id, result));
    };
    void source.details(ids, land).then((all) => {
      if (live.current) setDetails((d) => new Map([...d, ...all]));
    });
  }, [source, key, round]);
  const retry = useCallback(() => {
    setDetails((d) => {
      const kept = new Map([...d].filter(([, r]) => r.ok || r.reason !== 'unavailable'));
      for (const id of asked.current) if (!kept.has(id)) asked.current.delete(id);
      return kept;
    });
    setRound((r) => r + 1);
  }, []);
  const reading = wanted.filter((id) => !details.has(id)).length;
  return { details, reading, retry };
}
