// Every reason states what was found in plain words ("Not open to children's social care"), not the rule with "Met:"
// in front. The words come from the facts that decided the rule (fact-statements.ts), or from the criterion's own
// `met` / `notMet` where the facts' words do not read well.
import type { ConditionResult } from './condition';

/** What the finding needs of a criterion. */
export type FindingWords = { readonly requirement: string; readonly met?: string; readonly notMet?: string };

/** Reads the finding of one fact (for one person, by id); undefined while it is unanswered. */
export type StatementSource = { statement?(factId: string, personId?: string): string | undefined };

/** The facts' findings, each once, in the order they decided (this runs for every criterion on every keystroke). */
function statements(truth: ConditionResult, env: StatementSource, personId?: string): string | undefined {
  const decidedBy = truth.decidedBy;
  if (!decidedBy?.length) return undefined;
  const said: string[] = [];
  for (const fact of decidedBy) {
    const words = env.statement?.(fact, personId);
    if (words !== undefined && !said.includes(words)) said.push(words);
  }
  return said.length ? said.join('; ') : undefined;
}

/**
 * The finding of a rule that was decided: for a met rule, what was found; for one not met, what was found and the
 * rule it breaks. Undefined when there are no words to say it with (the reason's rule is shown instead).
 */
export function findingOf(
  c: FindingWords,
  met: boolean,
  truth: ConditionResult,
  env: StatementSource,
  personId?: string,
): string | undefined {
  if (met && c.met) return c.met;
  if (!met && c.notMet) return c.notMet;
  const found = statements(truth, env, personId);
  if (!found) return undefined;
  return met ? found : `${found} — ${c.requirement}`;
}
