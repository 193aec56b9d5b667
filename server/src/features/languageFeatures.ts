// What each language answers, as one typed object per language: the LSP handlers in this folder look the feature up
// for the document's language and adapt the answer to the protocol; they never switch on the language or cast a
// model. A language without a feature leaves it out (the handler answers "nothing").
import type {
  CodeLens,
  CompletionItem,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  SemanticTokens,
  SignatureHelp,
  TextEdit,
} from 'vscode-languageserver/node';
import type { FormattingOptions } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath, type AnalysisCache } from '../analysis';
import type { Finding, Language, Range } from '../engine/types';
import { openOrDiskFiles, type OpenFiles } from './openFiles';
import { dockerfileFeatures } from '../dockerfile/features/index';
import { workflowFeatures } from '../workflow/features/index';
import { composeFeatures } from '../compose/features/index';

/** Where the document is and what is around it. */
export interface FeatureContext {
  /** The document's URI, as the editor gave it. */
  uri: string;
  /** Its path on disk, when it has one. */
  path: string | undefined;
  /** Other files as the editor has them (open documents first, then the disk). */
  files: OpenFiles;
}

/** The answer of a request that can be refused with a reason the editor shows (rename). */
export type Refusable<T> = { ok: T } | { error: string };

/** Edits of one file: `path` undefined for the document itself. */
export interface FileEdits {
  path?: string;
  edits: TextEdit[];
}

/** `slipway.format.*` as the formatter reads them. */
export interface FormatSettings {
  ignoreMultilineInstructions?: boolean;
}

export interface LanguageFeatures<M> {
  completion?(model: M, pos: Position, ctx: FeatureContext): CompletionItem[];
  /** The language's own hover; the findings under the cursor are added by the handler, the same in every language. */
  hover?(model: M, pos: Position, ctx: FeatureContext): Hover | null;
  signatureHelp?(model: M, pos: Position, ctx: FeatureContext): SignatureHelp | null;
  definition?(model: M, pos: Position, ctx: FeatureContext): Location[];
  references?(model: M, pos: Position, includeDeclaration: boolean, ctx: FeatureContext): Location[];
  highlights?(model: M, pos: Position, ctx: FeatureContext): DocumentHighlight[];
  prepareRename?(model: M, pos: Position, ctx: FeatureContext): Refusable<{ range: Range; placeholder: string }>;
  rename?(model: M, pos: Position, newName: string, ctx: FeatureContext): Refusable<FileEdits[]>;
  documentSymbols?(model: M, ctx: FeatureContext): DocumentSymbol[];
  foldingRanges?(model: M, ctx: FeatureContext): FoldingRange[];
  documentLinks?(model: M, ctx: FeatureContext): DocumentLink[];
  semanticTokens?(model: M, ctx: FeatureContext): SemanticTokens;
  codeLenses?(model: M, ctx: FeatureContext): CodeLens[];
  inlayHints?(model: M, range: Range, ctx: FeatureContext): InlayHint[];
  /** The quick fix that silences one finding where it is (a suppression comment), if the language has one there. */
  ignoreFinding?(model: M, finding: Finding): { title: string; edit: TextEdit } | undefined;
  /** Whole-document, range and on-type formatting; `settings` are asked from the client only for a language that formats. */
  formatting?: {
    document(model: M, settings: FormatSettings, options: FormattingOptions): TextEdit[];
    range(model: M, range: Range, settings: FormatSettings, options: FormattingOptions): TextEdit[];
    onType(model: M, pos: Position, ch: string, settings: FormatSettings, options: FormattingOptions): TextEdit[];
  };
}

/**
 * A language's features with its model type erased: the one place the model of a parsed document meets the
 * features of its language (the parse of a language always gives that language's model).
 */
type AnyFeatures = LanguageFeatures<never>;

const BY_LANGUAGE: Record<Language, AnyFeatures> = {
  dockerfile: dockerfileFeatures as AnyFeatures,
  workflow: workflowFeatures as AnyFeatures,
  action: workflowFeatures as AnyFeatures,
  compose: composeFeatures as AnyFeatures,
  // Config files: findings and their quick fixes only (the handlers' own part).
  config: {},
};

/** A parsed document's language features, its model and the request's context. */
export interface Bound {
  features: LanguageFeatures<unknown>;
  model: unknown;
  ctx: FeatureContext;
}

/** The features of `parsed`'s language, bound to its model, for a request on `uri`. */
export function bind(documents: TextDocuments<TextDocument>, uri: string, parsed: { language: Language; model: unknown }): Bound {
  return { features: BY_LANGUAGE[parsed.language] as LanguageFeatures<unknown>, model: parsed.model, ctx: { uri, path: uriToPath(uri), files: openOrDiskFiles(documents) } };
}

/** The open document `uri`, parsed, with its language's features; undefined when it is not open or not ours. */
export function lookup(documents: TextDocuments<TextDocument>, cache: AnalysisCache, uri: string): Bound | undefined {
  const doc = documents.get(uri);
  const parsed = doc && cache.parse(doc);
  return parsed ? bind(documents, uri, parsed) : undefined;
}
