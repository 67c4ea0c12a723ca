/** @jest-environment jsdom */
// The card as rendered, every reason and source opened, for a referral that asks every service: no "seed", no
// CATALOGUE.md or DESIGN.md, no source file name (tests/documents/no-authoring-words.test.ts covers the documents).
import { cleanup, fireEvent, render } from '@testing-library/react';
import { catalogue } from '../../../../src/catalogues';
import { Harness, draftWith, rememberAllGroupsOpen } from './panel-fixture';

afterEach(cleanup);
beforeEach(() => rememberAllGroupsOpen(catalogue));

const FORBIDDEN = /seed|CATALOGUE\.md|DESIGN\.md|\d{3}_[0-9a-f]{16}\.txt/i;

/** Clicks every button whose text matches until none is left unclicked (opening one may add more). */
function openAll(name: RegExp): number {
  // Plain DOM queries: role queries over 64 rows are very slow in jsdom.
  const clicked = new Set<Element>();
  for (;;) {
    const next = [...document.querySelectorAll('button')].filter(
      (b) => !clicked.has(b) && name.test(b.textContent ?? ''),
    );
    if (!next.length) return clicked.size;
    for (const b of next) {
      clicked.add(b);
      fireEvent.click(b);
    }
  }
}

it('no text of the panel names authoring material, with every reason and source open', () => {
  const referral = {
    context: { openToSocialCare: 'yes', p2pLevel: 3 },
    risks: { perpetratorInHome: 'no', activeSubstanceMisuse: 'no' },
    people: [{ id: 'c1', kind: 'child', name: 'Amira', dateOfBirth: '2016-05-01' }],
    services: catalogue.services.map((s) => ({ serviceId: s.id, personIds: [] })),
  };
  render(<Harness catalogue={catalogue} initial={draftWith(referral)} />);
  openAll(/other areas/i);
  expect(openAll(/^Show reasons/)).toBeGreaterThan(0);
  expect(openAll(/^Show source/)).toBeGreaterThan(50);
  const text = document.body.textContent ?? '';
  expect(text).toContain('Source: Lewisham Family Hub — parenting offer, ‘Our programmes are not appropriate if’');
  expect(text.match(FORBIDDEN)).toBeNull();
}, 120_000);
