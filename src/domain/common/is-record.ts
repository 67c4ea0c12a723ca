/** A plain object (not null, not an array): what untyped JSON must be before its fields are read. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
