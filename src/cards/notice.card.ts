import { card, textBlock, type AdaptiveCard } from './adaptive-card';

/** A short card with one message, e.g. why a click was refused. */
export function noticeCard(heading: string, message: string): AdaptiveCard {
  return card(`${heading}. ${message}`, [
    textBlock(heading, { weight: 'Bolder', color: 'Attention' }),
    textBlock(message),
  ]);
}
