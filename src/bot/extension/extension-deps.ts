import type { Gateway } from '../../graph/triage/read-row';
import type { ServiceBinding } from '../config/bot-config';
import type { BotStorage } from '../storage/bot-storage';
import type { DirectoryPort } from '../teams/deciding-group';
import type { TeamRosterPort } from '../teams/team-roster';
import type { ThreadPort } from './connector-rest';

/** A group's member ids, for the managers' user-specific card views. */
export type MembersPort = { memberIds(groupId: string): Promise<string[]> };

/** What the extension cards run on; the Graph gateway carries the bot's application token. */
export type ExtensionDeps = {
  readonly bindings: readonly ServiceBinding[];
  readonly storage: BotStorage;
  readonly graph: Gateway;
  readonly directory: DirectoryPort & MembersPort;
  readonly threads: ThreadPort;
  /** The team of each service's channel, where people's addresses come from: the bot cannot read their profiles. */
  readonly roster: TeamRosterPort;
  readonly boardUrl: string;
  /** The provider id from the Actionable Email Developer Dashboard; without it no actionable messages are sent. */
  readonly outlookOriginator?: string;
  readonly now: () => Date;
  readonly log?: (message: string, error?: unknown) => void;
};

export const bindingOf = (deps: Pick<ExtensionDeps, 'bindings'>, mailbox: string) =>
  deps.bindings.find((b) => b.mailbox.toLowerCase() === mailbox.toLowerCase());
