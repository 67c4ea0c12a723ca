import { SandboxSignInScreen } from '../../ui/sign-in/sandbox-sign-in-screen';
import type { SandboxPersona } from '../../auth/sandbox-dto.schema';
import { createSandboxTokenSource, fetchSandboxPersonas } from '../../auth/sandbox-token-source';
import { GRAPH_SCOPES } from '../../auth/scopes';
import type { TokenSource } from '../../auth/token-source';
import type { BrowserEnv } from './browser-env';
import { PERSONA_KEY } from './persona-key';
import type { DeviceSignIn, SignInOptions } from './sign-in';

type Storage = BrowserEnv['storage'];

function rememberedUpn(storage: Storage): string | undefined {
  try {
    return storage?.getItem(PERSONA_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** "Sign out" forgets the persona, so the picker asks again; storage blocked means it was never kept. */
function forgettable(source: TokenSource, storage: Storage): DeviceSignIn {
  return {
    user: () => source.user(),
    getToken: (scopes, options) => source.getToken(scopes, options),
    forget: () => {
      try {
        storage?.removeItem(PERSONA_KEY);
      } catch {
        // blocked storage kept nothing to forget
      }
    },
  };
}

type Dev = { readonly fetch: typeof fetch; readonly baseUrl: string };

/** Signs in again as the persona chosen last; undefined (the picker then asks) if the sandbox no longer knows them. */
async function signInAgain(dev: Dev, upn: string): Promise<TokenSource | undefined> {
  try {
    const persona = (await fetchSandboxPersonas(dev)).find((p) => p.upn === upn);
    if (!persona) return undefined;
    const source = createSandboxTokenSource({ ...dev, persona });
    await source.getToken(GRAPH_SCOPES);
    return source;
  } catch {
    return undefined; // the picker shows what is wrong, in words, and offers to try again
  }
}

/**
 * The sandbox's dev sign-in: the persona chosen last is signed in again at once, until "Sign out" forgets it; otherwise
 * (or when that fails) the persona picker, then a token source for the persona chosen.
 */
export async function sandboxSignIn({ root, env, theme }: SignInOptions): Promise<DeviceSignIn> {
  const dev = { fetch: env.fetch, baseUrl: new URL(env.pageUrl).origin };
  const remembered = rememberedUpn(env.storage);
  const again = remembered ? await signInAgain(dev, remembered) : undefined;
  if (again) return forgettable(again, env.storage);
  const loadPersonas = () => fetchSandboxPersonas(dev);
  return new Promise<DeviceSignIn>((resolve) => {
    const onSignIn = async (persona: SandboxPersona) => {
      const source = createSandboxTokenSource({ ...dev, persona });
      await source.getToken(GRAPH_SCOPES); // sign in now, so a refusal shows on the picker, not mid-referral
      try {
        env.storage?.setItem(PERSONA_KEY, persona.upn);
      } catch {
        // storage blocked: the picker asks again next time
      }
      resolve(forgettable(source, env.storage));
    };
    root.render(
      <SandboxSignInScreen
        theme={theme}
        loadPersonas={loadPersonas}
        onSignIn={onSignIn}
        {...(remembered ? { initialUpn: remembered } : {})}
      />,
    );
  });
}
