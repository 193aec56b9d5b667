import { CodeAction, CodeActionKind, CodeActionParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import type { Finding } from '../engine/types';
import { toDiagnostic } from './diagnostics';

function overlaps(a: Finding['range'], b: Finding['range']): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes from the rules, plus "ignore this rule here" for Dockerfiles. */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const a = cache.get(doc);
    if (!a) return [];
    const only = params.context.only;
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
    const actions: CodeAction[] = [];
    for (const f of a.findings) {
      if (!overlaps(f.range, params.range)) continue;
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
      if (a.language === 'dockerfile') {
        const ignore = dockerfileIgnoreEdit(a.model as DockerfileModel, f);
        if (ignore) {
          actions.push({
            title: `Ignore ${f.rule} for this instruction`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [doc.uri]: [ignore] } },
          });
        }
      }
    }
    return actions;
  });
}

/**
 * `# hadolint ignore=ID` above the instruction; when an ignore comment is already there, the id is added to it.
 */
export function dockerfileIgnoreEdit(model: DockerfileModel, f: Finding) {
  const line = f.range.start.line;
  const ins = model.instructions.find((i) => i.range.start.line <= line && line <= i.range.end.line);
  if (!ins) return undefined;
  const start = ins.range.start.line;
  const prev = start > 0 ? model.lines.lineText(start - 1) : '';
  const m = /^(\s*#\s*hadolint\s+ignore\s*=\s*)([A-Za-z0-9_,\s-]*?)(\s*)$/.exec(prev);
  if (m) {
    const ids = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.includes(f.rule)) return undefined;
    const newText = `${m[1]}${[...ids, f.rule].join(',')}`;
    return { range: { start: { line: start - 1, character: 0 }, end: { line: start - 1, character: prev.length } }, newText };
  }
  const indent = /^\s*/.exec(model.lines.lineText(start))![0];
  return { range: { start: { line: start, character: 0 }, end: { line: start, character: 0 } }, newText: `${indent}# hadolint ignore=${f.rule}\n` };
}
