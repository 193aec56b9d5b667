// Slipway language server: one server for Dockerfiles, GitHub Actions workflows and Compose files.
import {
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  Message,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, Settings, settingsProblems, uriToPath } from './analysis';
import { DEFAULT_TOOLS, ToolPaths } from './scripts/analyse';
import { DEFAULT_MAX_FILE_MB } from './engine/regularFile';
import { registerDiagnostics } from './features/diagnostics';
import { registerCodeActions } from './features/codeActions';
import { COMPLETION_TRIGGERS, registerCompletion } from './features/completion';
import { registerHover } from './features/hover';
import { registerSignatureHelp, SIGNATURE_RETRIGGERS, SIGNATURE_TRIGGERS } from './features/signatureHelp';
import { ON_TYPE_TRIGGER, registerFormatting } from './features/formatting';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFolding } from './features/folding';
import { registerDefinition } from './features/definition';
import { registerReferences } from './features/references';
import { registerDocumentHighlight } from './features/documentHighlight';
import { registerRename } from './features/rename';
import { registerDocumentLinks } from './features/documentLinks';
import { registerSemanticTokens, SEMANTIC_LEGEND } from './features/semanticTokens';
import { registerCodeLens } from './features/codeLens';
import { registerInlayHints } from './features/inlayHints';
import { checkingDocumentSync, clampingPositions } from './features/positions';
import { cancelQueuedRequests, refusingCancelled } from './features/cancellation';
import { skippingDisabledLanguages } from './features/enabled';
import { normalizePeers } from './coexistence';
import { consoleToClient, openTransport, PendingSync } from './transport';
import { registerConfigSync } from './features/configSync';
import { openOrDiskFiles } from './features/openFiles';

/** Sync notifications received and not yet handled: a lint of a version already replaced is skipped. */
const pendingSync = new PendingSync();
let shutdownReceived = false;

/**
 * The transport of the command line with every incoming message observed (see transport.ts; over `--stdio`, one
 * write per message); queued requests the client cancels are answered at once.
 */
function connect(): Connection {
  const t = openTransport((m) => {
    pendingSync.received(m);
    if (Message.isRequest(m) && m.method === 'shutdown') shutdownReceived = true;
  });
  if (!t) return createConnection(ProposedFeatures.all, cancelQueuedRequests);
  const c = createConnection(ProposedFeatures.all, t.reader, t.writer, cancelQueuedRequests);
  if (t.input) {
    // As createConnection does for its own `--stdio`: stdin closed, the client is gone.
    const exit = () => process.exit(shutdownReceived ? 0 : 1);
    t.input.on('end', exit);
    t.input.on('close', exit);
    consoleToClient(c.console);
  }
  return c;
}

const connection = connect();
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
// A config file open in the editor applies as it reads there (see diagnostics.ts: its changes lint the others again).
cache.configFiles = () => openOrDiskFiles(documents);
let hasConfigurationCapability = false;
/** The client accepts `client/registerCapability` for `workspace/didChangeConfiguration` (not every client does). */
let canRegisterConfigurationChanges = false;
let hasWorkspaceFolderCapability = false;
/** The workspace folders' URIs, each asked for its own settings (`scopeUri`): resource-scoped settings differ per folder. */
let folderUris: string[] = [];

process.on('uncaughtException', (e) => connection.console.error(`slipway: uncaught ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`slipway: unhandled rejection ${String(e)}`));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  canRegisterConfigurationChanges = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  hasWorkspaceFolderCapability = !!params.capabilities.workspace?.workspaceFolders;
  setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  const init = params.initializationOptions as (RawSettings & { trustedTools?: { shellcheck?: unknown; pyflakes?: unknown }; coexistence?: unknown }) | undefined;
  if (init) cache.settings = normalizeSettings(init);
  cache.peers = normalizePeers(init?.coexistence);
  cache.tools = toolPaths(init?.trustedTools, process.argv);
  // `--no-scripts`: no ShellCheck or pyflakes whatever the settings say.
  cache.scriptsOff = process.argv.includes('--no-scripts');
  return {
    capabilities: {
      // `save`: clients that do not watch files tell the server this way that a config file changed (configSync.ts).
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      hoverProvider: true,
      signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGERS, retriggerCharacters: SIGNATURE_RETRIGGERS },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      documentOnTypeFormattingProvider: { firstTriggerCharacter: ON_TYPE_TRIGGER },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'slipway', version: '0.1.0' },
  };
});

/** The `slipway.*` section as VS Code sends it: `{dockerfile: {enable}, workflow: {enable}, compose: {enable}, rules, format}`. */
interface RawSettings {
  dockerfile?: { enable?: boolean };
  workflow?: { enable?: boolean };
  compose?: { enable?: boolean };
  rules?: unknown;
  maxFileSize?: unknown;
  format?: { ignoreMultilineInstructions?: unknown };
  scripts?: { enable?: unknown };
}

/**
 * The analyser executables: the server's `--shellcheck=<path>` / `--pyflakes=<path>` arguments, else `trustedTools`
 * of the start options (the VS Code client puts the user-level `slipway.shellcheck.path` there), else the names on
 * PATH. `slipway.shellcheck.path` as `workspace/configuration` returns it is never read: a repository's settings
 * must not choose a program Slipway runs.
 */
function toolPaths(trusted: { shellcheck?: unknown; pyflakes?: unknown } | undefined, argv: string[]): ToolPaths {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const pick = (name: 'shellcheck' | 'pyflakes') => {
    const v = arg(name) ?? trusted?.[name];
    return typeof v === 'string' && v.trim() ? v.trim() : DEFAULT_TOOLS[name];
  };
  return { shellcheck: pick('shellcheck'), pyflakes: pick('pyflakes') };
}

function setFolders(uris: string[]): void {
  folderUris = uris;
  cache.workspaceRoots = uris.map((u) => uriToPath(u)).filter((p): p is string => !!p);
}

/** Messages about `slipway.rules` already shown: each is said once (window message and server log), not at every change. */
const settingsSaid = new Set<string>();

function normalizeSettings(raw: RawSettings | undefined | null): Settings {
  const settings = normalizedSettings(raw);
  // An unknown rule id or severity in `slipway.rules` is said, not dropped silently (configParse.ts reads the setting
  // with the vocabulary of .slipway.yaml).
  for (const p of settingsProblems(settings)) {
    if (settingsSaid.has(p)) continue;
    settingsSaid.add(p);
    connection.console.warn(`slipway: ${p}`);
    // A notification (no answer awaited); LSP allows it even before the answer to `initialize`.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Slipway: ${p}` });
  }
  return settings;
}

function normalizedSettings(raw: RawSettings | undefined | null): Settings {
  const s = raw ?? {};
  const en = (v: boolean | undefined) => v !== false;
  return {
    enable: { dockerfile: en(s.dockerfile?.enable), workflow: en(s.workflow?.enable), compose: en(s.compose?.enable) },
    // As sent: the reader reports what is not an object of rule ids to severities (an array, a string).
    rules: s.rules ?? {},
    maxFileSize: typeof s.maxFileSize === 'number' && Number.isFinite(s.maxFileSize) && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_MAX_FILE_MB,
    format: { ignoreMultilineInstructions: s.format?.ignoreMultilineInstructions === true },
    scripts: s.scripts?.enable !== false,
  };
}

// Features get positions and ranges clamped to their document (see features/positions.ts).
// A language turned off (`slipway.<language>.enable`) gets no answers at all.
const features = skippingDisabledLanguages(clampingPositions(refusingCancelled(connection), documents), documents, cache);
const diagnostics = registerDiagnostics(connection, documents, cache, pendingSync);
registerCodeActions(features, documents, cache);
registerCompletion(features, documents, cache);
registerHover(features, documents, cache);
registerSignatureHelp(features, documents, cache);
registerFormatting(features, documents, cache, () => hasConfigurationCapability);
registerDocumentSymbols(features, documents, cache);
registerFolding(features, documents, cache);
registerDefinition(features, documents, cache);
registerReferences(features, documents, cache);
registerDocumentHighlight(features, documents, cache);
registerRename(features, documents, cache);
registerDocumentLinks(features, documents, cache);
registerSemanticTokens(features, documents, cache);
registerCodeLens(features, documents, cache);
registerInlayHints(features, documents, cache);

/**
 * Whether an answer to `workspace/configuration` holds settings. VS Code answers every key of the section (defaults
 * included); other clients answer null or `{}` for a section they were given nothing for (Neovim, Helix: settings
 * given as `initializationOptions` only), and those settings stay.
 */
function saysSomething(s: RawSettings | null | undefined): s is RawSettings {
  return typeof s === 'object' && s !== null && Object.keys(s).length > 0;
}

/**
 * The `slipway` settings of the window and of each workspace folder, in one `workspace/configuration` request (a
 * folder's `.vscode/settings.json` and a multi-root workspace's folder settings apply to the documents in it).
 */
async function pullSettings(): Promise<void> {
  if (!hasConfigurationCapability) return;
  const folders = folderUris;
  try {
    const items = [{ section: 'slipway' }, ...folders.map((scopeUri) => ({ scopeUri, section: 'slipway' }))];
    const [window, ...perFolder] = (await connection.workspace.getConfiguration(items)) as (RawSettings | null)[];
    if (saysSomething(window)) cache.settings = normalizeSettings(window);
    const map = new Map<string, Settings>();
    folders.forEach((u, i) => {
      const p = uriToPath(u);
      if (p && saysSomething(perFolder[i])) map.set(p, normalizeSettings(perFolder[i]));
    });
    cache.setFolderSettings(map);
  } catch (e) {
    connection.console.warn(`slipway: could not read settings: ${String(e)}`);
  }
}

connection.onInitialized(async () => {
  if (hasConfigurationCapability && canRegisterConfigurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'slipway' });
  }
  if (hasWorkspaceFolderCapability) {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      setFolders([...folderUris.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)]);
      await pullSettings();
      diagnostics.refreshAll();
    });
  }
  // Documents opened meanwhile were linted with the settings of `initializationOptions`: again only if they differ.
  const before = cache.settingsKey();
  await pullSettings();
  if (cache.settingsKey() !== before) diagnostics.refreshAll();
});

connection.onDidChangeConfiguration(async (change) => {
  if (hasConfigurationCapability) await pullSettings();
  else {
    // A client that cannot be asked sends the settings themselves, `{ slipway: {...} }`. Without a `slipway` section
    // (Helix sends its `config` there, the `initializationOptions` again; others an empty object) the settings of
    // `initializationOptions` stay.
    const slipway = (change.settings as { slipway?: RawSettings } | null | undefined)?.slipway;
    if (!slipway || typeof slipway !== 'object') return;
    cache.settings = normalizeSettings(slipway);
  }
  diagnostics.refreshAll();
});

// The VS Code client found other extensions installed or removed that report some of the same problems.
connection.onNotification('slipway/coexistence', (p: { peers?: unknown }) => {
  cache.peers = normalizePeers(p?.peers);
  diagnostics.refreshAll();
});

// Config files (.hadolint.yaml, .slipway.yaml, .github/actionlint.yaml) changed: lint again.
connection.onDidChangeWatchedFiles(() => diagnostics.refreshAll());
// The same for clients that watch no files: a config file opened or saved in the editor, or found changed on disk
// at the next lint (refreshAll waits for the lint under way: once for any number of changed files).
registerConfigSync(documents, () => diagnostics.refreshAll());
cache.onConfigChange = () => diagnostics.refreshAll();

documents.listen(checkingDocumentSync(connection, pendingSync));
connection.listen();
