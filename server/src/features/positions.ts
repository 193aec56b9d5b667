import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FEATURE_REQUESTS, wrappingHandlers } from './wrapHandlers';

interface Pos {
  line: number;
  character: number;
}

function isPos(p: unknown): p is Pos {
  return !!p && typeof p === 'object' && 'line' in p && 'character' in p;
}

/**
 * A position inside the document, as the LSP specification says a server must read one: a line past the end means
 * the end of the document, a character past the end of its line means the end of the line; negative or
 * non-numeric values mean 0. Features then never walk from line 2^31 or index past a line.
 */
export function clampPosition(doc: TextDocument, p: Pos): Pos {
  const line = Number.isFinite(p.line) ? Math.trunc(p.line) : 0;
  const character = Number.isFinite(p.character) ? Math.trunc(p.character) : 0;
  if (line >= 0 && line < doc.lineCount && character >= 0) {
    const inRange = doc.positionAt(doc.offsetAt({ line, character }));
    if (inRange.line === line && inRange.character === character && line === p.line && character === p.character) return p;
    return inRange;
  }
  return doc.positionAt(doc.offsetAt({ line: Math.max(0, line), character: Math.max(0, character) }));
}

/** Clamps `params.position` and `params.range` (in place) to the document of `params.textDocument`. */
function clampParams(documents: TextDocuments<TextDocument>, params: unknown): void {
  if (!params || typeof params !== 'object') return;
  const p = params as { textDocument?: { uri?: unknown }; position?: unknown; range?: { start?: unknown; end?: unknown } };
  const uri = p.textDocument?.uri;
  if (typeof uri !== 'string') return;
  const doc = documents.get(uri);
  if (!doc) return;
  if (isPos(p.position)) p.position = clampPosition(doc, p.position);
  if (p.range && isPos(p.range.start) && isPos(p.range.end)) {
    const start = clampPosition(doc, p.range.start);
    const end = clampPosition(doc, p.range.end);
    p.range = doc.offsetAt(start) <= doc.offsetAt(end) ? { start, end } : { start: end, end: start };
  }
}

/** The feature requests that carry a position or a range (the others name only the document). */
const WHOLE_DOCUMENT = new Set(['onDocumentFormatting', 'onDocumentSymbol', 'onFoldingRanges', 'onDocumentLinks', 'onCodeLens']);
const POSITION_REQUESTS = FEATURE_REQUESTS.filter((n) => !WHOLE_DOCUMENT.has(n));

/**
 * The connection as the features see it: handlers of requests that carry a position or a range get it clamped to
 * the document first (clients do send positions past the end, e.g. right after the document shrank).
 */
export function clampingPositions(connection: Connection, documents: TextDocuments<TextDocument>): Connection {
  return wrappingHandlers(connection, POSITION_REQUESTS, (_name, handler) => (params: unknown, ...rest: unknown[]) => {
    clampParams(documents, params);
    return handler(params, ...rest);
  });
}

const isRange = (r: unknown): boolean =>
  !!r && typeof r === 'object' && isPos((r as { start?: unknown }).start) && isPos((r as { end?: unknown }).end);

/** Whether a document-sync notification has the shape TextDocuments relies on (it would throw, or store `null`). */
function wellFormedSync(method: 'open' | 'change' | 'close', params: unknown): boolean {
  const td = (params as { textDocument?: { uri?: unknown; text?: unknown; version?: unknown; languageId?: unknown } } | null)?.textDocument;
  if (!td || typeof td !== 'object' || typeof td.uri !== 'string') return false;
  if (method === 'open') return typeof td.text === 'string' && typeof td.version === 'number' && typeof td.languageId === 'string';
  if (method === 'change') {
    const changes = (params as { contentChanges?: unknown }).contentChanges;
    return (
      typeof td.version === 'number' &&
      Array.isArray(changes) &&
      changes.every((c) => !!c && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string' && (!('range' in c) || isRange((c as { range?: unknown }).range)))
    );
  }
  return true;
}

/**
 * The connection as TextDocuments sees it: open/change/close notifications of the wrong shape (no uri, `null` text,
 * a change without text) are dropped, as the specification allows for malformed notifications, instead of
 * storing a document every feature would then fail on. `pending` hears of each one as it is dispatched.
 */
export function checkingDocumentSync(connection: Connection, pending?: { handled(params: unknown): void }): Connection {
  const method = { onDidOpenTextDocument: 'open', onDidChangeTextDocument: 'change', onDidCloseTextDocument: 'close' } as const;
  return wrappingHandlers(connection, ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument'], (name, handler) => (params: unknown) => {
    // Dispatched, whether handled or dropped: no longer waiting (see PendingSync in transport.ts).
    pending?.handled(params);
    return wellFormedSync(method[name as keyof typeof method], params) ? handler(params) : undefined;
  });
}
