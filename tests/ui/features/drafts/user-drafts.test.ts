/** @jest-environment jsdom */
import { tick } from './jsdom-idb';
import { openDraftStore } from '../../../../src/ui/features/drafts/draft-store';
import { DRAFTS_DB_NAME } from '../../../../src/ui/features/drafts/draft-keeper';
import { draftsOf, isDraftOf, removeDraftsOf } from '../../../../src/ui/features/drafts/user-drafts';
import { readRescueCopy, writeRescueCopy } from '../../../../src/ui/features/drafts/rescue-copy';
import { newDraft } from '../../../../src/ui/state/draft';

const t0 = new Date('2026-11-23T10:42:00Z');
const sam = { name: 'Sam Worker', email: 'sam@council.gov.uk' };
const alex = { name: 'Alex Nurse', email: 'alex@nhs.net' };
const typed = (id: string, user: typeof sam | undefined, reason: string) => {
  const d = newDraft(id, t0, user);
  return { ...d, referral: { ...d.referral, reason } };
};

async function seed(factory: IDBFactory) {
  const store = await openDraftStore(factory, DRAFTS_DB_NAME);
  await store.put(typed('s1', sam, 'One'));
  await store.put(typed('s2', { ...sam, email: 'SAM@Council.gov.uk' }, 'Two'));
  await store.put(typed('a1', alex, 'Three'));
  await store.put(typed('n1', undefined, 'Nobody'));
  store.close();
}

afterEach(() => window.localStorage.clear());

describe("one person's drafts on a shared computer", () => {
  test('are those whose referrer email is theirs, whatever its case', async () => {
    const factory = new IDBFactory();
    await seed(factory);
    expect((await draftsOf(factory, 'sam@council.gov.uk')).map((d) => d.id).sort()).toEqual(['s1', 's2']);
    expect(isDraftOf(typed('x', undefined, 'x'), 'sam@council.gov.uk')).toBe(false);
  });

  test('removing them keeps everybody else’s, and a draft with no referrer email', async () => {
    const factory = new IDBFactory();
    await seed(factory);
    await expect(removeDraftsOf(factory, 'sam@council.gov.uk')).resolves.toBe(2);
    const store = await openDraftStore(factory, DRAFTS_DB_NAME);
    expect((await store.list()).map((d) => d.id).sort()).toEqual(['a1', 'n1']);
    store.close();
  });

  test('the copy kept when the pane last closed goes too, if it is theirs, and stays if not', async () => {
    const factory = new IDBFactory();
    writeRescueCopy(typed('a2', alex, 'Alex typing'));
    await removeDraftsOf(factory, 'sam@council.gov.uk');
    expect(readRescueCopy()?.id).toBe('a2');
    writeRescueCopy(typed('s3', sam, 'Sam typing'));
    await removeDraftsOf(factory, 'sam@council.gov.uk');
    await tick();
    expect(readRescueCopy()).toBeUndefined();
  });
});
