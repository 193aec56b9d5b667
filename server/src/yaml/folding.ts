// Folding for YAML files (Compose, workflows, action.yml): every key or list item whose value spans several lines
// (mappings, sequences and multi-line scalars such as `run: |` blocks), and comment blocks.
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './nodes';
import type { YamlModel } from './model';

export function yamlFoldingRanges(model: YamlModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lastLine = (n: Node): number => {
    // The range of a block collection ends after its last line break; fold up to the last line with text.
    const r = model.rangeOf(n);
    let line = r.end.line;
    if (line > r.start.line && model.lines.lineText(line).slice(0, r.end.character).trim() === '') line--;
    while (line > r.start.line && /^\s*(#.*)?$/.test(model.lines.lineText(line))) line--;
    return line;
  };
  const visit = (n: unknown, startLine?: number) => {
    if (isScalar(n)) {
      // A block scalar (`run: |`) or a long quoted string: fold from its key to its last line.
      if (startLine !== undefined && n.range) {
        const end = lastLine(n as Node);
        if (end > startLine) out.push({ startLine, endLine: end });
      }
      return;
    }
    if (!isMap(n) && !isSeq(n)) return;
    if (startLine !== undefined) {
      const end = lastLine(n as Node);
      if (end > startLine) out.push({ startLine, endLine: end });
    }
    for (const it of (n as { items: unknown[] }).items) {
      if (isPair(it)) visit(it.value, it.key ? model.rangeOf(it.key as Node).start.line : undefined);
      else if (isMap(it) || isSeq(it)) visit(it, model.rangeOf(it as Node).start.line);
    }
  };
  visit(model.doc.contents);
  // Runs of two or more full-line comments.
  let start = -1;
  for (let l = 0; l <= model.lines.lineCount; l++) {
    const isComment = l < model.lines.lineCount && model.lines.lineText(l).trimStart().startsWith('#');
    if (isComment && start < 0) start = l;
    if (!isComment && start >= 0) {
      if (l - 1 > start) out.push({ startLine: start, endLine: l - 1, kind: FoldingRangeKind.Comment });
      start = -1;
    }
  }
  // One range per start line (the editor keeps only one): the longest.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((r, i) => i === 0 || r.startLine !== out[i - 1].startLine);
}
