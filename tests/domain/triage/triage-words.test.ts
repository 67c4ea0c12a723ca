// Words for triage: the same on the board, the card and the referrer's status message; plain English, no names.
import {
  BUSY_WORDS,
  DAMAGED_RECORD_WORDS,
  TRIAGE_CATEGORIES,
  TRIAGE_PRIORITIES,
  TRIAGE_STATES,
  applyTransition,
  categoryFor,
  conflictWords,
  earlierEventsWords,
  isTriageCategory,
  newTriageRecord,
  priorityWords,
  statusMessageText,
  triageStateWords,
  type Actor,
  type TriageMove,
  type TriageRecord,
  type TriageState,
} from '../../../src/domain';

const TM: Actor = { id: 'tm-1', role: 'team-manager' };
const AT = new Date('2026-04-07T10:00:00Z');
const received = () => newTriageRecord({ referralId: 'r-1', receivedAt: new Date('2026-04-02T09:00:00Z') });
const step = (r: TriageRecord, move: Omit<TriageMove, 'expectedVersion'>, actor = TM): TriageRecord => {
  const result = applyTransition(r, { ...move, expectedVersion: r.version }, actor, AT);
  if (!result.ok) throw new Error(result.message);
  return result.record;
};

test('every state and priority has its own words, and one Outlook category per state', () => {
  const words = TRIAGE_STATES.map(triageStateWords);
  expect(new Set(words).size).toBe(TRIAGE_STATES.length);
  expect(triageStateWords('more-information-requested')).toBe('Waiting for more information');
  expect(TRIAGE_PRIORITIES.map(priorityWords)).toEqual(['Urgent', 'High', 'Normal', 'Low']);
  expect(new Set(Object.values(TRIAGE_CATEGORIES)).size).toBe(TRIAGE_STATES.length);
  expect(categoryFor('waiting-list')).toBe('Referral: on the waiting list');
  expect(isTriageCategory('Referral: screening')).toBe(true);
  expect(isTriageCategory('Red category')).toBe(false);
  expect(triageStateWords('lost' as TriageState)).toBe('Unknown');
});

test('"and N earlier changes" for a trimmed audit trail', () => {
  expect(earlierEventsWords({})).toBe('');
  expect(earlierEventsWords({ earlierEvents: 1 })).toBe('and 1 earlier change');
  expect(earlierEventsWords({ earlierEvents: 21 })).toBe('and 21 earlier changes');
});

describe('statusMessageText', () => {
  const screening = step(received(), { to: 'screening' });

  it('gives the decline reason and the right to ask again', () => {
    const text = statusMessageText(step(screening, { to: 'declined', reason: 'Out of area' }), 'RC-ABCD1234');
    expect(text).toContain('Referral RC-ABCD1234: the service has declined it.');
    expect(text).toContain('The reason given: Out of area');
    expect(text).toMatch(/ask the service manager/);
  });

  it('asks the question and says where to answer', () => {
    const text = statusMessageText(
      step(screening, { to: 'more-information-requested', question: 'Which school?' }),
      'RC-1',
    );
    expect(text).toContain('What the service needs to know: Which school?');
    expect(text).toContain('My referrals');
  });

  it('thanks the referrer for an answer, and confirms a withdrawal without repeating their reason', () => {
    const asked = step(screening, { to: 'more-information-requested', question: 'Which school?' });
    expect(statusMessageText(step(asked, { to: 'screening' }, { id: 'bot', role: 'system' }), 'RC-1')).toMatch(
      /^Thank you for the information/,
    );
    const withdrawn = step(screening, { to: 'closed', reason: 'Moved away' }, { id: 'r', role: 'referrer' });
    const text = statusMessageText(withdrawn, 'RC-1');
    expect(text).toMatch(/withdrawn, as you asked/);
    expect(text).not.toContain('Moved away');
  });

  it('has words for every state, with no internal ids', () => {
    for (const state of TRIAGE_STATES) {
      const text = statusMessageText({ ...received(), state }, 'RC-1');
      expect(text).toMatch(/^Referral RC-1/);
      expect(text).not.toMatch(/undefined|more-information-requested|waiting-list/);
    }
  });
});

describe('conflictWords', () => {
  const accepted = step(
    step(received(), { to: 'screening' }),
    { to: 'accepted' },
    { id: 'tm-2', role: 'team-manager' },
  );

  it('says who (by role) changed it, what it is now, and that nothing of yours was saved', () => {
    expect(conflictWords(accepted, TM)).toBe(
      'Another team manager changed this referral while you were deciding: it is now accepted. ' +
        'Your decision was not saved. Check the referral and decide again.',
    );
  });

  it('knows when it was you in another window, the referrer, or nobody on record', () => {
    expect(conflictWords(accepted, { id: 'tm-2', role: 'team-manager' })).toMatch(/^You, in another window,/);
    const withdrawn = step(accepted, { to: 'closed', reason: 'x' }, { id: 'r', role: 'referrer' });
    expect(conflictWords(withdrawn, TM)).toMatch(/^The referrer changed this referral .* it is now closed/);
    expect(conflictWords({ ...received(), version: 3 }, TM)).toMatch(/^Someone else/);
  });

  it('the words for a busy referral and a damaged one say what to do, in plain English', () => {
    expect(BUSY_WORDS).toMatch(/not saved\. Wait a few seconds/);
    expect(DAMAGED_RECORD_WORDS).toMatch(/cannot be changed here\. Ask your IT service desk/);
    for (const words of [BUSY_WORDS, DAMAGED_RECORD_WORDS]) expect(words).not.toMatch(/json|property|version|seed/i);
  });
});
