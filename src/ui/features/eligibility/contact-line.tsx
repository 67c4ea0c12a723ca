// A service without a referral mailbox cannot be filed: say whom to contact instead, from the catalogue.
import { Link } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { contactNote, contactsFor } from '../../../domain';
import type { Contact, Provider, Service } from '../../../domain';

function ContactParts(props: { contact: Contact }) {
  const c = props.contact;
  const parts: ReactNode[] = [];
  if (c.name) parts.push(c.name);
  if (c.email)
    parts.push(
      <Link key="email" href={`mailto:${c.email}`}>
        {c.email}
      </Link>,
    );
  if (c.phone)
    parts.push(
      <Link key="phone" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
        {c.phone}
      </Link>,
    );
  if (c.hours) parts.push(c.hours);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          {p}
        </Fragment>
      ))}
      {c.note && `${parts.length ? ' ' : ''}${contactNote(c.note, parts.length > 0)}`}
    </>
  );
}

export function ContactLine(props: { service: Service; provider: Provider | undefined }) {
  const contacts = contactsFor(props.service, props.provider);
  if (contacts.length > 0) {
    return (
      <>
        {contacts.map((c, i) => (
          <Fragment key={i}>
            {i > 0 && '; '}
            <ContactParts contact={c} />
          </Fragment>
        ))}
      </>
    );
  }
  if (props.provider?.website) return <Link href={props.provider.website}>{props.provider.website}</Link>;
  return <>{props.provider?.name ?? 'the provider'} directly</>;
}
