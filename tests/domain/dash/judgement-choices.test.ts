import {
  judgementChoiceOf,
  noneOfTheseOption,
  setJudgementReason,
  setNoneOfThese,
} from '../../../src/domain/dash/judgement-choices';

describe('judgementChoiceOf', () => {
  it.each([
    ['unanswered', undefined, undefined],
    ['not a list', 'stalking', undefined],
    ['"None of these"', [], []],
    [
      'checklist order, once each',
      ['stalking', 'non-fatal-strangulation', 'stalking'],
      ['non-fatal-strangulation', 'stalking'],
    ],
    ['unknown values dropped', ['bogus', 7, null, 'escalation'], ['escalation']],
  ])('%s', (_, value, expected) => {
    expect(judgementChoiceOf(value)).toEqual(expected);
  });
});

describe('"None of these" is offered only when nothing is ticked', () => {
  it.each([
    ['unanswered', undefined, { offered: true, checked: false }],
    ['"None of these" ticked', [], { offered: true, checked: true }],
    ['strangulation ticked', ['non-fatal-strangulation'], { offered: false, checked: false }],
    ['two reasons ticked', ['stalking', 'other'], { offered: false, checked: false }],
    ['only unknown values stored', ['bogus'], { offered: true, checked: false }],
  ])('%s', (_, value, expected) => {
    expect(noneOfTheseOption(value)).toEqual(expected);
  });
});

describe('setNoneOfThese never clears an answer', () => {
  it.each([
    ['ticking it when unanswered records "no concerns"', undefined, true, []],
    ['unticking it leaves the question unanswered', [], false, undefined],
    [
      'ticking it with strangulation ticked keeps strangulation',
      ['non-fatal-strangulation'],
      true,
      ['non-fatal-strangulation'],
    ],
    [
      'ticking it with several reasons keeps them all',
      ['threats-to-kill', 'stalking'],
      true,
      ['stalking', 'threats-to-kill'],
    ],
    ['unticking it with a reason ticked keeps the reason', ['escalation'], false, ['escalation']],
    ['ticking it over unknown values records "no concerns"', ['bogus'], true, []],
  ])('%s', (_, value, on, expected) => {
    expect(setNoneOfThese(value, on)).toEqual(expected);
  });
});

describe('setJudgementReason', () => {
  it('ticking a reason after "None of these" replaces "no concerns" with the reason', () => {
    const next = setJudgementReason([], 'non-fatal-strangulation', true);
    expect(next).toEqual(['non-fatal-strangulation']);
    expect(noneOfTheseOption(next)).toEqual({ offered: false, checked: false });
  });

  it('keeps the checklist order and ignores a second tick', () => {
    const once = setJudgementReason(['stalking'], 'extreme-fear', true);
    expect(once).toEqual(['extreme-fear', 'stalking']);
    expect(setJudgementReason(once, 'stalking', true)).toEqual(['extreme-fear', 'stalking']);
  });

  it('unticking the last reason leaves the question unanswered, so "None of these" is offered again', () => {
    const next = setJudgementReason(['stalking'], 'stalking', false);
    expect(next).toBeUndefined();
    expect(noneOfTheseOption(next)).toEqual({ offered: true, checked: false });
  });

  it('unticking one of two keeps the other', () => {
    expect(setJudgementReason(['stalking', 'escalation'], 'stalking', false)).toEqual(['escalation']);
  });

  it('drops unknown stored values as it writes', () => {
    expect(setJudgementReason(['bogus', 'other'], 'stalking', true)).toEqual(['stalking', 'other']);
  });
});
