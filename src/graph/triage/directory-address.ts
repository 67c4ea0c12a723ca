import { toGraphFailure } from '../errors/to-graph-failure';
import type { Gateway } from './read-row';

/** A person's address from the directory: their mail, else their sign-in name; undefined when neither is one. */
export async function addressOf(g: Gateway, userId: string): Promise<string | undefined> {
  const user = (await g.client
    .api(`/users/${encodeURIComponent(userId)}`)
    .select('mail,userPrincipalName')
    .get()
    .catch((error: unknown) => {
      throw toGraphFailure(error);
    })) as { mail?: unknown; userPrincipalName?: unknown };
  const address = typeof user.mail === 'string' && user.mail ? user.mail : user.userPrincipalName;
  return typeof address === 'string' && address.includes('@') ? address : undefined;
}
