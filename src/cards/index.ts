// Adaptive Card builders (pure JSON) and the zod schemas of their action payloads.
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  plainText,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card';
export { noticeCard } from './notice.card';
export { MAX_WORKER_CHOICES, triageCard, type CardPerson, type TriageCardView } from './triage.card';
export {
  CHOOSE_WORKER,
  TRIAGE_VERBS,
  TRIAGE_VERB_NAMES,
  TRIAGE_VIEW_VERBS,
  cardInvokeValueSchema,
  triageActionSchema,
  triageViewActionSchema,
  type CardInvokeValue,
  type TriageAction,
  type TriageVerb,
  type TriageViewAction,
} from './triage-action.schema';
