import { CodeAction, CodeActionKind, CodeActionParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { Finding } from '../engine/types';
import { checkpoint } from './cancellation';
import { toDiagnostic } from './diagnostics';
import { bind } from './languageFeatures';

/** Characters per line in a position key (longer lines compare as if cut there). */
const LINE_SPAN = 2 ** 26;
const key = (p: { line: number; character: number }) => p.line * LINE_SPAN + Math.min(Math.max(p.character, 0), LINE_SPAN - 1);

/**
 * The findings of one lint sorted by start, over a tree that holds the furthest end under each node: the findings
 * a range touches are listed in time proportional to their number (and the log of all), however many the document
 * has. A scan of every finding for each request made a file of tens of thousands of findings slow at every cursor
 * move.
 */
interface FindingIndex {
  /** Indices into the findings, by start. */
  order: number[];
  starts: number[];
  /** Max end key of each subtree; leaves from `size` on (a complete binary tree in an array). */
  maxEnd: Float64Array;
  size: number;
}

const indexes = new WeakMap<Finding[], FindingIndex>();

function indexOf(findings: Finding[]): FindingIndex {
  let ix = indexes.get(findings);
  if (ix) return ix;
  const startKeys = findings.map((f) => key(f.range.start));
  const order = findings.map((_, i) => i).sort((a, b) => startKeys[a] - startKeys[b] || a - b);
  let size = 1;
  while (size < order.length) size *= 2;
  const maxEnd = new Float64Array(2 * size).fill(-Infinity);
  order.forEach((fi, i) => (maxEnd[size + i] = key(findings[fi].range.end)));
  for (let i = size - 1; i >= 1; i--) maxEnd[i] = Math.max(maxEnd[2 * i], maxEnd[2 * i + 1]);
  ix = { order, starts: order.map((fi) => startKeys[fi]), maxEnd, size };
  indexes.set(findings, ix);
  return ix;
}

/** Indices (in lint order) of the findings that overlap `range`, ends included. */
export function findingsIn(findings: Finding[], range: Finding['range']): number[] {
  const ix = indexOf(findings);
  const lo = key(range.start);
  const hi = key(range.end);
  // Findings that start at or before the end of the range: the first `count` in start order.
  let a = 0;
  let b = ix.starts.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (ix.starts[m] <= hi) a = m + 1;
    else b = m;
  }
  const count = a;
  const out: number[] = [];
  // Of those, the ones that end at or after its start: only subtrees that hold one are entered.
  const visit = (node: number, first: number, width: number) => {
    if (first >= count || ix.maxEnd[node] < lo) return;
    if (width === 1) {
      out.push(ix.order[first]);
      return;
    }
    const half = width / 2;
    visit(2 * node, first, half);
    visit(2 * node + 1, first + half, half);
  };
  visit(1, 0, ix.size);
  return out.sort((x, y) => x - y);
}

/** Quick fixes from the rules, plus "ignore this rule here" for Dockerfiles. */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCodeAction(async (params: CodeActionParams, token): Promise<CodeAction[]> => {
    let doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    // A lint still to do can take seconds on a large file: first a chance to hear that the client gave up.
    if (!cache.isLinted(doc)) {
      await checkpoint(token);
      doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
    }
    const a = cache.get(doc);
    if (!a) return [];
    const b = bind(documents, params.textDocument.uri, a);
    const only = params.context.only;
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
    const actions: CodeAction[] = [];
    for (const i of findingsIn(a.findings, params.range)) {
      const f = a.findings[i];
      const diagnostic = toDiagnostic(f);
      for (const fix of f.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [doc.uri]: fix.edits } },
        });
      }
      const ignore = b.features.ignoreFinding?.(b.model, f);
      if (ignore) actions.push({ title: ignore.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [ignore.edit] } } });
    }
    return actions;
  });
}
