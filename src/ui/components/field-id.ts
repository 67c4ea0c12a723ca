// One id per form field, derived from the draft path it writes, so the error summary can link to any field.
export type FieldPath = readonly (string | number)[];

export function fieldId(path: FieldPath, prefix = 'f'): string {
  return `${prefix}-${path
    .map(String)
    .join('-')
    .replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** A map key for a path (question ids contain dots, so join on a character paths never hold). */
export const pathKey = (path: FieldPath): string => path.map(String).join('\u0001');
