// The ways a draft changes: one typed action per part of the referral. Only a catalogue question's answer is written
// at a path, because the catalogue's fact definition, not the form, says where that answer lives.
import type { Answer, DashQuestionId } from '../../domain';
import type { Draft, DraftAttachment, DraftPart, DraftPerson, DraftSupportEntry, Path } from './draft';

/** Fields to change; a field given as `undefined` is removed. */
export type Patch<T> = { readonly [K in keyof T]?: T[K] | undefined };

/** The parts of the referral the form edits field by field. */
export type SectionName = 'referrer' | 'context' | 'risks' | 'needs' | 'support';
export type SupportList = 'previous' | 'current';
type DraftDash = NonNullable<DraftPart<'risks'>['dash']>;
type DraftLeadProfessional = NonNullable<DraftPart<'context'>['leadProfessional']>;
type DraftFamily = DraftPart<'family'>;
/** The family's contact details that are objects of their own, each edited field by field. */
export type FamilyPart = 'address' | 'safeContact' | 'safeContactPerson';
export type DraftPhone = NonNullable<DraftFamily['phones']>[number];
type DraftIncident = NonNullable<DraftPart<'risks'>['latestIncident']>;
type DraftAddress = NonNullable<DraftFamily['address']>;

type SectionEdit = {
  [S in SectionName]: { readonly type: 'edit-section'; readonly section: S; readonly patch: Patch<DraftPart<S>> };
}[SectionName];

type FamilyPartEdit = {
  [P in FamilyPart]: {
    readonly type: 'edit-family-part';
    readonly part: P;
    readonly patch: Patch<NonNullable<DraftFamily[P]>>;
  };
}[FamilyPart];

export type DraftAction =
  | SectionEdit
  | { readonly type: 'choose-consent'; readonly consent: DraftPart<'consent'> }
  | { readonly type: 'edit-consent'; readonly patch: Patch<DraftPart<'consent'>> }
  | { readonly type: 'edit-lead-professional'; readonly patch: Patch<DraftLeadProfessional> }
  | { readonly type: 'edit-dash'; readonly patch: Patch<Omit<DraftDash, 'answers'>> }
  | { readonly type: 'answer-dash'; readonly question: DashQuestionId; readonly answer: Answer | undefined }
  | { readonly type: 'edit-reason'; readonly reason: string | undefined }
  | { readonly type: 'edit-family'; readonly patch: Patch<Omit<DraftFamily, FamilyPart | 'phones'>> }
  | FamilyPartEdit
  | { readonly type: 'add-phone' }
  | { readonly type: 'edit-phone'; readonly index: number; readonly patch: Patch<DraftPhone> }
  | { readonly type: 'remove-phone'; readonly index: number }
  | { readonly type: 'edit-incident'; readonly patch: Patch<DraftIncident> }
  | { readonly type: 'edit-person'; readonly index: number; readonly patch: Patch<DraftPerson> }
  | { readonly type: 'edit-person-address'; readonly index: number; readonly patch: Patch<DraftAddress> }
  | { readonly type: 'add-person'; readonly kind: 'child' | 'adult'; readonly id: string }
  | { readonly type: 'remove-person'; readonly id: string }
  | { readonly type: 'add-support'; readonly list: SupportList }
  | {
      readonly type: 'edit-support';
      readonly list: SupportList;
      readonly index: number;
      readonly patch: Patch<DraftSupportEntry>;
    }
  | { readonly type: 'remove-support'; readonly list: SupportList; readonly index: number }
  | {
      readonly type: 'toggle-service';
      readonly serviceId: string;
      readonly personIds?: readonly string[];
      readonly advice?: boolean;
    }
  | { readonly type: 'choose-service-people'; readonly index: number; readonly personIds: readonly string[] }
  | { readonly type: 'answer-question'; readonly path: Path; readonly value: unknown }
  | { readonly type: 'set-attachments'; readonly attachments: readonly DraftAttachment[] }
  | { readonly type: 'edit-notes'; readonly notes: string | undefined }
  | { readonly type: 'replace'; readonly draft: Draft };

/** An action that changes one field of a section, from the field's key and the value its control gives. */
export type FieldEdit<K extends string> = (key: K, value: unknown) => DraftAction;

/** Field edits of `section`: the key is checked against the section's type; the control's value is taken as typed. */
export const sectionEdit =
  <S extends SectionName>(section: S): FieldEdit<keyof DraftPart<S> & string> =>
  (key, value) =>
    ({ type: 'edit-section', section, patch: { [key]: value } }) as DraftAction;
