import type { Citation } from '../../domain';

// Imported services cite their feed as `oruk:<provider id>` (citation.schema.ts), never a seed file.
export const ORUK_SEED_PREFIX = 'oruk:';

/** The citation source for one imported feed, per provider id. */
export const orukSeedName = (feedKey: string): string =>
  `${ORUK_SEED_PREFIX}${
    feedKey
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 100) || 'feed'
  }`;

export const isOrukSeed = (seed: string): boolean => seed.startsWith(ORUK_SEED_PREFIX);

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A citation of an Open Referral UK feed record: section names the feed service id and the fields read. */
export function orukCitation(seed: string, feedServiceId: string, fields: string): Citation {
  return {
    seed,
    section: clip(`Open Referral UK feed, service ${feedServiceId}: ${fields}`, 300),
    note: 'Imported from an Open Referral UK feed.',
  };
}
