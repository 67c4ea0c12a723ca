import { SandboxSignInScreen } from '../../ui/sign-in/sandbox-sign-in-screen';
import type { SandboxPersona } from '../../auth/sandbox-dto.schema';
import { createSandboxTokenSource, fetchSandboxPersonas } from '../../auth/sandbox-token-source';
import { GRAPH_SCOPES } from '../../auth/scopes';
import type { TokenSource } from '../../auth/token-source';
import { PERSONA_KEY } from './persona-key';
import type { SignInOptions } from './sign-in';

/** The sandbox's dev sign-in: its persona picker, then a token source for the persona chosen. */
export function sandboxSignIn({ root, env, theme }: SignInOptions): Promise<TokenSource> {
  const dev = { fetch: env.fetch, baseUrl: new URL(env.pageUrl).origin };
  const loadPersonas = () => fetchSandboxPersonas(dev);
  let remembered: string | undefined;
  try {
    remembered = env.storage?.getItem(PERSONA_KEY) ?? undefined;
  } catch {
    remembered = undefined;
  }
  return new Promise<TokenSource>((resolve) => {
    const onSignIn = async (persona: SandboxPersona) => {
      const source = createSandboxTokenSource({ ...dev, persona });
      await source.getToken(GRAPH_SCOPES); // sign in now, so a refusal shows on the picker, not mid-referral
      try {
        env.storage?.setItem(PERSONA_KEY, persona.upn);
      } catch {
        // storage blocked: the picker asks again next time
      }
      resolve(source);
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
