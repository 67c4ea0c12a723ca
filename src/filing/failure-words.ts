// Every failure in words: what happened and what to do. The one table, so the progress view, the retry screen,
// My referrals and the tests say the same thing; the bot and the command line can say it too.
import { formatMegabytes } from '../domain';
import type { FailureDetails, FailureKind } from './filing-types';

export type FailureWords = { readonly what: string; readonly todo: string };

export function waitWords(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 90 ? `${s} ${s === 1 ? 'second' : 'seconds'}` : `${Math.round(s / 60)} minutes`;
}

const DEFAULT_LIMIT_BYTES = 150 * 1024 * 1024;

// Sizes and the limit, never the file's contents; the name only when the referrer chose the file on this screen.
function tooLargeWords(d: FailureDetails): FailureWords {
  const limit = formatMegabytes(d.limitBytes ?? DEFAULT_LIMIT_BYTES);
  if (!d.fileName && d.sizeBytes !== undefined && d.limitBytes !== undefined)
    return {
      what: `The files together are ${formatMegabytes(d.sizeBytes)}; one message can carry up to ${limit}.`,
      todo: 'Remove some files, then file again.',
    };
  const size = d.sizeBytes !== undefined ? `${formatMegabytes(d.sizeBytes)}, ` : '';
  return {
    what: `${d.fileName ?? 'An attachment'} is ${size}larger than an email attachment can be (${limit}).`,
    todo: 'Remove it or send a smaller copy, then file again.',
  };
}

export function failureWords(kind: FailureKind, details: FailureDetails, mailbox: string): FailureWords {
  switch (kind) {
    case 'mailbox-not-found':
      return {
        what: `Microsoft 365 has no mailbox ${mailbox}.`,
        todo: 'The service’s address may have changed: contact the service to check it, and tell whoever looks after Referral Card.',
      };
    case 'no-permission':
      return {
        what: 'Your account is not allowed to send this referral from your mailbox.',
        todo: 'Ask your IT service desk to check that Referral Card may read and send mail for you, then try again.',
      };
    case 'too-large':
      return tooLargeWords(details);
    case 'throttled':
      return {
        what: `Microsoft 365 is busy and asked us to wait${details.retryAfterSeconds ? ` ${waitWords(details.retryAfterSeconds)}` : ''}.`,
        todo: 'Try again after the wait. Nothing has been sent twice.',
      };
    case 'offline':
      return {
        what: 'You are offline.',
        todo: 'The referral is kept on this device and will be filed when you are back online.',
      };
    case 'connection':
      return {
        what: 'The connection to Microsoft 365 dropped before it answered.',
        todo: 'Try again: the card checks what already arrived, so nothing is sent twice.',
      };
    case 'signed-out':
      return {
        what: 'You are signed out, or your sign-in has expired.',
        todo: 'Sign in again, then try again. Nothing has been sent twice.',
      };
    case 'no-mailbox':
      return {
        what: 'This service has no referral mailbox, so it cannot be filed from here.',
        todo: `Contact ${details.contact ?? 'the service'} to refer.`,
      };
    case 'invalid':
      return {
        what: 'The referral has answers that need checking before it can be filed.',
        todo: 'Go back to the referral, select “Check referral” and fix what it lists.',
      };
    case 'attachment-missing':
      return {
        what: `${details.fileName ?? 'A file'} is no longer available: files are kept only while the card is open.`,
        todo: 'Go back to the referral and add the file again, then file.',
      };
    case 'unconfirmed':
      return {
        what: `The message to ${mailbox} may already have been sent, but Microsoft 365 has not confirmed it yet.`,
        todo: 'The card will not send it again by itself, so it cannot arrive twice. Try again in a few minutes and the card looks again; if it still cannot tell, ask the service whether your referral arrived.',
      };
    case 'server':
      return {
        what: 'Microsoft 365 could not file the referral just now.',
        todo: 'Try again in a few minutes. If it keeps failing, contact your IT service desk with the request id.',
      };
  }
}

const READ_WORDS: Partial<Record<FailureKind, FailureWords>> = {
  offline: { what: 'You are offline, so your referrals could not be read.', todo: 'Refresh when you are back online.' },
  'signed-out': { what: 'You are signed out, or your sign-in has expired.', todo: 'Sign in again, then refresh.' },
  'no-permission': {
    what: 'Your account is not allowed to read your Sent Items from Referral Card.',
    todo: 'Ask your IT service desk to check the card’s permissions.',
  },
  throttled: { what: 'Microsoft 365 is busy just now.', todo: 'Refresh in a minute.' },
};

const READ_DEFAULT: FailureWords = {
  what: 'Your referrals could not be read just now.',
  todo: 'Refresh to try again. If it keeps failing, contact your IT service desk with the request id.',
};

/** A failure reading what I filed (My referrals), in words; an unknown kind gets the general words. */
export function readFailureWords(kind: unknown): FailureWords {
  return (typeof kind === 'string' && READ_WORDS[kind as FailureKind]) || READ_DEFAULT;
}

const TRIAGE_WORDS: Partial<Record<FailureKind, FailureWords>> = {
  offline: {
    what: 'You are offline, so the referrals could not be read or changed.',
    todo: 'Try again when you are back online.',
  },
  'signed-out': { what: 'You are signed out, or your sign-in has expired.', todo: 'Sign in again, then try again.' },
  'no-permission': {
    what: 'Your account is not allowed to open this service’s referral mailbox, so you cannot see or decide its referrals.',
    todo: 'Only the service’s team managers (or parenting coordinators) have access. If you should, ask your IT service desk to give you full access to the mailbox.',
  },
  'mailbox-not-found': {
    what: 'Microsoft 365 has no such referral mailbox.',
    todo: 'Ask whoever looks after Referral Card to check the service’s mailbox address.',
  },
  throttled: { what: 'Microsoft 365 is busy just now.', todo: 'Try again in a minute.' },
};

const TRIAGE_DEFAULT: FailureWords = {
  what: 'The referrals could not be read or changed just now. Nothing was changed.',
  todo: 'Try again. If it keeps failing, contact your IT service desk with the request id.',
};

/** A failure on the triage board or a triage card (reading the service mailbox, deciding), in words. */
export function triageFailureWords(kind: unknown): FailureWords {
  return (typeof kind === 'string' && TRIAGE_WORDS[kind as FailureKind]) || TRIAGE_DEFAULT;
}

const PLAN_SEND_WORDS: Partial<Record<FailureKind, FailureWords>> = {
  offline: { what: 'You are offline.', todo: 'Send it again when you are back online.' },
  'signed-out': { what: 'You are signed out, or your sign-in has expired.', todo: 'Sign in again, then send it.' },
  'no-permission': {
    what: 'Your account is not allowed to send email from Referral Card.',
    todo: 'Ask your IT service desk to check the card’s permissions.',
  },
  'mailbox-not-found': {
    what: 'Microsoft 365 has no such referral mailbox.',
    todo: 'Ask whoever looks after Referral Card to check the service’s mailbox address.',
  },
  throttled: { what: 'Microsoft 365 is busy just now.', todo: 'Try again in a minute.' },
};

const PLAN_SEND_DEFAULT: FailureWords = {
  what: 'Microsoft 365 did not take the message.',
  todo: 'Try again in a minute. If it keeps failing, contact your IT service desk with the request id.',
};

/** A plan start or extension request the worker's mailbox did not send, in words; unknown kinds get general words. */
export function planSendFailureWords(kind: unknown): FailureWords {
  return (typeof kind === 'string' && PLAN_SEND_WORDS[kind as FailureKind]) || PLAN_SEND_DEFAULT;
}
