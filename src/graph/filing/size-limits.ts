/** Graph's attachment rules: inline under 3 MB, upload sessions up to 150 MB in ranges of at most 4 MB. */
export type SizeLimits = {
  /** Files smaller than this go inline in one POST; the rest through an upload session. */
  readonly inlineBelowBytes: number;
  /** The largest file an upload session takes. */
  readonly maxFileBytes: number;
  /** The most one message may carry in all (Exchange Online's maximum message size; tenants may set it lower). */
  readonly maxTotalBytes: number;
  /** Upload-session ranges: ≤ 4 MB for Outlook (the SDK's default of 5 MiB is too big). */
  readonly rangeBytes: number;
};

export const DEFAULT_SIZE_LIMITS: SizeLimits = {
  inlineBelowBytes: 3_000_000,
  maxFileBytes: 150 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  rangeBytes: 4 * 1024 * 1024,
};
