import { catalogue } from '../../../src/catalogues';

// The GFPO time standards are catalogue data (the Nottinghamshire provider file).
const GFPO_TIME_STANDARDS = catalogue.timeStandards;
import { timeStandardSchema } from '../../../src/domain/triage/time-standard.schema';

const valid = {
  id: 'x.screening',
  description: 'Screen within 5 working days.',
  amount: 5,
  unit: 'working-days',
  from: 'referral-received',
  citation: { seed: '002_8658fb43c2b96107.txt', section: '15 Intervention Team Quality Standards' },
};

describe('timeStandardSchema', () => {
  it('accepts a well-formed standard', () => {
    expect(timeStandardSchema.safeParse(valid).success).toBe(true);
    expect(
      timeStandardSchema.safeParse({ ...valid, appliesTo: ['notts.epec'], metOnStates: ['allocated'] }).success,
    ).toBe(true);
  });

  it.each([
    ['an unknown unit', { unit: 'fortnights' }],
    ['an unknown clock start', { from: 'whenever' }],
    ['a negative amount', { amount: -1 }],
    ['a fractional amount', { amount: 2.5 }],
    ['no citation', { citation: undefined }],
    ['an empty section', { citation: { seed: '002_8658fb43c2b96107.txt', section: ' ' } }],
    ['a seed that is not a seed file name', { citation: { seed: 'notes.docx', section: '15' } }],
    ['an empty appliesTo', { appliesTo: [] }],
    ['an unknown met-on state', { metOnStates: ['done'] }],
    ['an extra key', { owner: 'someone' }],
  ])('rejects %s', (_label, change) => {
    expect(timeStandardSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('GFPO_TIME_STANDARDS', () => {
  it('all validate, with unique ids, each cited to the GFPO seed', () => {
    for (const s of GFPO_TIME_STANDARDS) {
      expect(timeStandardSchema.safeParse(s).success).toBe(true);
      expect(s.citation.seed).toBe('002_8658fb43c2b96107.txt');
    }
    const ids = GFPO_TIME_STANDARDS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the published amounts', () => {
    const by = Object.fromEntries(GFPO_TIME_STANDARDS.map((s) => [s.id, `${s.amount} ${s.unit} from ${s.from}`]));
    expect(by).toEqual({
      'notts.screening': '5 working-days from referral-received',
      'notts.planning-meeting': '10 working-days from referral-received',
      'notts.plan-review': '12 weeks from plan-start',
      'notts.engagement-concern': '24 hours from concern-raised',
      'notts.dispute-resolution': '1 working-days from dispute-raised',
      'notts.pre-court-assessment': '2 weeks from allocation',
      'notts.parenting-capacity-assessment': '12 weeks from allocation',
      'notts.sibling-young-carer-assessment': '30 working-days from allocation',
      'notts.adoption-support-fund-application': '30 calendar-days from allocation',
      'notts.closure-discussion': '2 missed-sessions from plan-start',
      'notts.closure-discussion-intensive': '4 missed-sessions from plan-start',
    });
  });
});
