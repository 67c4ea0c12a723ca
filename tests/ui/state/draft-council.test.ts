// A new draft starts with the referrer's council (configuration) as the family's; that alone is not "typed".
import { evaluate } from '../../../src/domain';
import { catalogue } from '../../../src/catalogues';
import { isBlankDraft } from '../../../src/ui/features/drafts/draft-summary';
import { newDraft } from '../../../src/ui/state/draft';

const NOW = new Date('2026-11-23T10:00:00Z');

test("a new draft holds the configured council as the family's, and the engine reads it", () => {
  const d = newDraft('d1', NOW, undefined, 'E09000023');
  expect(d.referral.family).toEqual({ councilCode: 'E09000023' });
  const [r] = evaluate(d.referral, catalogue, { now: NOW, serviceIds: ['lewisham.nvr'] }).results;
  expect(r!.reasons.find((x) => x.code === 'lewisham.nvr.area')?.status).toBe('met');
});

test('without a configured council the draft has no family council, and the engine asks for it', () => {
  const d = newDraft('d1', NOW);
  expect(d.referral.family).toBeUndefined();
  const [r] = evaluate(d.referral, catalogue, { now: NOW, serviceIds: ['lewisham.nvr'] }).results;
  expect(r!.missing.map((m) => m.fact)).toContain('family.councilCode');
});

test('a draft holding only the configured council is blank (not saved); anything typed about the family is not', () => {
  const d = newDraft('d1', NOW, { name: 'Sam', email: 'sam@example.gov.uk' }, 'E09000023');
  expect(isBlankDraft(d)).toBe(true);
  expect(isBlankDraft({ ...d, referral: { ...d.referral, family: { councilCode: 'E09000002' } } })).toBe(true);
  expect(
    isBlankDraft({ ...d, referral: { ...d.referral, family: { councilCode: 'E09000023', language: 'Arabic' } } }),
  ).toBe(false);
  expect(isBlankDraft({ ...d, referral: { ...d.referral, reason: 'Help at home' } })).toBe(false);
});
