// The Dockerfile's editor features, as the LSP handlers (server/src/features) look them up.
import type { LanguageFeatures } from '../../features/languageFeatures';
import type { DockerfileModel } from '../model';
import { dockerfileCodeLenses } from './codeLens';
import { dockerfileCompletion } from './completion';
import { dockerfileDocumentLinks } from './documentLinks';
import { dockerfileDocumentSymbols } from './documentSymbols';
import { dockerfileFoldingRanges } from './folding';
import { formatDocument, formatOnType, formatRange } from './formatting';
import { dockerfileHover } from './hover';
import { dockerfileDefinition, dockerfileHighlights, dockerfileReferences } from './navigation';
import { dockerfilePrepareRename, dockerfileRename } from './rename';
import { dockerfileSemanticTokens } from './semanticTokens';
import { dockerfileSignatureHelp } from './signatureHelp';
import { ignoreEdit } from '../suppress';

export const dockerfileFeatures: LanguageFeatures<DockerfileModel> = {
  completion: (m, pos) => dockerfileCompletion(m, pos),
  hover: (m, pos) => dockerfileHover(m, pos),
  signatureHelp: (m, pos) => dockerfileSignatureHelp(m, pos),
  definition: (m, pos, ctx) => dockerfileDefinition(m, pos).map((range) => ({ uri: ctx.uri, range })),
  references: (m, pos, decl, ctx) => dockerfileReferences(m, pos, decl).map((range) => ({ uri: ctx.uri, range })),
  highlights: (m, pos) => dockerfileHighlights(m, pos),
  prepareRename: (m, pos) => dockerfilePrepareRename(m, pos),
  rename: (m, pos, newName) => {
    const r = dockerfileRename(m, pos, newName);
    return 'error' in r ? r : { ok: [{ edits: r.ok }] };
  },
  documentSymbols: (m) => dockerfileDocumentSymbols(m),
  foldingRanges: (m) => dockerfileFoldingRanges(m),
  documentLinks: (m) => dockerfileDocumentLinks(m),
  semanticTokens: (m) => dockerfileSemanticTokens(m),
  codeLenses: (m, ctx) => dockerfileCodeLenses(m, ctx.uri),
  ignoreFinding: (m, f) => {
    const edit = ignoreEdit(m, f);
    return edit && { title: `Ignore ${f.rule} for this instruction`, edit };
  },
  formatting: {
    document: (m, settings) => formatDocument(m, settings),
    range: (m, range, settings) => formatRange(m, range, settings),
    onType: (m, pos, ch, settings) => formatOnType(m, pos, ch, settings),
  },
};
