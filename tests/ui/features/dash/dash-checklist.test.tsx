/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import {
  DASH_QUESTIONS,
  MARAC_CRITERIA,
  MARAC_JUDGEMENT_NOTE,
  PROFESSIONAL_JUDGEMENT_LABELS,
} from '../../../../src/domain';
import { DashChecklist } from '../../../../src/ui/features/dash/dash-checklist';
import { setIn } from '../../../../src/ui/state/draft';

const TODAY = '2026-11-23';

afterEach(cleanup);

/** Like the App: keeps referral.risks.dash and applies each change at its path. */
function Harness(props: { initial?: unknown; changes?: [(string | number)[], unknown][] }) {
  const [dash, setDash] = useState<unknown>(props.initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <DashChecklist
        dash={dash}
        today={TODAY}
        onChange={(path, value) => {
          props.changes?.push([path, value]);
          setDash((d: unknown) => setIn(d, path, value));
        }}
      />
    </FluentProvider>
  );
}

function renderDash(initial?: unknown) {
  const changes: [(string | number)[], unknown][] = [];
  const view = render(<Harness initial={initial} changes={changes} />);
  return { ...view, changes };
}

/** A question's fieldset, found by its legend (role queries over the whole checklist are slow in jsdom). */
const question = (n: number) => {
  const q = DASH_QUESTIONS[n - 1]!;
  return screen.getByText(`${q.number}. ${q.text}`, { selector: 'legend' }).closest('fieldset') as HTMLElement;
};
const answer = (n: number, label: 'Yes' | 'No' | 'Not known') =>
  fireEvent.click(within(question(n)).getByRole('radio', { name: label }));
const count = () => screen.getByText(/"Yes" answers:|No questions answered yet/).textContent;
/** The state line of a MARAC criterion, e.g. "Visible high risk: Met". */
const criterion = (title: string) => screen.getByText(`${title}:`).parentElement?.textContent;

describe('the 24 questions', () => {
  it('shows every question as a fieldset whose legend is the question, with yes / no / not known', () => {
    renderDash();
    expect(DASH_QUESTIONS).toHaveLength(24);
    const names = new Set<string>();
    for (const q of DASH_QUESTIONS) {
      const group = screen.getByRole('group', { name: `${q.number}. ${q.text}` });
      expect(group.tagName).toBe('FIELDSET');
      const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Yes', 'No', 'Not known']);
      // One native radio group per question: arrow keys move within it, Tab moves to the next question.
      expect(new Set(radios.map((r) => r.name)).size).toBe(1);
      names.add(radios[0]!.name);
    }
    expect(names.size).toBe(24);
  });

  it('writes an answer at answers.<question id>', () => {
    const { changes } = renderDash();
    answer(3, 'Yes');
    answer(5, 'Not known');
    expect(changes).toEqual([
      [['answers', 'q3'], 'yes'],
      [['answers', 'q5'], 'not-known'],
    ]);
    expect((within(question(3)).getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the note that the checklist never replaces professional judgement in view', () => {
    renderDash();
    expect(screen.getByText(MARAC_JUDGEMENT_NOTE)).toBeTruthy();
  });
});

describe('running count and MARAC criteria', () => {
  it('counts "yes" answers as they are given, and never counts "not known"', () => {
    renderDash();
    expect(count()).toBe('No questions answered yet (0 of 24).');
    answer(1, 'Yes');
    answer(2, 'Not known');
    answer(3, 'No');
    expect(count()).toBe(
      '"Yes" answers: 1 of 24 (3 answered; "not known" is not counted). Fewer than 10 "yes": standard risk on the count alone.',
    );
  });

  it('reads the count out politely', () => {
    renderDash();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    answer(1, 'Yes');
    expect(status.textContent).toMatch(/"Yes" answers: 1 of 24/);
  });

  it('shows visible high risk as met at 14 "yes", with the high band', () => {
    renderDash();
    expect(criterion('Visible high risk')).toBe('Visible high risk: Not yet known');
    for (let n = 1; n <= 13; n += 1) answer(n, 'Yes');
    expect(criterion('Visible high risk')).toBe('Visible high risk: Not yet known');
    // High-risk signs are among the 13, so no band is given below 14.
    expect(count()).toBe('"Yes" answers: 13 of 24 (13 answered; "not known" is not counted).');
    answer(14, 'Yes');
    expect(count()).toMatch(/^"Yes" answers: 14 of 24/);
    expect(count()).toMatch(/High risk \(14 or more "yes"\)/);
    expect(criterion('Visible high risk')).toBe('Visible high risk: Met');
    expect(screen.getByText('Meets the criteria for a MARAC referral:').parentElement?.textContent).toMatch(/: Yes\./);
  });

  it('does not let "not known" reach 14: 13 yes and 11 not known is not met', () => {
    renderDash();
    for (let n = 1; n <= 13; n += 1) answer(n, 'Yes');
    for (let n = 14; n <= 24; n += 1) answer(n, 'Not known');
    expect(count()).toMatch(/^"Yes" answers: 13 of 24 \(24 answered/);
    expect(criterion('Visible high risk')).toBe('Visible high risk: Not met');
  });

  it('explains all four criteria, each not yet known before anything is answered', () => {
    renderDash();
    for (const c of MARAC_CRITERIA) {
      expect(screen.getByText(c.explanation)).toBeTruthy();
      expect(criterion(c.title)).toBe(`${c.title}: Not yet known`);
    }
    expect(screen.getByText('Meets the criteria for a MARAC referral:').parentElement?.textContent).toMatch(
      /Not yet known/,
    );
  });

  it('shows the threshold as not met only when every criterion is known and not met', () => {
    renderDash({
      answers: Object.fromEntries(DASH_QUESTIONS.map((q) => [q.id, 'no'])),
      professionalJudgement: [],
      incidentsLast12Months: 1,
      previousMaracReferralDate: null,
    });
    for (const c of MARAC_CRITERIA) expect(criterion(c.title)).toBe(`${c.title}: Not met`);
    expect(screen.getByText('Meets the criteria for a MARAC referral:').parentElement?.textContent).toMatch(/: No\./);
  });
});

describe('high-risk signs', () => {
  const checklistText = () => screen.getByRole('heading', { name: 'DASH risk checklist' }).parentElement!.textContent!;
  const prompt = () => screen.queryByText('Signs of high risk:')?.parentElement?.textContent;

  it('with strangulation and 6 "yes" shows a judgement prompt and no "standard" label', () => {
    renderDash();
    for (let n = 1; n <= 5; n += 1) answer(n, 'Yes');
    expect(count()).toMatch(/standard risk/);
    expect(prompt()).toBeUndefined();
    answer(15, 'Yes');
    expect(count()).toBe('"Yes" answers: 6 of 24 (6 answered; "not known" is not counted).');
    expect(prompt()).toMatch(
      /^Signs of high risk: Answered "yes": strangling or choking\. This is a sign of high risk/,
    );
    expect(prompt()).toMatch(/Use your professional judgement: consider a MARAC referral/);
    expect(checklistText()).not.toMatch(/standard/i);
  });

  it('names every sign answered "yes" in plain words, and the prompt goes when they are answered "no"', () => {
    renderDash();
    answer(8, 'Yes');
    answer(14, 'Yes');
    expect(prompt()).toMatch(/Answered "yes": threats to kill and stalking or harassment\. These are signs/);
    answer(8, 'No');
    answer(14, 'No');
    expect(prompt()).toBeUndefined();
    expect(count()).toMatch(/standard risk on the count alone/);
  });

  it('reads the prompt out politely, and asks again about "None of these"', () => {
    renderDash({ answers: { q15: 'yes' }, professionalJudgement: [] });
    const region = screen.getByText('Signs of high risk:').closest('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(prompt()).toMatch(
      /You ticked "None of these" under professional judgement: check that is still your view\./,
    );
  });

  it('still gives the high band at 14 "yes", with the prompt', () => {
    renderDash({ answers: Object.fromEntries(DASH_QUESTIONS.slice(0, 15).map((q) => [q.id, 'yes'])) });
    expect(count()).toMatch(/High risk \(14 or more "yes"\)/);
    expect(prompt()).toMatch(/strangling or choking/);
  });
});

describe('incidents in the last 12 months', () => {
  const box = () =>
    document.getElementById(
      screen.getByText('Domestic abuse incidents in the last 12 months').getAttribute('for')!,
    ) as HTMLInputElement;

  it('stores a whole number and meets potential escalation at 3', () => {
    const { changes } = renderDash();
    fireEvent.change(box(), { target: { value: '3' } });
    expect(changes.at(-1)).toEqual([['incidentsLast12Months'], 3]);
    expect(criterion('Potential escalation')).toBe('Potential escalation: Met');
    fireEvent.change(box(), { target: { value: '2' } });
    expect(criterion('Potential escalation')).toBe('Potential escalation: Not met');
  });

  it('keeps text that is not a number as typed, and says what is wrong, linked to the box', () => {
    const { changes } = renderDash();
    fireEvent.change(box(), { target: { value: 'three' } });
    expect(changes.at(-1)).toEqual([['incidentsLast12Months'], 'three']);
    expect(box().value).toBe('three');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText(/Enter the number of incidents as a whole number/);
    expect(box().getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(message.getAttribute('aria-live')).toBe('polite');
    expect(criterion('Potential escalation')).toBe('Potential escalation: Not yet known');
  });

  it('refuses negative numbers and clears to "not answered" when emptied', () => {
    const { changes } = renderDash();
    fireEvent.change(box(), { target: { value: '-1' } });
    expect(screen.getByText(/Enter the number of incidents/)).toBeTruthy();
    fireEvent.change(box(), { target: { value: '' } });
    expect(changes.at(-1)).toEqual([['incidentsLast12Months'], undefined]);
    expect(box().getAttribute('aria-invalid')).toBeNull();
  });

  it('records "not known" and disables the number box', () => {
    const { changes } = renderDash({ incidentsLast12Months: 5 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Not known' }));
    expect(changes.at(-1)).toEqual([['incidentsLast12Months'], 'not-known']);
    expect(box().disabled).toBe(true);
    expect(box().value).toBe('');
    expect(criterion('Potential escalation')).toBe('Potential escalation: Not yet known');
  });
});

describe('previous MARAC referral', () => {
  const group = () => screen.getByRole('radiogroup', { name: 'Previous referral to MARAC' });
  const dateBox = () =>
    document.getElementById(
      screen.getByText('Date of the last MARAC referral').getAttribute('for')!,
    ) as HTMLInputElement;

  it('records "never" as null and "not known" as not-known', () => {
    const { changes } = renderDash();
    fireEvent.click(within(group()).getByRole('radio', { name: 'Never referred to MARAC' }));
    expect(changes.at(-1)).toEqual([['previousMaracReferralDate'], null]);
    expect(criterion('Repeat referral')).toBe('Repeat referral: Not met');
    fireEvent.click(within(group()).getByRole('radio', { name: 'Not known' }));
    expect(changes.at(-1)).toEqual([['previousMaracReferralDate'], 'not-known']);
    expect(criterion('Repeat referral')).toBe('Repeat referral: Not yet known');
  });

  it('takes a UK date and stores it as YYYY-MM-DD', () => {
    const { changes } = renderDash();
    fireEvent.click(within(group()).getByRole('radio', { name: 'Referred before, on a date' }));
    fireEvent.change(dateBox(), { target: { value: '01/02/2026' } });
    expect(changes.at(-1)).toEqual([['previousMaracReferralDate'], '2026-02-01']);
    expect(criterion('Repeat referral')).toBe('Repeat referral: Met');
    fireEvent.change(dateBox(), { target: { value: '01/02/2025' } });
    expect(criterion('Repeat referral')).toBe('Repeat referral: Not met');
  });

  it('shows a stored date in UK order', () => {
    renderDash({ previousMaracReferralDate: '2026-03-05' });
    expect(dateBox().value).toBe('05/03/2026');
  });

  it('keeps a date that does not exist as typed and says so after leaving the box', () => {
    const { changes } = renderDash();
    fireEvent.click(within(group()).getByRole('radio', { name: 'Referred before, on a date' }));
    fireEvent.change(dateBox(), { target: { value: '31/02/2026' } });
    expect(changes.at(-1)).toEqual([['previousMaracReferralDate'], '31/02/2026']);
    fireEvent.blur(dateBox());
    expect(screen.getByText('There is no 31 February')).toBeTruthy();
    expect(criterion('Repeat referral')).toBe('Repeat referral: Not yet known');
  });

  it('refuses a date after today', () => {
    renderDash({ previousMaracReferralDate: '2027-01-01' });
    expect(screen.getByText('The date of the last MARAC referral cannot be after today.')).toBeTruthy();
    expect(dateBox().getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the date box open while its text is cleared', () => {
    renderDash({ previousMaracReferralDate: '2026-03-05' });
    fireEvent.change(dateBox(), { target: { value: '' } });
    expect(dateBox().value).toBe('');
  });
});

describe('professional judgement', () => {
  const noneOfThese = () => screen.queryByRole('checkbox', { name: 'None of these' }) as HTMLInputElement | null;
  const reason = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;

  it('ticks reasons, in the checklist order, and meets the criterion', () => {
    const { changes } = renderDash();
    fireEvent.click(reason(PROFESSIONAL_JUDGEMENT_LABELS.stalking));
    expect(changes.at(-1)).toEqual([['professionalJudgement'], ['stalking']]);
    expect(criterion('Professional judgement')).toBe('Professional judgement: Met');
    fireEvent.click(reason(PROFESSIONAL_JUDGEMENT_LABELS['extreme-fear']));
    expect(changes.at(-1)).toEqual([['professionalJudgement'], ['extreme-fear', 'stalking']]);
  });

  it('offers "None of these" only while nothing is ticked, and records it as an explicit none', () => {
    const { changes } = renderDash();
    fireEvent.click(noneOfThese()!);
    expect(changes.at(-1)).toEqual([['professionalJudgement'], []]);
    expect(noneOfThese()!.checked).toBe(true);
    expect(criterion('Professional judgement')).toBe('Professional judgement: Not met');
    fireEvent.click(reason(PROFESSIONAL_JUDGEMENT_LABELS['non-fatal-strangulation']));
    expect(changes.at(-1)).toEqual([['professionalJudgement'], ['non-fatal-strangulation']]);
    expect(noneOfThese()).toBeNull();
    expect(criterion('Professional judgement')).toBe('Professional judgement: Met');
  });

  it('never clears a ticked reason: "None of these" is not there to tick', () => {
    const { changes } = renderDash({ professionalJudgement: ['non-fatal-strangulation', 'stalking'] });
    expect(noneOfThese()).toBeNull();
    fireEvent.click(reason(PROFESSIONAL_JUDGEMENT_LABELS.stalking));
    expect(changes.at(-1)).toEqual([['professionalJudgement'], ['non-fatal-strangulation']]);
    expect(noneOfThese()).toBeNull();
    expect(reason(PROFESSIONAL_JUDGEMENT_LABELS['non-fatal-strangulation']).checked).toBe(true);
  });

  it('offers "None of these", unticked, when the stored value is not a list of known reasons', () => {
    renderDash({ professionalJudgement: ['bogus'] });
    expect(noneOfThese()!.checked).toBe(false);
    expect(criterion('Professional judgement')).not.toBe('Professional judgement: Met');
  });

  it('goes back to "not answered" when the last reason is unticked', () => {
    const { changes } = renderDash({ professionalJudgement: ['stalking'] });
    fireEvent.click(screen.getByRole('checkbox', { name: PROFESSIONAL_JUDGEMENT_LABELS.stalking }));
    expect(changes.at(-1)).toEqual([['professionalJudgement'], undefined]);
    expect(criterion('Professional judgement')).toBe('Professional judgement: Not yet known');
  });

  it('asks for details when "another serious concern" is ticked, and stores the details', () => {
    const { changes } = renderDash();
    fireEvent.click(screen.getByRole('checkbox', { name: PROFESSIONAL_JUDGEMENT_LABELS.other }));
    const details = document.getElementById(
      screen.getByText('Details of your concerns').getAttribute('for')!,
    ) as HTMLTextAreaElement;
    expect(details.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Describe the other serious concern in the details box.')).toBeTruthy();
    fireEvent.change(details, { target: { value: 'Threats made through a relative' } });
    expect(changes.at(-1)).toEqual([['professionalJudgementDetail'], 'Threats made through a relative']);
    expect(details.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('odd input and accessibility', () => {
  it.each([
    undefined,
    null,
    'garbage',
    42,
    [],
    { answers: 'x', professionalJudgement: 'y', incidentsLast12Months: {}, previousMaracReferralDate: 7 },
  ])('renders %p as an unanswered checklist without throwing', (dash) => {
    renderDash(dash);
    expect(screen.getByText(/"Yes" answers:|No questions answered yet/)).toBeTruthy();
    expect(
      within(question(1))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
  });

  it('ignores answers that are not yes / no / not known', () => {
    renderDash({ answers: { q1: 'maybe', q2: 'yes', q99: 'yes' } });
    expect(count()).toMatch(/^"Yes" answers: 1 of 24 \(1 answered/);
  });

  it('renders hostile free text as text', () => {
    renderDash({ professionalJudgementDetail: '<img src=x onerror=alert(1)>' });
    expect(document.querySelector('img')).toBeNull();
    const details = document.getElementById(
      screen.getByText('Details of your concerns').getAttribute('for')!,
    ) as HTMLTextAreaElement;
    expect(details.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('has no axe violations, answered or not', async () => {
    const { container } = renderDash({
      answers: { q1: 'yes' },
      incidentsLast12Months: 'abc',
      previousMaracReferralDate: '2026-01-01',
    });
    await act(async () => {
      const results = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  });
});
