import { planReviewDate } from '../../../domain';
import { extensionMessageSchema, type ExtensionMessage } from '../../../graph/extension/extension-message.schema';

/** What the worker types: dates as YYYY-MM-DD (the date field's value), words as typed. */
export type ExtensionFormValues = {
  readonly planStartDate?: string;
  readonly asking: boolean;
  readonly proposedEndDate?: string;
  readonly reason?: string;
  readonly progress?: string;
  readonly leadProfessional?: string;
  readonly agreedOn?: string;
};

export type FormProblem = { readonly fieldId: string; readonly message: string };

export const FIELD_IDS = {
  planStartDate: 'extension-plan-start',
  proposedEndDate: 'extension-proposed-end',
  reason: 'extension-reason',
  progress: 'extension-progress',
  leadProfessional: 'extension-lead-professional',
  agreedOn: 'extension-agreed-on',
} as const;

const PATH_FIELDS: Record<string, string> = {
  planStartDate: FIELD_IDS.planStartDate,
  'request.proposedEndDate': FIELD_IDS.proposedEndDate,
  'request.reason': FIELD_IDS.reason,
  'request.progress': FIELD_IDS.progress,
  'request.leadProfessionalAgreement.leadProfessional': FIELD_IDS.leadProfessional,
  'request.leadProfessionalAgreement.agreedOn': FIELD_IDS.agreedOn,
};

const WORDS: Record<string, string> = {
  [FIELD_IDS.planStartDate]: 'Enter the date the plan started.',
  [FIELD_IDS.proposedEndDate]: 'Enter the date the plan should now run to.',
  [FIELD_IDS.leadProfessional]: 'Enter who agreed: the lead professional’s name or role.',
  [FIELD_IDS.agreedOn]: 'Enter the date the lead professional agreed.',
};

/** The message the form sends: the same schema the bot checks it with, so the two cannot disagree. */
export function toExtensionMessage(
  values: ExtensionFormValues,
  ids: { referralId: string; requestId: string },
  currentEnd?: string,
): unknown {
  const start = values.planStartDate ?? '';
  return {
    referralId: ids.referralId,
    planStartDate: start,
    ...(values.asking
      ? {
          request: {
            requestId: ids.requestId,
            currentEndDate:
              currentEnd ?? (/^\d{4}-\d{2}-\d{2}$/.test(start) ? planReviewDate({ startDate: start }) : start),
            proposedEndDate: values.proposedEndDate ?? '',
            reason: values.reason ?? '',
            progress: values.progress ?? '',
            leadProfessionalAgreement: {
              leadProfessional: values.leadProfessional ?? '',
              agreedOn: values.agreedOn ?? '',
            },
          },
        }
      : {}),
  };
}

/** The form's problems (one per field, in order), or the checked message ready to send. */
export function checkExtensionForm(
  values: ExtensionFormValues,
  ids: { referralId: string; requestId: string },
  today: string,
  currentEnd?: string,
): { ok: true; message: ExtensionMessage } | { ok: false; problems: FormProblem[] } {
  const parsed = extensionMessageSchema.safeParse(toExtensionMessage(values, ids, currentEnd));
  const problems: FormProblem[] = [];
  const add = (fieldId: string, message: string) => {
    if (!problems.some((p) => p.fieldId === fieldId)) problems.push({ fieldId, message });
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldId = PATH_FIELDS[issue.path.join('.')];
      if (fieldId) add(fieldId, WORDS[fieldId] ?? issue.message);
    }
  }
  if (values.planStartDate && values.planStartDate > today)
    add(FIELD_IDS.planStartDate, 'The plan’s start cannot be after today.');
  if (values.asking) {
    const end = currentEnd ?? (values.planStartDate ? planReviewDate({ startDate: values.planStartDate }) : undefined);
    if (end && values.proposedEndDate && values.proposedEndDate <= end)
      add(FIELD_IDS.proposedEndDate, 'The new end date must be after the date the plan runs to now.');
    if (values.agreedOn && values.agreedOn > today)
      add(FIELD_IDS.agreedOn, 'The date the lead professional agreed cannot be after today.');
  }
  const order = Object.values(FIELD_IDS) as string[];
  problems.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
  return parsed.success && problems.length === 0 ? { ok: true, message: parsed.data } : { ok: false, problems };
}
