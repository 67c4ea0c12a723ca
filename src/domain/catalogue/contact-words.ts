// How a contact reads in a sentence ("Contact … to refer."): its details, then its note in brackets, so a note such as
// "For assessment and interventions with adolescents" stays with its own contact and does not run on as a detail.
import type { Contact, Provider, Service } from './catalogue.schema';

/** Whom to contact about a service: its own contacts, else its provider's. */
export function contactsFor(service: Service | undefined, provider: Provider | undefined): readonly Contact[] {
  return service?.contacts?.length ? service.contacts : (provider?.contacts ?? []);
}

/** The contact's name, email, phone and hours, in that order, where given. */
export function contactDetails(c: Contact): string[] {
  return [c.name, c.email, c.phone, c.hours].filter((x): x is string => Boolean(x));
}

/** A contact's note after its details: in brackets, without a closing full stop; alone, as written. */
export function contactNote(note: string, afterDetails: boolean): string {
  const text = note.trim();
  return afterDetails ? `(${text.replace(/\.+$/, '')})` : text;
}

/** The whole contact in words: "Front door, 020 1234 5678 (Refer with the form)". */
export function contactWords(c: Contact): string {
  const details = contactDetails(c).join(', ');
  if (!c.note) return details;
  return details ? `${details} ${contactNote(c.note, true)}` : contactNote(c.note, false);
}
