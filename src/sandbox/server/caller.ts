import type { Persona } from '../auth';
import type { Mailbox } from '../model/directory';

/** Who a verified token speaks for: a signed-in persona (delegated), or the bot app (client credentials). */
export type Caller =
  | { kind: 'user'; persona: Persona; mailbox: Mailbox }
  | { kind: 'app'; appId: string; displayName: string; mailboxAccess: readonly string[] };
