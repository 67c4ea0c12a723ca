// Every reason states what was found in plain words ("Not open to children's social care"), not the rule with "Met:"
// in front. The words come from the facts that decided the rule (fact-statements.ts), or from the criterion's own
// `met` / `notMet` where the facts' words do not read well.
import type { ConditionResult } from './condition';

/** What the finding needs of a criterion. */
export type FindingWords = { readonly requirement: string; readonly met?: string; readonly notMet?: string };

/** Reads the finding of one fact (for one person, by id); undefined while it is unanswered. */
export type StatementLookup = (factId: string, personId?: string) => string | undefined;

/** The facts' findings, each once, in the order they decided. */
function statements(truth: ConditionResult, statement: StatementLookup, personId?: string): string | undefined {
  const said = [...new Set(truth.decidedBy ?? [])].flatMap((f) => statement(f, personId) ?? []);
  return said.length ? [...new Set(said)].join('; ') : undefined;
}

/**
 * The finding of a rule that was decided: for a met rule, what was found; for one not met, what was found and the
 * rule it breaks. Undefined when there are no words to say it with (the reason's rule is shown instead).
 */
export function findingOf(
  c: FindingWords,
  met: boolean,
  truth: ConditionResult,
  statement: StatementLookup | undefined,
  personId?: string,
): string | undefined {
  if (met && c.met) return c.met;
  if (!met && c.notMet) return c.notMet;
  const found = statement && statements(truth, statement, personId);
  if (!found) return undefined;
  return met ? found : `${found} — ${c.requirement}`;
}
