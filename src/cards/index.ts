// Adaptive Card builders (pure JSON) and the zod schemas of their action payloads.
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  plainText,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card';
export { noticeCard } from './notice.card';
export { triageCard, type TriageCardView } from './triage.card';
export {
  TRIAGE_VERBS,
  TRIAGE_VERB_NAMES,
  cardInvokeValueSchema,
  triageActionSchema,
  type CardInvokeValue,
  type TriageAction,
  type TriageVerb,
} from './triage-action.schema';
