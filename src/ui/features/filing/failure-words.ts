// Every filing failure in words: what happened and what to do (DESIGN.md §6 "Clear errors"). One place, so the
// progress view, the retry screen and the tests say the same thing.
import type { FailureDetails, FailureKind } from './filing-types';

export type FailureWords = { readonly what: string; readonly todo: string };

export function waitWords(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 90 ? `${s} ${s === 1 ? 'second' : 'seconds'}` : `${Math.round(s / 60)} minutes`;
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
      return {
        what: `${details.fileName ? `${details.fileName} is` : 'An attachment is'} larger than an email attachment can be (150 MB).`,
        todo: 'Remove it or send a smaller copy, then file again.',
      };
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
    case 'server':
      return {
        what: 'Microsoft 365 could not file the referral just now.',
        todo: 'Try again in a few minutes. If it keeps failing, contact your IT service desk with the request id.',
      };
  }
}
