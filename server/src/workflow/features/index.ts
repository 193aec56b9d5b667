// The editor features of workflows and action.yml, as the LSP handlers (server/src/features) look them up.
import { pathToFileURL } from 'node:url';
import type { LanguageFeatures } from '../../features/languageFeatures';
import { yamlFoldingRanges } from '../../yaml/folding';
import { dockerBuildDefinition } from '../dockerBuild';
import type { WorkflowModel } from '../model';
import { workflowCompletion } from './completion';
import { workflowDocumentLinks } from './documentLinks';
import { workflowDocumentSymbols } from './documentSymbols';
import { workflowHover } from './hover';
import { workflowInlayHints } from './inlayHints';
import { workflowDefinition, workflowHighlights, workflowReferences } from './navigation';
import { workflowPrepareRename, workflowRename } from './rename';
import { workflowSemanticTokens } from './semanticTokens';
import { workflowSignatureHelp } from './signatureHelp';

export const workflowFeatures: LanguageFeatures<WorkflowModel> = {
  completion: (m, pos) => workflowCompletion(m, pos),
  hover: (m, pos) => workflowHover(m, pos),
  signatureHelp: (m, pos) => workflowSignatureHelp(m, pos),
  definition: (m, pos, ctx) => {
    const own = workflowDefinition(m, pos, ctx.path, ctx.files);
    if (own.length) return own.map((t) => ({ uri: t.path ? pathToFileURL(t.path).href : ctx.uri, range: t.range }));
    return dockerBuildDefinition(m, ctx.path, ctx.files, pos);
  },
  references: (m, pos, decl, ctx) => workflowReferences(m, pos, decl).map((range) => ({ uri: ctx.uri, range })),
  highlights: (m, pos) => workflowHighlights(m, pos),
  prepareRename: (m, pos, ctx) => workflowPrepareRename(m, pos, ctx.path, ctx.files),
  rename: (m, pos, newName, ctx) => workflowRename(m, pos, newName, ctx.path, ctx.files),
  documentSymbols: (m) => workflowDocumentSymbols(m),
  foldingRanges: (m) => yamlFoldingRanges(m),
  documentLinks: (m, ctx) => workflowDocumentLinks(m, ctx.path, ctx.files),
  semanticTokens: (m) => workflowSemanticTokens(m),
  inlayHints: (m, range) => workflowInlayHints(m, range),
};
