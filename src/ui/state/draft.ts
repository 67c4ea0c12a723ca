// A draft is a referral being written: the referral.json shape, partly filled. The engine reads drafts as they are
// (missing facts make verdicts incomplete); filing validates the whole thing with the referral schema.
import { REFERRAL_SCHEMA_VERSION } from '../../domain';
import type { SignedInUser } from '../host-context';

export type DraftReferral = Record<string, unknown>;

export type Draft = {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly referral: DraftReferral;
};

export type Path = readonly (string | number)[];

export type DraftAction =
  | { readonly type: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly type: 'add-person'; readonly kind: 'child' | 'adult'; readonly id: string }
  | { readonly type: 'remove-person'; readonly id: string }
  | {
      readonly type: 'toggle-service';
      readonly serviceId: string;
      readonly personIds?: readonly string[];
      readonly advice?: boolean;
    }
  | { readonly type: 'replace'; readonly draft: Draft };

export function newDraft(id: string, now: Date, user?: SignedInUser): Draft {
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    referral: {
      schemaVersion: REFERRAL_SCHEMA_VERSION,
      id,
      createdAt: at,
      referrer: user ? { name: user.name, email: user.email } : {},
      people: [],
      context: {},
      risks: {},
      needs: {},
      support: {},
      services: [],
      answers: {},
      attachments: [],
    },
  };
}

const isRecord = (v: unknown): v is Record<string | number, unknown> => v !== null && typeof v === 'object';

/** A copy of `node` with `value` at `path`; `undefined` removes the key. Arrays and objects are copied on the way. */
export function setIn(node: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const obj: Record<string, unknown> = isRecord(node) && !Array.isArray(node) ? { ...node } : {};
  const next = setIn(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj;
}

export function getIn(node: unknown, path: Path): unknown {
  let at: unknown = node;
  for (const key of path) {
    if (!isRecord(at)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

const listAt = (r: DraftReferral, key: string): Record<string, unknown>[] =>
  (Array.isArray(r[key]) ? (r[key] as unknown[]) : []).filter(isRecord) as Record<string, unknown>[];

function reduceReferral(r: DraftReferral, action: Exclude<DraftAction, { type: 'replace' }>): DraftReferral {
  switch (action.type) {
    case 'set':
      return setIn(r, action.path, action.value) as DraftReferral;
    case 'add-person': {
      const person =
        action.kind === 'child'
          ? { id: action.id, kind: 'child', name: '' }
          : { id: action.id, kind: 'adult', name: '', role: 'parent', relationship: '' };
      return { ...r, people: [...listAt(r, 'people'), person] };
    }
    case 'remove-person': {
      // A person leaves every service request too, so nothing refers to someone who is gone.
      const services = listAt(r, 'services').map((s) => ({
        ...s,
        personIds: (Array.isArray(s.personIds) ? s.personIds : []).filter((p) => p !== action.id),
      }));
      return { ...r, people: listAt(r, 'people').filter((p) => p.id !== action.id), services };
    }
    case 'toggle-service': {
      const services = listAt(r, 'services');
      const present = services.some((s) => s.serviceId === action.serviceId);
      if (present) return { ...r, services: services.filter((s) => s.serviceId !== action.serviceId) };
      const item = {
        serviceId: action.serviceId,
        personIds: [...(action.personIds ?? [])],
        ...(action.advice ? { advice: true } : {}),
      };
      return { ...r, services: [...services, item] };
    }
  }
}

/** The one way a draft changes; every change stamps `updatedAt` so autosave and the drafts list can see it. */
export function draftReducer(now: () => Date) {
  return (draft: Draft, action: DraftAction): Draft => {
    if (action.type === 'replace') return action.draft;
    return { ...draft, updatedAt: now().toISOString(), referral: reduceReferral(draft.referral, action) };
  };
}
