import type { GroupSeed } from '../config/seed';
import type { Mailbox } from '../model/directory';
import { graphErrors } from '../server/graph-errors';
import type { HandlerContext } from '../server/route';
import { collectionPage, entity, me } from './handler-support';
import type { GroupsResource, UsersResource } from './resources';
import type { Services } from './services';

const ROLE_TITLES: Record<string, string> = {
  referrer: 'Referrer',
  'team-manager': 'Team manager',
  'parenting-coordinator': 'Parenting coordinator',
  worker: 'Worker',
  'service-manager': 'Service manager',
};

export function userJson(m: Mailbox): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.user',
    id: m.id,
    displayName: m.displayName,
    userPrincipalName: m.address,
    mail: m.address,
    jobTitle: m.persona ? m.persona.roles.map((r) => ROLE_TITLES[r] ?? r).join(', ') : null,
    businessPhones: [],
    givenName: null,
    surname: null,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-GB',
  };
}

export function groupJson(g: GroupSeed): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.group',
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    mail: null,
    mailEnabled: g.kind === 'team',
    securityEnabled: g.kind === 'managers',
    groupTypes: g.kind === 'team' ? ['Unified'] : [],
    resourceProvisioningOptions: g.kind === 'team' ? ['Team'] : [],
  };
}

/**
 * /me, /users, /users/{id | upn}, /users/{id}/memberOf and transitiveMemberOf: every signed-in persona, and the bot
 * app (User.Read.All, GroupMember.Read.All), may read the directory.
 */
export class UsersHandler implements UsersResource {
  constructor(private readonly s: Services) {}

  private user(ctx: HandlerContext<unknown>): Mailbox {
    const ref = ctx.params.user ?? 'me';
    if (ref.toLowerCase() === 'me') return me(ctx).mailbox;
    const m = this.s.directory.mailbox(ref);
    if (!m) throw graphErrors.resourceNotFound(ref);
    return m;
  }

  list: UsersResource['list'] = (ctx) =>
    collectionPage(ctx, this.s.directory.mailboxes.map(userJson), {
      context: 'users',
      defaultPageSize: 100,
      maxPageSize: 999,
    });

  get: UsersResource['get'] = (ctx) => entity(ctx, userJson(this.user(ctx)), 'users');

  memberOf: UsersResource['memberOf'] = (ctx) => {
    const m = this.user(ctx);
    const groups = m.persona ? this.s.directory.groupsOf(m.persona) : [];
    return collectionPage(ctx, groups.map(groupJson), {
      context: 'directoryObjects',
      defaultPageSize: 100,
      maxPageSize: 999,
    });
  };

  // The sandbox's groups hold people, never other groups, so the transitive list is the direct one.
  transitiveMemberOf: UsersResource['transitiveMemberOf'] = (ctx) => this.memberOf(ctx);
}

export class GroupsHandler implements GroupsResource {
  constructor(private readonly s: Services) {}

  private group(ctx: HandlerContext<unknown>): GroupSeed {
    const id = ctx.params.group ?? '';
    const g = this.s.directory.group(id);
    if (!g) throw graphErrors.resourceNotFound(id);
    return g;
  }

  get: GroupsResource['get'] = (ctx) => entity(ctx, groupJson(this.group(ctx)), 'groups');

  members: GroupsResource['members'] = (ctx) => {
    const g = this.group(ctx);
    const members = this.s.directory.groupMembers(g.id).flatMap((p) => this.s.directory.mailbox(p.id) ?? []);
    return collectionPage(ctx, members.map(userJson), {
      context: 'directoryObjects',
      defaultPageSize: 100,
      maxPageSize: 999,
    });
  };
}
