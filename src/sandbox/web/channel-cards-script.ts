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

export function channelCardsScript(win: Window & { AdaptiveCards?: AdaptiveCardsGlobal }): void {
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

  // The bot's invoke response: an updated card replaces this one; a message is shown to the person who clicked.
  const show = (host: HTMLElement, httpStatus: number, answer: SandboxAnswer) => {
    if (httpStatus !== 200)
      return say(host, answer.error?.message ?? `The sandbox could not send the click (${httpStatus}).`);
    const body = answer.body;
    if (body?.type === 'application/vnd.microsoft.card.adaptive' && body.value) {
      render(host, body.value);
      return say(host, 'The bot updated the card.');
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

/** The script as the browser gets it: the function's source, called with the page's window. */
export const channelCardsSource = (): string => `(${channelCardsScript.toString()})(window);\n`;
