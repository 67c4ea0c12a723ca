import { isRecord } from '../../domain';
import type { Draft, DraftPerson, DraftReferral, DraftSupportEntry } from './draft';
import { getIn, setIn } from './draft';
import type { DraftAction, DraftPhone, Patch, SupportList } from './draft-actions';

type Change = Exclude<DraftAction, { type: 'replace' }>;

/** `base` with `patch` applied: a field patched to `undefined` goes. */
function merged<T extends object>(base: unknown, patch: Patch<T>): T {
  const out: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

/** `base` patched, or undefined once no field is left: an emptied address is no address, not one missing its first line. */
function mergedOrGone<T extends object>(base: unknown, patch: Patch<T>): T | undefined {
  const out = merged<T>(base, patch);
  return Object.keys(out).length ? out : undefined;
}

/** The list as stored: saved drafts are read back as they were written, so a list may be missing or hold odd items. */
const listOf = <T extends object>(value: readonly T[] | undefined): T[] =>
  Array.isArray(value) ? value.filter((item): item is T => isRecord(item)) : [];

function withSupport(r: DraftReferral, list: SupportList, next: DraftSupportEntry[]): DraftReferral {
  return { ...r, support: merged(r.support, { [list]: next.length ? next : undefined }) };
}

function editSupport(r: DraftReferral, action: Extract<Change, { list: SupportList }>): DraftReferral {
  const entries = listOf(r.support?.[action.list]);
  if (action.type === 'add-support') return withSupport(r, action.list, [...entries, {}]);
  if (action.type === 'remove-support')
    return withSupport(
      r,
      action.list,
      entries.filter((_, i) => i !== action.index),
    );
  return withSupport(
    r,
    action.list,
    entries.map((e, i) => (i === action.index ? merged(e, action.patch) : e)),
  );
}

type FamilyChange = Extract<
  Change,
  { type: 'edit-family' | 'edit-family-part' | 'add-phone' | 'edit-phone' | 'remove-phone' }
>;

function phonesAfter(phones: DraftPhone[], action: FamilyChange): DraftPhone[] | undefined {
  let next = phones;
  if (action.type === 'add-phone') next = [...phones, {}];
  if (action.type === 'remove-phone') next = phones.filter((_, i) => i !== action.index);
  if (action.type === 'edit-phone') next = phones.map((p, i) => (i === action.index ? merged(p, action.patch) : p));
  return next.length ? next : undefined;
}

function editFamily(r: DraftReferral, action: FamilyChange): DraftReferral {
  const family = r.family;
  const patch: Record<string, unknown> =
    action.type === 'edit-family'
      ? action.patch
      : action.type === 'edit-family-part'
        ? { [action.part]: mergedOrGone<object>(family?.[action.part], action.patch) }
        : { phones: phonesAfter(listOf(family?.phones), action) };
  return merged(r, { family: mergedOrGone<object>(family, patch) });
}

function addPerson(r: DraftReferral, kind: 'child' | 'adult', id: string): DraftReferral {
  const person: DraftPerson =
    kind === 'child'
      ? { id, kind: 'child', name: '' }
      : { id, kind: 'adult', name: '', role: 'parent', relationship: '' };
  return { ...r, people: [...listOf(r.people), person] };
}

// A person leaves every service request too, so nothing refers to someone who is gone.
function removePerson(r: DraftReferral, id: string): DraftReferral {
  const services = listOf(r.services).map((s) => ({
    ...s,
    personIds: (Array.isArray(s.personIds) ? s.personIds : []).filter((p) => p !== id),
  }));
  return { ...r, people: listOf(r.people).filter((p) => p.id !== id), services };
}

function toggleService(r: DraftReferral, action: Extract<Change, { type: 'toggle-service' }>): DraftReferral {
  const services = listOf(r.services);
  if (services.some((s) => s.serviceId === action.serviceId))
    return { ...r, services: services.filter((s) => s.serviceId !== action.serviceId) };
  const item = {
    serviceId: action.serviceId,
    personIds: [...(action.personIds ?? [])],
    ...(action.advice ? { advice: true } : {}),
  };
  return { ...r, services: [...services, item] };
}

function editDash(r: DraftReferral, action: Extract<Change, { type: 'edit-dash' | 'answer-dash' }>): DraftReferral {
  const dash = r.risks?.dash;
  const next =
    action.type === 'edit-dash'
      ? merged(dash, action.patch)
      : merged(dash, { answers: merged(dash?.answers, { [action.question]: action.answer }) });
  return { ...r, risks: { ...r.risks, dash: next } };
}

type PeopleChange = Extract<Change, { type: 'edit-person' | 'edit-person-address' | 'choose-service-people' }>;

function editPeople(r: DraftReferral, action: PeopleChange): DraftReferral {
  if (action.type === 'choose-service-people') {
    const services = listOf(r.services).map((s, i) =>
      i === action.index ? { ...s, personIds: [...action.personIds] } : s,
    );
    return { ...r, services };
  }
  const patch: Record<string, unknown> =
    action.type === 'edit-person'
      ? action.patch
      : { address: mergedOrGone<object>(getIn(r.people, [action.index, 'address']), action.patch) };
  return { ...r, people: listOf(r.people).map((p, i) => (i === action.index ? merged<DraftPerson>(p, patch) : p)) };
}

function reduceReferral(r: DraftReferral, action: Change): DraftReferral {
  switch (action.type) {
    case 'edit-section':
      return { ...r, [action.section]: merged<object>(r[action.section], action.patch) };
    case 'choose-consent':
      return { ...r, consent: action.consent };
    case 'edit-consent':
      return { ...r, consent: merged<object>(r.consent, action.patch) };
    case 'edit-lead-professional':
      return { ...r, context: { ...r.context, leadProfessional: merged(r.context?.leadProfessional, action.patch) } };
    case 'edit-dash':
    case 'answer-dash':
      return editDash(r, action);
    case 'edit-person':
    case 'edit-person-address':
    case 'choose-service-people':
      return editPeople(r, action);
    case 'edit-reason':
      return merged(r, { reason: action.reason });
    case 'edit-family':
    case 'edit-family-part':
    case 'add-phone':
    case 'edit-phone':
    case 'remove-phone':
      return editFamily(r, action);
    case 'edit-incident':
      return {
        ...r,
        risks: merged<object>(r.risks, { latestIncident: mergedOrGone<object>(r.risks?.latestIncident, action.patch) }),
      };
    case 'add-person':
      return addPerson(r, action.kind, action.id);
    case 'remove-person':
      return removePerson(r, action.id);
    case 'add-support':
    case 'edit-support':
    case 'remove-support':
      return editSupport(r, action);
    case 'toggle-service':
      return toggleService(r, action);
    case 'answer-question':
      return setIn(r, action.path, action.value) as DraftReferral;
    case 'set-attachments':
      return { ...r, attachments: [...action.attachments] };
    case 'edit-notes':
      return merged(r, { notes: action.notes });
  }
}

/** The one way a draft changes; every change stamps `updatedAt` so autosave and the drafts list can see it. */
export function draftReducer(now: () => Date) {
  return (draft: Draft, action: DraftAction): Draft => {
    if (action.type === 'replace') return action.draft;
    return { ...draft, updatedAt: now().toISOString(), referral: reduceReferral(draft.referral, action) };
  };
}
