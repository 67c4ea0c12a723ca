// One id per form field, derived from the draft path it writes, so the error summary can link to any field.
export type FieldPath = readonly (string | number)[];

export function fieldId(path: FieldPath, prefix = 'f'): string {
  return `${prefix}-${path
    .map(String)
    .join('-')
    .replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** A map key for a path: its JSON, so a question id holding dots or dashes never meets another path's key. */
export const pathKey = (path: FieldPath): string => JSON.stringify(path.map(String));
