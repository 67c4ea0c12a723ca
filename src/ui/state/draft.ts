// A draft is a referral being written: the referral schema's input, every field optional. The engine reads drafts as
// they are (missing facts make verdicts incomplete); filing validates the whole thing with the referral schema.
import type { z } from 'zod';
import { REFERRAL_SCHEMA_VERSION, isRecord } from '../../domain';
import type { referralSchema } from '../../domain';
import type { SignedInUser } from '../host-context';
import type { DeepPartial } from './deep-partial';

/** Derived from the current referral schema: a new schema version changes this type, not the store. */
export type DraftReferral = DeepPartial<z.input<typeof referralSchema>>;

/** The draft's own part named `K` (its referrer, its consent…), as the form holds it. */
export type DraftPart<K extends keyof DraftReferral> = NonNullable<DraftReferral[K]>;
export type DraftPerson = DraftPart<'people'>[number];
export type DraftSupportEntry = NonNullable<DraftPart<'support'>['previous']>[number];
export type DraftService = DraftPart<'services'>[number];
export type DraftAttachment = DraftPart<'attachments'>[number];

export type Draft = {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly referral: DraftReferral;
};

export type Path = readonly (string | number)[];

/** A new draft; `council` (the referrer's own, from configuration) is where the family is taken to live until changed. */
export function newDraft(id: string, now: Date, user?: SignedInUser, council?: string): Draft {
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
      ...(council ? { family: { councilCode: council } } : {}),
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

/** A copy of `node` with `value` at `path`; `undefined` removes the key. Arrays and objects are copied on the way. */
export function setIn(node: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const obj: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setIn(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj;
}

/** The value at `path`, for paths that come as data: a problem's path from the schema, a fact's from the catalogue. */
export function getIn(node: unknown, path: Path): unknown {
  let at: unknown = node;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
