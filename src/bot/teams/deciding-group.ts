import type { GraphGateway } from '../../graph';
import { readAllPages } from '../../graph/gateway/read-all-pages';

/** Who may decide: membership of the service's deciding group, read from the directory on every click. */
export interface DirectoryPort {
  isMember(groupId: string, userId: string): Promise<boolean>;
}

// A deciding group is a team's managers: thousands would be a misconfigured group, not a team.
const MAX_MEMBERS = 5000;

/** Graph's group members with the bot's application token (GroupMember.Read.All). */
export function graphDirectory(g: GraphGateway): DirectoryPort {
  return {
    async isMember(groupId, userId) {
      const first: unknown = await g.client
        .api(`/groups/${encodeURIComponent(groupId)}/members`)
        .select('id')
        .top(999)
        .get();
      const members = await readAllPages(g.client, first, MAX_MEMBERS);
      const wanted = userId.toLowerCase();
      return members.some(
        (m) => typeof (m as { id?: unknown }).id === 'string' && (m as { id: string }).id.toLowerCase() === wanted,
      );
    },
  };
}
