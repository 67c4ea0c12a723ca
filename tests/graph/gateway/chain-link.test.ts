// Every link of the gateway's chains shares ChainLink: it is handed its next link, and refuses to run without one.
import type { Context } from '@microsoft/microsoft-graph-client';
import { AnswerErrorHandler } from '../../../src/graph/gateway/answer-error-handler';
import { ChainLink } from '../../../src/graph/gateway/chain-link';
import { ConcurrencyHandler } from '../../../src/graph/gateway/concurrency-handler';
import { MailboxLimiter } from '../../../src/graph/gateway/mailbox-limiter';
import { PreferImmutableIdHandler } from '../../../src/graph/gateway/prefer-immutable-id-handler';
import { WireHandler } from '../../../src/graph/gateway/wire-handler';
import { FakeLink, ok } from './fake-link';

const context = (): Context => ({ request: 'https://graph.microsoft.com/v1.0/me', options: { method: 'GET' } });

class Passing extends ChainLink {
  readonly calls: string[] = [];
  async execute(c: Context): Promise<void> {
    this.calls.push(String(c.request));
    await this.next.execute(c);
  }
}

test('a link passes the request to the link it was given and sees its answer', async () => {
  const link = new Passing();
  const last = new FakeLink([ok({ id: 'me' })]);
  link.setNext(last);
  const c = context();
  await link.execute(c);
  expect(link.calls).toEqual(['https://graph.microsoft.com/v1.0/me']);
  expect(last.seen).toHaveLength(1);
  expect(c.response?.status).toBe(200);
});

test('a link left last in the chain is a wiring mistake, named by its class, before anything is sent', async () => {
  await expect(new Passing().execute(context())).rejects.toThrow('Passing needs a next link');
  await expect(new WireHandler().execute(context())).rejects.toThrow('WireHandler needs a next link');
  await expect(new AnswerErrorHandler().execute(context())).rejects.toThrow('AnswerErrorHandler needs a next link');
  expect(() => new PreferImmutableIdHandler(new Set()).execute(context())).toThrow(
    'PreferImmutableIdHandler needs a next link',
  );
  const limiter = new MailboxLimiter(4);
  expect(() => new ConcurrencyHandler(limiter, () => 'me').execute(context())).toThrow(
    'ConcurrencyHandler needs a next link',
  );
});

test('setNext replaces the link after, so a chain can be rewired', async () => {
  const link = new Passing();
  const first = new FakeLink([ok()]);
  const second = new FakeLink([ok({}, 202)]);
  link.setNext(first);
  link.setNext(second);
  const c = context();
  await link.execute(c);
  expect(first.seen).toHaveLength(0);
  expect(c.response?.status).toBe(202);
});
