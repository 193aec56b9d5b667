// Folding: stages, multi-line instructions, here-documents and blocks of comment lines.
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import { heredocsOf, stageRange } from './util';

export function dockerfileFoldingRanges(model: DockerfileModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const st of model.stages) {
    const r = stageRange(st);
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind: FoldingRangeKind.Region });
  }
  for (const ins of model.instructions) {
    const heredocs = heredocsOf(ins.node);
    for (const h of heredocs) {
      const start = h.getStartRange().start.line;
      const end = h.getDelimiterRange()?.end.line ?? ins.range.end.line;
      if (end > start) out.push({ startLine: start, endLine: end });
    }
    // Multi-line instructions (the first heredoc already folds from the instruction line).
    if (ins.range.end.line > ins.range.start.line && !heredocs.some((h) => h.getStartRange().start.line === ins.range.start.line)) {
      // A FROM is folded as its stage unless the FROM line itself continues.
      if (!(ins.keyword === 'FROM' && out.some((f) => f.startLine === ins.range.start.line))) out.push({ startLine: ins.range.start.line, endLine: ins.range.end.line });
    }
  }
  // Comment blocks of two or more lines (comment lines inside instructions fold with the instruction).
  let blockStart = -1;
  let prev = -2;
  const flush = () => {
    if (blockStart >= 0 && prev > blockStart) out.push({ startLine: blockStart, endLine: prev, kind: FoldingRangeKind.Comment });
  };
  for (const c of model.comments) {
    const l = c.getRange().start.line;
    if (l !== prev + 1) {
      flush();
      blockStart = l;
    }
    prev = l;
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
