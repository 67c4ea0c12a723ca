// The provider files were converted from TypeScript. typescript-catalogue-2026.11.0.json is the catalogue those
// files built; conversion-edits.json lists every deliberate change made with the move (authoring notes taken out
// of the words the card shows, and the version). Together they prove the YAML builds the same catalogue otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { authoredCatalogue } from '../../src/catalogues';
import { isRecord } from '../../src/domain';

type Step = string | number;
type Edit = { path: Step[]; value?: unknown; remove?: true };

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as unknown;

/** Steps into an array by an element's id, or by index. */
function child(parent: unknown, step: Step): unknown {
  if (Array.isArray(parent) && typeof step === 'string') return parent.find((x) => isRecord(x) && x.id === step);
  return isRecord(parent) || Array.isArray(parent) ? (parent as Record<Step, unknown>)[step] : undefined;
}

function apply(target: unknown, edit: Edit): void {
  const parent = edit.path.slice(0, -1).reduce(child, target);
  const last = edit.path.at(-1)!;
  if (!isRecord(parent)) throw new Error(`No place for the edit at ${edit.path.join('.')}`);
  if (edit.remove) delete parent[last];
  else parent[last] = edit.value;
}

test('the YAML provider files build the TypeScript catalogue, apart from the listed edits', () => {
  const expected = fixture('typescript-catalogue-2026.11.0.json');
  const edits = fixture('conversion-edits.json') as Edit[];
  for (const edit of edits) apply(expected, edit);
  expect(JSON.parse(JSON.stringify(authoredCatalogue))).toEqual(expected);
});

test('every listed edit changes something: none is left over from an earlier draft', () => {
  const before = fixture('typescript-catalogue-2026.11.0.json');
  for (const edit of fixture('conversion-edits.json') as Edit[]) {
    const old = edit.path.reduce(child, before);
    expect({ path: edit.path, old }).not.toEqual({ path: edit.path, old: edit.remove ? undefined : edit.value });
  }
});

test('the edits only move authoring notes and reword what the card shows; no id, rule or citation section changes', () => {
  const keys = new Set((fixture('conversion-edits.json') as Edit[]).map((e) => String(e.path.at(-1))));
  expect([...keys].sort()).toEqual(['eligibilityDescription', 'length', 'note', 'notes', 'requirement', 'version']);
});
