// Outline: stages (with their instructions as children); instructions before the first FROM at the top level.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Arg, Env, Property } from 'dockerfile-ast';
import type { DfInstruction, DockerfileModel } from '../model';
import { stageRange } from './util';

function kindOf(keyword: string): SymbolKind {
  switch (keyword) {
    case 'ARG':
    case 'ENV':
      return SymbolKind.Variable;
    case 'LABEL':
      return SymbolKind.Property;
    case 'EXPOSE':
      return SymbolKind.Number;
    case 'FROM':
      return SymbolKind.Module;
    default:
      return SymbolKind.Function;
  }
}

function detailOf(model: DockerfileModel, ins: DfInstruction): string {
  if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
    const props = (ins.node as Arg | Env).getProperties() as Property[];
    return props.map((p) => p.getName()).join(' ');
  }
  const raw = model.textOf({ start: ins.keywordRange.end, end: ins.range.end });
  const esc = model.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const oneLine = raw.replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), ' ').replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

function instructionSymbol(model: DockerfileModel, ins: DfInstruction): DocumentSymbol {
  return { name: ins.keyword, detail: detailOf(model, ins), kind: kindOf(ins.keyword), range: ins.range, selectionRange: ins.keywordRange };
}

export function dockerfileDocumentSymbols(model: DockerfileModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = model.preamble.map((i) => instructionSymbol(model, i));
  for (const st of model.stages) {
    const image = st.image ?? '';
    out.push({
      name: st.name ?? `stage ${st.index}`,
      detail: `FROM ${image}`.trimEnd(),
      kind: SymbolKind.Class,
      range: stageRange(st),
      selectionRange: st.nameRange ?? st.fromInstruction.keywordRange,
      children: st.instructions.slice(1).map((i) => instructionSymbol(model, i)),
    });
  }
  return out;
}
