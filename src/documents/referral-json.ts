import { DASH_QUESTION_IDS } from '../domain';
import type { FiledReferral } from '../domain';
import { checkedDocument } from './filed-referral';

const byKey = (entries: [string, unknown][], rank: (key: string) => number | string) =>
  Object.fromEntries(entries.sort(([a], [b]) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0)));

const dashRank = (key: string) => {
  const i = (DASH_QUESTION_IDS as readonly string[]).indexOf(key);
  return i < 0 ? 1000 : i;
};

/**
 * The text of referral.json: validated, keys in the schema's order (records sorted), 2-space indent, final newline —
 * the same document always gives the same bytes, so a retried filing attaches an identical file.
 */
export function referralJson(doc: FiledReferral): string {
  const d = checkedDocument(doc);
  const dash = d.referral.risks.dash;
  const referral = {
    ...d.referral,
    risks: dash
      ? { ...d.referral.risks, dash: { ...dash, answers: byKey(Object.entries(dash.answers), dashRank) } }
      : d.referral.risks,
    answers: byKey(Object.entries(d.referral.answers), (k) => k),
  };
  return `${JSON.stringify({ ...d, referral }, null, 2)}\n`;
}
