import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { errorEnvelope, GraphError } from './graph-errors';
import { JSON_TYPE } from './serialize';

/**
 * Node refuses request heads over 16 KB with a bare 431 before any handler runs. Room for 128 KB lets an
 * oversized token reach the auth stage and get Graph's 401; anything larger still gets Graph's envelope.
 */
export const MAX_HEADER_BYTES = 128 * 1024;

const tooLarge = () =>
  new GraphError(431, 'RequestHeaderFieldsTooLarge', 'The request headers are larger than the sandbox accepts.');
const malformed = () => new GraphError(400, 'BadRequest', 'The request could not be read as HTTP.');

/** The server's clientError handler: a request Node could not parse still gets an answer in Graph's format. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex, now: Date): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const e = error.code === 'HPE_HEADER_OVERFLOW' ? tooLarge() : malformed();
  const body = JSON.stringify(errorEnvelope(e, randomUUID(), undefined, now));
  const head = [
    `HTTP/1.1 ${e.status} ${e.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
    `Content-Type: ${JSON_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
