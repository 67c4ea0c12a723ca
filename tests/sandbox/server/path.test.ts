import { matchSegments, splitPath } from '../../../src/sandbox/server/path';
import { batchItemPath } from '../../../src/sandbox/server/batch-item';

test('splitPath decodes segments and expands OData key syntax', () => {
  expect(splitPath("/graph/v1.0/users('a%40b.example')/mailFolders('Inbox')/messages")).toEqual([
    'graph',
    'v1.0',
    'users',
    'a@b.example',
    'mailFolders',
    'Inbox',
    'messages',
  ]);
  expect(splitPath("/x/users('O''Brien')")).toEqual(['x', 'users', "O'Brien"]);
  expect(splitPath('/teams/t/channels/19%3Aabc%40thread.tacv2')).toEqual([
    'teams',
    't',
    'channels',
    '19:abc@thread.tacv2',
  ]);
  expect(splitPath('/bad/%E0%A4%A')).toBeUndefined();
});

test('matchSegments: literals case-insensitive, params captured, lengths must agree', () => {
  expect(matchSegments(['users', '{user}', 'mailFolders'], ['USERS', 'x', 'mailfolders'])).toEqual({
    params: { user: 'x' },
    literals: 2,
  });
  expect(matchSegments(['users', '{user}'], ['users', 'x', 'messages'])).toBeUndefined();
  expect(matchSegments(['users', '{user}'], ['groups', 'x'])).toBeUndefined();
});

test('batch item URLs are taken relative to the version, whichever way the client wrote them', () => {
  for (const url of [
    '/me/messages',
    'me/messages',
    '/v1.0/me/messages',
    '/graph/v1.0/me/messages',
    'https://localhost:3000/graph/v1.0/me/messages',
  ]) {
    expect(batchItemPath(url)).toBe('/graph/v1.0/me/messages');
  }
  expect(batchItemPath('/me/messages?$top=1')).toBe('/graph/v1.0/me/messages?$top=1');
});
