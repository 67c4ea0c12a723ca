// The parts of Adaptive Card 1.5 the bot's cards use, as plain JSON types: cards are data, built by pure functions.

export type CardElement = Readonly<Record<string, unknown>> & { readonly type: string };
export type CardAction = Readonly<Record<string, unknown>> & { readonly type: string };

export type AdaptiveCard = {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly fallbackText: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
};

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

// Teams caps a card near 28 KB; any one piece of text someone typed stays well inside that.
const MAX_TEXT = 2000;

/**
 * Text someone typed, made safe to show as text: control characters dropped, length capped, and Teams' template
 * braces broken so "{{DATE(...)}}" is shown, not evaluated. TextRun (below) is never read as markdown.
 */
export function plainText(value: string, max = MAX_TEXT): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\{\{/g, '{\u200b{');
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** Our own words: a TextBlock. Only for text this code writes, as TextBlock reads markdown. */
export function textBlock(text: string, options: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** Anybody's words: a RichTextBlock of one TextRun, which hosts never read as markdown. */
export function typedText(label: string, value: string): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${label}: `, weight: 'Bolder' },
      { type: 'TextRun', text: plainText(value) },
    ],
  };
}

export function factSet(facts: readonly (readonly [string, string])[]): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value: plainText(value, 200) })) };
}

export function card(
  fallbackText: string,
  body: readonly CardElement[],
  actions?: readonly CardAction[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
  };
}
