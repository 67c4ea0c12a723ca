// The web view's channel page script: renders each card with the official Adaptive Cards renderer (its browser
// bundle, served from node_modules at /sandbox/assets/adaptivecards.js) and sends Action.Execute clicks to the
// sandbox, which delivers them to the bot as Teams does. It runs in the browser: it may use only what `win` has
// (the served text is this function's own source), never an import.

/** The part of the adaptivecards browser bundle's API the page uses. */
type AdaptiveCardsGlobal = {
  AdaptiveCard: {
    onProcessMarkdown?: (text: string, result: { didProcess: boolean }) => void;
  } & (new () => {
    onExecuteAction?: (action: CardAction) => void;
    parse(payload: unknown): void;
    render(): HTMLElement | undefined;
  });
};
type CardAction = {
  getJsonTypeName(): string;
  id?: string;
  verb?: string;
  data?: unknown;
  url?: string;
};
type SandboxAnswer = {
  status?: number;
  body?: { type?: string; value?: unknown } | null;
  error?: { message?: string };
};
type CardText = { type?: unknown; text?: unknown; color?: unknown; weight?: unknown };
type PageWindow = Window & { AdaptiveCards?: AdaptiveCardsGlobal };

/**
 * What the line beside a card says when the bot answers a press with a card. A card can answer a press the bot
 * refused or could not carry out, with the reason on it, for the person who pressed alone: a notice card (a bold
 * heading in Attention colour, no buttons) stands in for the card; a redrawn card carries the reason as a coloured
 * line that is not bold (bold coloured lines are its status and deadline). The line then says so and leaves the
 * reason to the card, which shows it already. Served beside the page script, so it too uses nothing from outside.
 */
export function cardAnswerWords(card: unknown): string {
  const { body, actions } = (card ?? {}) as { body?: unknown; actions?: unknown };
  const texts = (Array.isArray(body) ? (body as CardText[]) : []).filter(
    (b) => b?.type === 'TextBlock' && typeof b.text === 'string',
  );
  const [first] = texts;
  if (!actions && first?.color === 'Attention' && first.weight === 'Bolder')
    return 'The bot refused this press, and nothing was changed. The card says why.';
  if (texts.some((b) => (b.color === 'Warning' || b.color === 'Attention') && b.weight !== 'Bolder'))
    return 'The bot could not do this. The card shows how things stand now, and says why.';
  return 'The bot updated the card.';
}

export function channelCardsScript(win: PageWindow, answerWords: (card: unknown) => string): void {
  const doc = win.document;
  const root = doc.getElementById('channel-cards');
  const picker = doc.getElementById('click-as') as HTMLSelectElement | null;
  const AC = win.AdaptiveCards;
  if (!root || !AC) return;
  const channel = root.dataset.channel ?? '';
  // Card text is shown as plain text: no Markdown library is loaded, and none is needed to read a card.
  AC.AdaptiveCard.onProcessMarkdown = (_text, result) => {
    result.didProcess = false;
  };

  const say = (host: HTMLElement, text: string) => {
    const status = host.querySelector('[role="status"]');
    if (status) status.textContent = text;
  };

  // The bot's invoke response: its card replaces this one; a message is shown to the person who clicked.
  const show = (host: HTMLElement, httpStatus: number, answer: SandboxAnswer) => {
    if (httpStatus !== 200)
      return say(host, answer.error?.message ?? `The sandbox could not send the click (${httpStatus}).`);
    const body = answer.body;
    if (body?.type === 'application/vnd.microsoft.card.adaptive' && body.value) {
      render(host, body.value);
      return say(host, answerWords(body.value));
    }
    if (body?.type === 'application/vnd.microsoft.activity.message' && typeof body.value === 'string')
      return say(host, body.value);
    return say(host, `The bot answered with status ${String(answer.status)}.`);
  };

  const click = async (host: HTMLElement, action: CardAction) => {
    const post = host.dataset.post ?? '';
    say(host, 'Sending the click to the bot…');
    try {
      const res = await win.fetch(
        `/sandbox/channels/${encodeURIComponent(channel)}/posts/${encodeURIComponent(post)}/actions`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            persona: picker?.value ?? '',
            action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: action.data },
          }),
        },
      );
      let answer: SandboxAnswer = {};
      try {
        answer = (await res.json()) as SandboxAnswer;
      } catch {
        // An HTML error page: the status says enough.
      }
      show(host, res.status, answer);
    } catch {
      say(host, 'The sandbox did not answer.');
    }
  };

  function render(host: HTMLElement, payload: unknown): void {
    const card = new AC!.AdaptiveCard();
    card.onExecuteAction = (action) => {
      const kind = action.getJsonTypeName();
      if (kind === 'Action.Execute') void click(host, action);
      else if (kind === 'Action.OpenUrl' && action.url) win.open(action.url, '_blank', 'noopener');
    };
    card.parse(payload);
    const rendered = card.render();
    const target = host.querySelector('.card-render');
    if (rendered && target) target.replaceChildren(rendered);
  }

  for (const host of Array.from(doc.querySelectorAll<HTMLElement>('[data-card]'))) {
    try {
      render(host, JSON.parse(host.dataset.card ?? 'null'));
    } catch {
      say(host, 'This card could not be shown.');
    }
  }
}

/** The script as the browser gets it: the functions' source, the page script called with the page's window. */
export const channelCardsSource = (): string =>
  `(${channelCardsScript.toString()})(window, ${cardAnswerWords.toString()});\n`;
