/** @jest-environment jsdom */
// outlook.html opens on its build-time first screen; the card takes over what was typed there and where the cursor was.
import { act } from '@testing-library/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  FIRST_SCREEN_ATTRIBUTE,
  firstScreenRoot,
  showsFirstScreen,
} from '../../../src/hosts/outlook/first-screen-handover';

/** The page as built: the first screen's fields, named by their draft path, and the "Starting" line. */
const FIRST_SCREEN = `<div ${FIRST_SCREEN_ATTRIBUTE}>
  <div id="f-referrer-name"><label>Your name<input type="text" value=""></label></div>
  <div id="f-referrer-role"><label>Your role<input value="Nurse"></label></div>
  <div id="f-consent-notes"><label>Notes<textarea></textarea></label></div>
  <p role="status">Starting Referral Card…</p>
</div>`;

let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = FIRST_SCREEN;
});
afterEach(() => container.remove());

const box = (id: string) => container.querySelector<HTMLInputElement>(`#${id} input, #${id} textarea`)!;

/** A card whose boxes report each change, as the card's fields dispatch them to the draft. */
function Card({ changes }: { changes: string[] }) {
  const field = (id: string, label: string) => <TextBox id={id} label={label} changes={changes} />;
  return (
    <>
      {field('f-referrer-name', 'Your name')}
      {field('f-referrer-role', 'Your role')}
      {field('f-consent-notes', 'Notes')}
    </>
  );
}

function TextBox({ id, label, changes }: { id: string; label: string; changes: string[] }) {
  const [value, setValue] = useState('');
  return (
    <div id={id}>
      <label>
        {label}
        <input
          type="text"
          value={value}
          onChange={(e) => {
            changes.push(`${id}=${e.target.value}`);
            setValue(e.target.value);
          }}
        />
      </label>
    </div>
  );
}

function typeIntoFirstScreen(id: string, value: string) {
  box(id).value = value;
}

describe('the first screen built into outlook.html', () => {
  test('what was typed there reaches the card through its own fields, and the cursor stays where it was', () => {
    typeIntoFirstScreen('f-referrer-name', 'Sam Smith');
    box('f-referrer-name').focus();
    box('f-referrer-name').setSelectionRange(3, 3);
    const changes: string[] = [];
    const root = firstScreenRoot(createRoot(container), container);
    act(() => root.render(<Card changes={changes} />));
    expect(showsFirstScreen(container)).toBe(false);
    // Only what was typed: the role kept what the page was built with, so the card's own value stands.
    expect(changes).toEqual(['f-referrer-name=Sam Smith']);
    expect(box('f-referrer-name').value).toBe('Sam Smith');
    expect(document.activeElement).toBe(box('f-referrer-name'));
    expect(box('f-referrer-name').selectionStart).toBe(3);
    act(() => root.unmount());
  });

  test('a page between the two (the sign-in) keeps what was typed until the card shows its fields', () => {
    typeIntoFirstScreen('f-consent-notes', 'Spoke to mum');
    const changes: string[] = [];
    const root = firstScreenRoot(createRoot(container), container);
    act(() => root.render(<p>Choose who to sign in as</p>));
    expect(changes).toEqual([]);
    act(() => root.render(<Card changes={changes} />));
    expect(changes).toEqual(['f-consent-notes=Spoke to mum']);
    act(() => root.render(<Card changes={changes} />));
    expect(changes).toEqual(['f-consent-notes=Spoke to mum']); // handed over once
    act(() => root.unmount());
  });

  test('nothing typed: the card starts as it would on an empty page, and focus is left alone', () => {
    const changes: string[] = [];
    const root = firstScreenRoot(createRoot(container), container);
    act(() => root.render(<Card changes={changes} />));
    expect(changes).toEqual([]);
    expect(document.activeElement).toBe(document.body);
    act(() => root.unmount());
  });

  test('a page built without a first screen (the browser and Teams pages) renders as before', () => {
    container.innerHTML = '<p>Starting Referral Card…</p>';
    expect(showsFirstScreen(container)).toBe(false);
    const changes: string[] = [];
    const root = firstScreenRoot(createRoot(container), container);
    act(() => root.render(<Card changes={changes} />));
    expect(changes).toEqual([]);
    expect(container.textContent).not.toMatch(/Starting/);
    act(() => root.unmount());
  });
});
