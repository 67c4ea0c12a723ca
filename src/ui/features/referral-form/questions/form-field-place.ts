// Where the form itself asks a fact: the field written to the same path, found by its id (every field's id comes from
// the path it writes, field-id.ts), and the section it sits in, in the words on screen. Read from the
// page rather than a table, so a field added to a section is never asked twice.
import { useLayoutEffect, useState } from 'react';
import { fieldId } from '../../../components/field-id';
import type { FieldPath } from '../../../components/field-id';

export type FormFieldPlace = {
  /** The field's id, to move focus to. */
  readonly id: string;
  /** The section's title: "Case context", "Family". */
  readonly where: string;
};

const labelText = (el: Element | null, doc: Document): string | undefined => {
  const ids = el?.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const words = ids.map((id) => doc.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  return words.trim() || undefined;
};

/** The form's own field for `path`, outside the questions section, if the form shows one. */
export function formFieldPlace(path: FieldPath, doc: Document = document): FormFieldPlace | undefined {
  const id = fieldId(path);
  const field = doc.getElementById(id);
  if (!field || field.closest('#section-questions')) return undefined;
  const where = labelText(field.closest('section[aria-labelledby]'), doc);
  return where ? { id, where } : undefined;
}

/** formFieldPlace, looked up after each render (sections render around the questions, and can come and go). */
export function useFormFieldPlace(path: FieldPath): FormFieldPlace | undefined {
  const [place, setPlace] = useState<FormFieldPlace>();
  useLayoutEffect(() => {
    const next = formFieldPlace(path);
    setPlace((before) => (before?.id === next?.id && before?.where === next?.where ? before : next));
  });
  return place;
}
