/** @jest-environment jsdom */
// The panel's filters and open groups, remembered on this device: damage or a refusing storage means the defaults.
import {
  NO_MEMORY,
  PANEL_MEMORY_KEY,
  readPanelMemory,
  writePanelMemory,
} from '../../../../src/ui/features/eligibility/panel-memory';

beforeEach(() => localStorage.clear());

test('remembers what was changed, merged with what was remembered before', () => {
  writePanelMemory({ open: ['alpha'] }, localStorage);
  writePanelMemory({ eligibleOnly: true }, localStorage);
  expect(readPanelMemory(localStorage)).toEqual({ ...NO_MEMORY, open: ['alpha'], eligibleOnly: true });
});

test('reads nothing remembered, damaged JSON, or the wrong shape as the defaults, field by field', () => {
  expect(readPanelMemory(localStorage)).toEqual(NO_MEMORY);
  localStorage.setItem(PANEL_MEMORY_KEY, '{not json');
  expect(readPanelMemory(localStorage)).toEqual(NO_MEMORY);
  localStorage.setItem(PANEL_MEMORY_KEY, JSON.stringify({ eligibleOnly: 'yes', open: 'alpha', providerId: 'beta' }));
  expect(readPanelMemory(localStorage)).toEqual({ ...NO_MEMORY, providerId: 'beta' });
  localStorage.setItem(PANEL_MEMORY_KEY, 'null');
  expect(readPanelMemory(localStorage)).toEqual(NO_MEMORY);
});

test('a storage that refuses to be read or written is no error', () => {
  const refusing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  } as unknown as Storage;
  expect(readPanelMemory(refusing)).toEqual(NO_MEMORY);
  expect(() => writePanelMemory({ open: ['x'] }, refusing)).not.toThrow();
  expect(readPanelMemory(undefined)).toEqual(NO_MEMORY);
});
