// `$/cancelRequest`: a request the client no longer wants answers RequestCancelled (-32800) without its work.
// A request still queued when its cancellation arrives is answered at once by the connection (see
// `cancelQueuedRequests`); one already dispatched is refused before its handler starts, and handlers with a long
// step ahead (a lint not done yet) look again after giving the connection a chance to read the cancellation.
import { CancellationToken, Connection, ConnectionOptions, LSPErrorCodes, Message, ResponseError } from 'vscode-languageserver/node';
import { FEATURE_REQUESTS, wrappingHandlers } from './wrapHandlers';

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Connection options that answer a request cancelled while it waits in the queue, instead of running it. */
export const cancelQueuedRequests: ConnectionOptions = {
  connectionStrategy: {
    cancelUndispatched: (m: Message) => (Message.isRequest(m) ? { jsonrpc: '2.0', id: m.id, error: cancelledError().toJson() } : undefined),
  },
};

/** Throws RequestCancelled when the client cancelled the request. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelledError();
}

/**
 * Lets the connection read what has arrived (a cancellation of this request sets its token as it is read), then
 * throws RequestCancelled if it was. The continuation runs before the connection handles its next message, so the
 * documents are as they were.
 */
export async function checkpoint(token: CancellationToken | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfCancelled(token);
}

/**
 * The connection as the features see it: every feature request whose token is already cancelled when it is
 * dispatched (its cancellation arrived first, or while it was queued) answers RequestCancelled without running.
 */
export function refusingCancelled(connection: Connection): Connection {
  // The token comes second, after the params.
  return wrappingHandlers(connection, FEATURE_REQUESTS, (_name, handler) => (...args: unknown[]) => {
    throwIfCancelled(args[1] as CancellationToken | undefined);
    return handler(...args);
  });
}
