import { extensionMessageSchema } from '../../../../src/graph/extension/extension-message.schema';
import { checkExtensionForm } from '../../../../src/ui/features/extension-request';

const ids = { referralId: '5b1d3c1e-2f7a-4c55-9a0e-6a1f6d1b2c3d', requestId: '0e9f8a7b-6c5d-4e3f-8a1b-2c3d4e5f6a7b' };
const TODAY = '2026-12-07';
const complete = {
  asking: true,
  planStartDate: '2026-09-28',
  proposedEndDate: '2027-01-18',
  reason: 'Two sessions lost to illness.',
  progress: 'Routines in place.',
  leadProfessional: 'Social worker, Team B',
  agreedOn: '2026-12-04',
};

test('a complete request becomes the message the bot reads, with the plan’s current end', () => {
  const checked = checkExtensionForm(complete, ids, TODAY);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(extensionMessageSchema.parse(checked.message)).toEqual(checked.message);
  expect(checked.message.request).toMatchObject({ requestId: ids.requestId, currentEndDate: '2026-12-21' });
});

test('the lead professional’s agreement, the reason and the progress are all required, in the form’s order', () => {
  const checked = checkExtensionForm(
    { asking: true, planStartDate: '2026-09-28', proposedEndDate: '2027-01-18', reason: '  ' },
    ids,
    TODAY,
  );
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.problems.map((p) => p.fieldId)).toEqual([
    'extension-reason',
    'extension-progress',
    'extension-lead-professional',
    'extension-agreed-on',
  ]);
});

test('dates are checked: an end not past the current end, an agreement or a start after today', () => {
  const checked = checkExtensionForm(
    { ...complete, proposedEndDate: '2026-12-21', agreedOn: '2026-12-08', planStartDate: '2026-12-08' },
    ids,
    TODAY,
    '2026-12-21',
  );
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.problems.map((p) => p.fieldId)).toEqual([
    'extension-plan-start',
    'extension-proposed-end',
    'extension-agreed-on',
  ]);
});

test('recording only the start needs only the start date', () => {
  const checked = checkExtensionForm({ asking: false, planStartDate: '2026-09-28' }, ids, TODAY);
  expect(checked).toEqual({ ok: true, message: { referralId: ids.referralId, planStartDate: '2026-09-28' } });
  const missing = checkExtensionForm({ asking: false }, ids, TODAY);
  expect(missing).toMatchObject({ ok: false, problems: [{ fieldId: 'extension-plan-start' }] });
});
