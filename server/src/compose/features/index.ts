// The editor features of Compose files, as the LSP handlers (server/src/features) look them up.
import type { LanguageFeatures } from '../../features/languageFeatures';
import { yamlFoldingRanges } from '../../yaml/folding';
import type { ComposeModel } from '../model';
import { composeCodeLenses } from './codeLens';
import { composeCompletion } from './completion';
import { composeDocumentLinks } from './documentLinks';
import { composeDocumentSymbols } from './documentSymbols';
import { composeHover } from './hover';
import { composeDefinition, composeHighlights, composeReferences } from './navigation';
import { composePrepareRename, composeRename } from './rename';

export const composeFeatures: LanguageFeatures<ComposeModel> = {
  completion: (m, pos, ctx) => composeCompletion(m, pos, { path: ctx.path, files: ctx.files }),
  hover: (m, pos, ctx) => composeHover(m, pos, { path: ctx.path, files: ctx.files }),
  definition: (m, pos, ctx) => composeDefinition(m, ctx.uri, ctx.path, ctx.files, pos),
  references: (m, pos, decl, ctx) => composeReferences(m, ctx.uri, pos, decl, ctx.path, ctx.files),
  highlights: (m, pos) => composeHighlights(m, pos),
  prepareRename: (m, pos, ctx) => composePrepareRename(m, ctx.path, ctx.files, pos),
  rename: (m, pos, newName, ctx) => composeRename(m, ctx.path, ctx.files, pos, newName),
  documentSymbols: (m) => composeDocumentSymbols(m),
  foldingRanges: (m) => yamlFoldingRanges(m),
  documentLinks: (m, ctx) => composeDocumentLinks(m, ctx.path, ctx.files),
  codeLenses: (m, ctx) => composeCodeLenses(m, ctx.uri, ctx.path, ctx.files),
};
