import {
  AgentApplication,
  type AdaptiveCard as SdkCard,
  type CloudAdapter,
  type TurnState,
} from '@microsoft/agents-hosting';
import { cardInvokeValueSchema } from '../cards';
import { handleTriageClick, type CardClick, type ClickAnswer, type TriageActionDeps } from './actions/triage-action';
import { handleExtensionClick } from './extension/extension-action';
import type { ExtensionDeps } from './extension/extension-deps';

/** One entry per family of card buttons (verbs share a prefix); a new card's actions are a new line here. */
export type CardActionRoute = {
  readonly verbs: RegExp;
  readonly handle: (click: CardClick) => Promise<ClickAnswer>;
};

export const UNKNOWN_BUTTON = 'This button is not one Referral Card knows. Open the referral in the board instead.';
const FAILED = 'Referral Card could not make that change just now. Nothing was changed. Try again in a minute.';
export const HELP =
  'I post a card here for each new referral to this team, with buttons for the first decisions, and remind the ' +
  'channel when a screening deadline is due. Open the triage board for everything else.';

export function cardActionRoutes(triage: TriageActionDeps, extension?: ExtensionDeps): CardActionRoute[] {
  const routes: CardActionRoute[] = [{ verbs: /^triage\./, handle: (click) => handleTriageClick(triage, click) }];
  if (extension) routes.push({ verbs: /^extension\./, handle: (click) => handleExtensionClick(extension, click) });
  return routes;
}

/**
 * The Agents SDK application: `adaptiveCard/action` invokes go to the route of their verb, and the answer (the
 * redrawn card, or a message) goes back to the clicker as the invoke response.
 */
export function createBotApplication(
  adapter: CloudAdapter,
  routes: readonly CardActionRoute[],
  log: (message: string, error?: unknown) => void,
): AgentApplication<TurnState> {
  const app = new AgentApplication<TurnState>({ adapter, startTypingTimer: false, longRunningMessages: false });
  for (const route of routes) {
    app.adaptiveCards.actionExecute(route.verbs, async (context) => {
      const a = context.activity;
      const value = cardInvokeValueSchema.safeParse(a.value);
      if (!value.success) return UNKNOWN_BUTTON;
      try {
        const answer = await route.handle({
          verb: value.data.action.verb,
          data: value.data.action.data,
          userId: a.from?.aadObjectId,
          replyToId: a.replyToId,
          conversationId: a.conversation?.id,
          channelId: a.channelId,
        });
        return 'card' in answer ? (answer.card as unknown as SdkCard) : answer.message;
      } catch (error) {
        log('A card action failed', error);
        return FAILED;
      }
    });
  }
  app.adaptiveCards.actionExecute(/.*/, async () => UNKNOWN_BUTTON);
  // Someone wrote to the bot (an @mention in the channel): it has nothing to say but what it is for.
  app.onActivity('message', async (context) => {
    await context.sendActivity(HELP);
  });
  app.onError(async (_context, error) => log('A turn failed', error));
  return app;
}
