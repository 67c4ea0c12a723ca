import type { GraphGateway } from '../../graph';
import { readAllPages } from '../../graph/gateway/read-all-pages';
import { graphDirectory } from '../teams/deciding-group';
import type { MembersPort } from './extension-deps';

// Enough to tell "up to 60" from "more than 60"; a deciding group is a team's managers, not a department.
const MAX_MEMBERS = 999;

/** The deciding group's membership check and member list, from Graph with the bot's application token. */
export function graphMembers(g: Pick<GraphGateway, 'client'>) {
  const members: MembersPort = {
    async memberIds(groupId) {
      const first: unknown = await g.client
        .api(`/groups/${encodeURIComponent(groupId)}/members`)
        .select('id')
        .top(MAX_MEMBERS)
        .get();
      const all = await readAllPages(g.client, first, MAX_MEMBERS);
      return all.flatMap((m) => (typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : []));
    },
  };
  return { ...graphDirectory(g as GraphGateway), ...members };
}
