import { duplicateFlags, duplicateWords } from '../../../../src/ui/features/triage-board/board-duplicates';
import { storedDigest } from '../../../../src/ui/features/triage-board/use-opened-referral';
import { filedExample } from '../../../ui/support/filed-documents';
import { NOW } from './board-fixtures';

const digestAt = (iso: string, change: Parameters<typeof filedExample>[0] = (r) => void (r.id = crypto.randomUUID())) =>
  storedDigest(filedExample(change, new Date(iso)), NOW);

describe('possible duplicates among the referral files read', () => {
  test('the same child to the same service within 90 days: the later one is flagged, with the earlier message', () => {
    const earlier = digestAt('2026-11-03T10:00:00Z');
    const later = digestAt('2026-12-01T10:00:00Z');
    const flags = duplicateFlags({ 'msg-early': earlier, 'msg-late': later }, NOW);
    expect(flags.has('msg-early')).toBe(false);
    const [flag] = flags.get('msg-late') ?? [];
    expect(flag).toMatchObject({
      reference: earlier.reference,
      earlierMessageId: 'msg-early',
      referredOn: '2026-11-03',
    });
    expect(duplicateWords(flag!)).toMatch(/was referred to .+ on 3 November 2026 \(RC-/);
  });

  test('more than 90 days apart, or another child, is not a duplicate', () => {
    const old = digestAt('2026-08-01T10:00:00Z');
    const other = digestAt('2026-11-20T10:00:00Z', (r) => {
      r.id = crypto.randomUUID();
      r.people = r.people.map((p) =>
        p.kind === 'child' ? { ...p, name: 'Quinn Other', dateOfBirth: '2019-05-05' } : p,
      );
    });
    const later = digestAt('2026-12-01T10:00:00Z');
    const flags = duplicateFlags({ old, other, later }, NOW);
    expect(flags.size).toBe(0);
  });

  test('nothing read, nothing flagged', () => {
    expect(duplicateFlags({}, NOW).size).toBe(0);
  });
});
