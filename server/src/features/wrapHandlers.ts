// The connection as the features see it, with some of its handler registrations wrapped: a feature registers its
// handler as usual (`connection.onHover(h)`) and gets it behind the wrapper (positions clamped, cancelled requests
// refused, malformed document sync dropped). One Proxy per wrapping; other properties are the connection's own.
import type { Connection } from 'vscode-languageserver/node';

type Handler = (...args: unknown[]) => unknown;

/** Every feature request the server answers (params first, then the cancellation token). */
export const FEATURE_REQUESTS = [
  'onCompletion',
  'onHover',
  'onSignatureHelp',
  'onDefinition',
  'onReferences',
  'onDocumentHighlight',
  'onPrepareRename',
  'onRenameRequest',
  'onCodeAction',
  'onDocumentFormatting',
  'onDocumentRangeFormatting',
  'onDocumentOnTypeFormatting',
  'onDocumentSymbol',
  'onFoldingRanges',
  'onDocumentLinks',
  'onCodeLens',
] as const;

export type HandlerName = (typeof FEATURE_REQUESTS)[number] | 'onDidOpenTextDocument' | 'onDidChangeTextDocument' | 'onDidCloseTextDocument';

/** `connection`, where registering a handler under one of `names` registers `around(name, handler)` instead. */
export function wrappingHandlers(connection: Connection, names: readonly HandlerName[], around: (name: HandlerName, handler: Handler) => Handler): Connection {
  const wrapped = new Map<PropertyKey, unknown>();
  for (const name of names) {
    const register = (connection[name] as (h: Handler) => unknown).bind(connection);
    wrapped.set(name, (handler: Handler) => register(around(name, handler)));
  }
  return new Proxy(connection, {
    get(target, prop, receiver) {
      if (wrapped.has(prop)) return wrapped.get(prop);
      return Reflect.get(target, prop, receiver);
    },
  });
}
