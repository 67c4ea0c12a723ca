// What the manager is told after allocating: whether the worker was emailed that the referral is theirs.
import { resultWords } from '../../../../src/ui/features/triage-board/decision-words';
import { makeRow } from './board-fixtures';

const allocated = makeRow({ triage: { state: 'allocated', version: 2, allocatedTo: 'worker-1' } });

test('an allocation says whether the worker was emailed, and what to do when not', () => {
  const sent = resultWords(
    { ok: true, row: allocated, statusMessageSent: false, allocationNoticeSent: true },
    undefined,
  );
  expect(sent.text).toBe(
    'Saved: the referral is now allocated to a worker. The worker has been emailed that it is theirs.',
  );
  const unsent = resultWords(
    { ok: true, row: allocated, statusMessageSent: true, allocationNoticeSent: false },
    undefined,
  );
  expect(unsent).toEqual({
    tone: 'success',
    text:
      'Saved: the referral is now allocated to a worker. The referrer has been sent a status message. ' +
      'The worker could not be emailed that it is theirs: tell them yourself.',
  });
  // Other decisions say nothing of a worker.
  const screening = makeRow({ triage: { state: 'screening', version: 1 } });
  expect(resultWords({ ok: true, row: screening, statusMessageSent: false }, undefined).text).toBe(
    'Saved: the referral is now screening.',
  );
});
