// Delivery rules, persona permissions, categories, extended-property filters and delta.
import {
  graphFailure,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  NOTTS_COORDINATOR,
  NOTTS_MAILBOX,
  REFERRER,
  SERVICE_MANAGER,
  startHarness,
  WORKER,
} from './support';

const STATE = 'String {00020329-0000-0000-C000-000000000046} Name TriageState';
type Msg = {
  id: string;
  subject: string;
  isRead: boolean;
  categories: string[];
  internetMessageId: string;
  bccRecipients: unknown[];
  from: { emailAddress: { address: string } };
  singleValueExtendedProperties?: { id: string; value: string }[];
};
type Page = { value: Msg[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test('sendMail delivers to every known mailbox once (To, Cc, Bcc, any case) and records the rest as external', async () => {
  const referrer = await h.client(REFERRER);
  await referrer.api('/me/sendMail').post({
    message: {
      subject: 'Delivery rules',
      body: { contentType: 'Text', content: 'hello' },
      toRecipients: [
        { emailAddress: { address: LEWISHAM_MAILBOX.toLowerCase() } },
        { emailAddress: { address: 'outside@elsewhere.example' } },
      ],
      ccRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX.toUpperCase() } }],
      bccRecipients: [{ emailAddress: { address: WORKER } }],
      categories: ['Sender only'],
      internetMessageHeaders: [{ name: 'x-referral-id', value: 'R-77' }],
      attachments: [
        {
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: 'note.txt',
          contentBytes: Buffer.from('hi').toString('base64'),
        },
      ],
    },
  });
  const manager = await h.client(LEWISHAM_MANAGER);
  const shared = (await manager
    .api(`/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages`)
    .filter("subject eq 'Delivery rules'")
    .get()) as Page;
  expect(shared.value).toHaveLength(1);
  const copy = shared.value[0] as Msg;
  expect(copy).toMatchObject({
    isRead: false,
    categories: [],
    bccRecipients: [],
    from: { emailAddress: { address: REFERRER } },
  });
  // Headers travel too, but Graph returns them only when $select names them.
  expect(copy).not.toHaveProperty('internetMessageHeaders');
  const headers = (await manager
    .api(`/users/${LEWISHAM_MAILBOX}/messages/${copy.id}`)
    .select('internetMessageHeaders')
    .get()) as {
    internetMessageHeaders: { name: string; value: string }[];
  };
  expect(headers.internetMessageHeaders).toEqual([{ name: 'x-referral-id', value: 'R-77' }]);
  const worker = await h.client(WORKER);
  const bcc = (await worker.api('/me/mailFolders/inbox/messages').get()) as Page;
  expect(bcc.value.map((m) => m.internetMessageId)).toEqual([copy.internetMessageId]);
  const sent = (await referrer
    .api('/me/mailFolders/sentitems/messages')
    .filter("subject eq 'Delivery rules'")
    .get()) as Page;
  expect(sent.value).toHaveLength(1);
  expect(sent.value[0]?.categories).toEqual(['Sender only']);
  // sendMail with saveToSentItems false leaves no copy.
  await referrer.api('/me/sendMail').post({
    message: { subject: 'Unsaved', toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }] },
    saveToSentItems: false,
  });
  const unsaved = (await referrer
    .api('/me/mailFolders/sentitems/messages')
    .filter("subject eq 'Unsaved'")
    .get()) as Page;
  expect(unsaved.value).toHaveLength(0);
});

test("personas: own mailbox only for a referrer, worker and service manager; full access for the manager of a service's mailbox", async () => {
  for (const upn of [REFERRER, WORKER, SERVICE_MANAGER]) {
    const c = await h.client(upn);
    expect(await graphFailure(c.api(`/users/${LEWISHAM_MAILBOX}/messages`).get())).toMatchObject({
      statusCode: 403,
      code: 'ErrorAccessDenied',
    });
    expect(await graphFailure(c.api(`/users/${LEWISHAM_MANAGER}/messages`).get())).toMatchObject({ statusCode: 403 });
    await expect(c.api('/me/messages').get()).resolves.toMatchObject({ value: expect.any(Array) });
  }
  const coordinator = await h.client(NOTTS_COORDINATOR);
  await expect(coordinator.api(`/users/${NOTTS_MAILBOX}/mailFolders/inbox/messages`).get()).resolves.toBeTruthy();
  expect(await graphFailure(coordinator.api(`/users/${LEWISHAM_MAILBOX}/messages`).get())).toMatchObject({
    statusCode: 403,
  });
  // Mailbox addresses and ids compare case-insensitively; the user object of a shared mailbox is readable by all.
  const user = (await coordinator.api(`/users/${NOTTS_MAILBOX.toUpperCase()}`).get()) as { id: string; mail: string };
  expect(user.mail).toBe(NOTTS_MAILBOX);
  const inboxFolder = (await coordinator.api(`/users/${user.id}/mailFolders/inbox`).get()) as {
    id: string;
    displayName: string;
  };
  expect(inboxFolder.displayName).toBe('Inbox');
  // Folders answer by id as well as by well-known name, and a folder id of another mailbox is not found.
  const byId = (await coordinator
    .api(`/users/${NOTTS_MAILBOX}/mailFolders/${inboxFolder.id}/messages`)
    .top(100)
    .get()) as Page;
  const byName = (await coordinator.api(`/users/${NOTTS_MAILBOX}/mailFolders/Inbox/messages`).top(100).get()) as Page;
  expect(byId.value.map((m) => m.id)).toEqual(byName.value.map((m) => m.id));
  expect(await graphFailure(coordinator.api(`/me/mailFolders/${inboxFolder.id}/messages`).get())).toMatchObject({
    statusCode: 404,
    code: 'ErrorItemNotFound',
  });
  // The manager is in the service's team-manager group; the worker is not.
  const groups = (await coordinator.api('/me/memberOf').get()) as {
    value: { displayName: string; securityEnabled: boolean }[];
  };
  expect(groups.value.filter((g) => g.securityEnabled).map((g) => g.displayName)).toEqual([
    'Nottinghamshire parenting courses team managers',
  ]);
  const managersGroup = groups.value.find((g) => g.securityEnabled) as unknown as { id: string };
  const members = (await coordinator.api(`/groups/${managersGroup.id}/members`).get()) as {
    value: { userPrincipalName: string }[];
  };
  // The service's own coordinator, and Morgan Manager, the sandbox's second decider in every service.
  expect(members.value.map((m) => m.userPrincipalName)).toEqual([NOTTS_COORDINATOR, 'morgan.manager@sandbox.test']);
});

test('a manager sends from the shared mailbox; sending as a mailbox without rights is ErrorSendAsDenied', async () => {
  const manager = await h.client(LEWISHAM_MANAGER);
  await manager.api(`/users/${LEWISHAM_MAILBOX}/sendMail`).post({
    message: { subject: 'Outcome', toRecipients: [{ emailAddress: { address: REFERRER } }] },
  });
  const sent = (await manager
    .api(`/users/${LEWISHAM_MAILBOX}/mailFolders/sentitems/messages`)
    .filter("subject eq 'Outcome'")
    .get()) as Page;
  expect(sent.value[0]?.from.emailAddress.address).toBe(LEWISHAM_MAILBOX);
  const referrer = await h.client(REFERRER);
  const got = (await referrer.api('/me/mailFolders/inbox/messages').filter("subject eq 'Outcome'").get()) as Page;
  expect(got.value[0]?.from.emailAddress.address).toBe(LEWISHAM_MAILBOX);
  const spoof = await graphFailure(
    referrer.api('/me/sendMail').post({
      message: {
        subject: 'Spoof',
        from: { emailAddress: { address: LEWISHAM_MAILBOX } },
        toRecipients: [{ emailAddress: { address: NOTTS_MAILBOX } }],
      },
    }),
  );
  expect(spoof).toMatchObject({ statusCode: 403, code: 'ErrorSendAsDenied' });
});

test('categories and extended properties: PATCH, filter by extended property, and only drafts change their content', async () => {
  const referrer = await h.client(REFERRER);
  for (const n of [1, 2, 3]) {
    await referrer.api('/me/sendMail').post({
      message: {
        subject: `Triage ${n}`,
        toRecipients: [{ emailAddress: { address: NOTTS_MAILBOX } }],
        singleValueExtendedProperties: [{ id: STATE, value: n === 2 ? 'accepted' : 'new' }],
      },
    });
  }
  const coordinator = await h.client(NOTTS_COORDINATOR);
  const inbox = `/users/${NOTTS_MAILBOX}/mailFolders/inbox/messages`;
  const fresh = (await coordinator
    .api(inbox)
    .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${STATE}' and ep/value eq 'new')`)
    .get()) as Page;
  expect(fresh.value.map((m) => m.subject).sort()).toEqual(['Triage 1', 'Triage 3']);
  const target = fresh.value.find((m) => m.subject === 'Triage 1') as Msg;
  const patched = (await coordinator.api(`/users/${NOTTS_MAILBOX}/messages/${target.id}`).patch({
    categories: ['Accepted'],
    isRead: true,
    singleValueExtendedProperties: [
      {
        id: STATE.replace(
          'String {00020329-0000-0000-C000-000000000046}',
          'string {00020329-0000-0000-c000-000000000046}',
        ),
        value: 'accepted',
      },
    ],
  })) as Msg;
  expect(patched).toMatchObject({ categories: ['Accepted'], isRead: true });
  const expanded = (await coordinator
    .api(`/users/${NOTTS_MAILBOX}/messages/${target.id}`)
    .expand('singleValueExtendedProperties')
    .get()) as Msg;
  // The id compares case-insensitively in its type and GUID, so the PATCH replaced the value rather than adding one.
  expect(expanded.singleValueExtendedProperties).toHaveLength(1);
  expect(expanded.singleValueExtendedProperties?.[0]?.value).toBe('accepted');
  const accepted = (await coordinator
    .api(inbox)
    .filter(`singleValueExtendedProperties/any(ep: ep/id eq '${STATE}' and ep/value eq 'accepted')`)
    .top(50)
    .get()) as Page;
  expect(accepted.value.map((m) => m.subject).sort()).toEqual(['Triage 1', 'Triage 2']);
  const byCategory = (await coordinator.api(inbox).filter("categories/any(c:c eq 'Accepted')").get()) as Page;
  expect(byCategory.value.map((m) => m.subject)).toEqual(['Triage 1']);
  expect(
    await graphFailure(
      coordinator.api(`/users/${NOTTS_MAILBOX}/messages/${target.id}`).patch({ subject: 'rewritten' }),
    ),
  ).toMatchObject({
    statusCode: 400,
    code: 'ErrorInvalidOperation',
  });
});

test('delta on a folder: the first round lists the folder, later rounds only what changed, removals included', async () => {
  const manager = await h.client(LEWISHAM_MANAGER);
  const deltaUrl = `/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages/delta`;
  const collect = async (url: string) => {
    const items: Record<string, unknown>[] = [];
    let page = (await manager.api(url).header('Prefer', 'odata.maxpagesize=2').get()) as Page & {
      value: Record<string, unknown>[];
    };
    items.push(...page.value);
    while (page['@odata.nextLink']) {
      page = (await manager.api(page['@odata.nextLink']).get()) as typeof page;
      items.push(...page.value);
    }
    return { items, deltaLink: page['@odata.deltaLink'] as string };
  };
  const first = await collect(`${deltaUrl}?$select=subject,isRead`);
  const before = (await manager.api(`/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages`).top(100).get()) as Page;
  expect(first.items.map((m) => m.id).sort()).toEqual(before.value.map((m) => m.id).sort());
  expect(Object.keys(first.items[0] as object).sort()).toEqual(['@odata.etag', 'id', 'isRead', 'subject']);
  expect(first.deltaLink).toMatch(/\$deltatoken=/);

  const unchanged = await collect(first.deltaLink);
  expect(unchanged.items).toEqual([]);

  const referrer = await h.client(REFERRER);
  await referrer
    .api('/me/sendMail')
    .post({ message: { subject: 'Arrives later', toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }] } });
  const old = before.value[0] as Msg;
  await manager.api(`/users/${LEWISHAM_MAILBOX}/messages/${old.id}`).patch({ categories: ['Seen'] });
  const gone = before.value[1] as Msg;
  await manager.api(`/users/${LEWISHAM_MAILBOX}/messages/${gone.id}`).delete();

  const second = await collect(unchanged.deltaLink);
  const subjects = second.items.filter((m) => !m['@removed']).map((m) => m.subject);
  expect(subjects.sort()).toEqual(['Arrives later', old.subject].sort());
  expect(second.items.filter((m) => m['@removed'])).toEqual([
    { '@odata.type': '#microsoft.graph.message', id: gone.id, '@removed': { reason: 'deleted' } },
  ]);
  expect(await graphFailure(manager.api(`${deltaUrl}?$deltatoken=not-ours`).get())).toMatchObject({ statusCode: 400 });
});
