import { TRIAGE_STATES } from '../../../src/domain';
import { triageCardOf } from '../../../src/bot/triage/triage-view';
import { adaptiveCardSchemaErrors } from '../../support/adaptive-card-schema';
import { builtIn, rowOf, WORKER } from '../support/fakes';

const ctx = { catalogue: builtIn, boardUrl: 'https://board.example/', now: new Date('2027-03-26T10:00:00Z') };
const inState = (state: (typeof TRIAGE_STATES)[number]) => {
  const row = rowOf('f0000000-0000-4000-8000-000000000000', '2027-03-25T09:30:00Z');
  return { ...row, triage: { ...row.triage, state, ...(state === 'allocated' ? { allocatedTo: WORKER } : {}) } };
};

// The Adaptive Cards renderer (and so the sandbox's channel page) shows at most 5 buttons and warns past that.
test.each(TRIAGE_STATES)('the card in state %s is valid and has at most 5 buttons', (state) => {
  const card = triageCardOf(inState(state), ctx);
  expect(adaptiveCardSchemaErrors(card, '1.5')).toEqual([]);
  expect(card.actions!.length).toBeLessThanOrEqual(5);
});

test('allocation is offered where the state machine allows it: screening, accepted, waiting list', () => {
  const offers = TRIAGE_STATES.filter((s) => JSON.stringify(triageCardOf(inState(s), ctx)).includes('choose-worker'));
  expect(offers).toEqual(['screening', 'accepted', 'waiting-list']);
});

test('the card names the worker only when the bot knows the name', () => {
  const row = inState('allocated');
  expect(JSON.stringify(triageCardOf(row, ctx))).not.toContain('Allocated to"');
  const named = triageCardOf(row, { ...ctx, people: [{ id: WORKER.toUpperCase(), name: 'Wren Worker' }] });
  expect(JSON.stringify(named)).toContain('{"title":"Allocated to","value":"Wren Worker"}');
});
