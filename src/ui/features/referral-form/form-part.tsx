import type { FormEvent, ReactNode } from 'react';

const stay = (e: FormEvent) => e.preventDefault();

/**
 * One part of the referral (a section, or one person in the family) as a <form> of its own, inside the card's one
 * "Referral" form landmark. Chromium's autofill reads every field of a form again after each keystroke in it; a form
 * the size of the whole referral made that the largest single cost of a keystroke, while a form per person
 * or section keeps it to the fields around the one being typed in. Unnamed, so it adds no landmark; the referral is
 * filed from the card, so pressing Enter in a field submits nothing.
 */
export function FormPart({ children, className }: { readonly children: ReactNode; readonly className?: string }) {
  return (
    <form noValidate onSubmit={stay} {...(className ? { className } : {})}>
      {children}
    </form>
  );
}
