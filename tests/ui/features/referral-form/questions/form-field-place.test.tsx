/** @jest-environment jsdom */
// Where the form already asks a fact, found from the page, and an answer in the words the form shows.
import { answerWords } from '../../../../../src/ui/features/referral-form/questions/fact-value';
import { formFieldPlace } from '../../../../../src/ui/features/referral-form/questions/form-field-place';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('formFieldPlace', () => {
  test("names the section holding the form's own field for the path", () => {
    document.body.innerHTML =
      '<section aria-labelledby="t"><h2 id="t">Case context</h2><div id="f-context-p2pLevel"></div></section>';
    expect(formFieldPlace(['context', 'p2pLevel'])).toEqual({ id: 'f-context-p2pLevel', where: 'Case context' });
  });

  test('finds nothing for a path no section asks, nor for the questions section itself', () => {
    document.body.innerHTML =
      '<section id="section-questions" aria-labelledby="q"><h2 id="q">Questions</h2><div id="f-answers-x"></div></section>';
    expect(formFieldPlace(['answers', 'x'])).toBeUndefined();
    expect(formFieldPlace(['context', 'p2pLevel'])).toBeUndefined();
  });

  test('finds nothing for a field outside any titled section', () => {
    document.body.innerHTML = '<div id="f-risks-x"></div><section><div id="f-risks-y"></div></section>';
    expect(formFieldPlace(['risks', 'x'])).toBeUndefined();
    expect(formFieldPlace(['risks', 'y'])).toBeUndefined();
  });

  test("uses a person's path as the field id the card gives it", () => {
    document.body.innerHTML =
      '<section aria-labelledby="a b"><h2 id="a">Family</h2><span id="b">members</span><div id="f-people-1-livesInBorough"></div></section>';
    expect(formFieldPlace(['people', 1, 'livesInBorough'])?.where).toBe('Family members');
  });
});

describe('answerWords', () => {
  const options = [
    { value: 'yes', label: 'Yes' },
    { value: '2', label: 'Level 2' },
  ];
  test("shows an option's words, a list's words joined, and a plain value as it is", () => {
    expect(answerWords('yes', options)).toBe('Yes');
    expect(answerWords(2, options)).toBe('Level 2');
    expect(answerWords(['yes', 'other'], options)).toBe('Yes, other');
    expect(answerWords('2019-03-27')).toBe('2019-03-27');
    expect(answerWords(true)).toBe('Yes');
    expect(answerWords(false)).toBe('No');
  });

  test('has no words while there is no answer, or for a value that cannot be shown as one', () => {
    for (const v of [undefined, null, '', []]) expect(answerWords(v, options)).toBeUndefined();
    expect(answerWords({ name: 'x' })).toBeUndefined();
  });
});
