// Slipway's VS Code client: starts the language server over IPC and wires its settings.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { BuildStageArgs, buildStageInvocation } from './buildStage';
import { CoexistenceMode, decidePeers, describePeers, PeerReport } from './coexistence';
import { ServerState, statusView } from './status';
import { DOCUMENT_SELECTOR } from './selector';
import { watchedFilesGlob } from '../../server/src/engine/languages';
import { DockerCommands, registerDockerCommands } from './docker/commands';
import { buildImageCommand } from './docker/commands/build';
import { userLevelValue } from './docker/trust';
import { registerDockerView } from './views/dockerView';
// How the server process is started (bench/lsp.mjs starts it the same way):
// - `--v8-pool-size=1`: one V8 worker thread instead of four; every worker keeps its own malloc arena of JIT and GC
//   scratch memory (about 9 MB less resident after linting the 494 corpus files), and on small machines fewer
//   threads compete with the editor for the cores;
// - `MALLOC_TRIM_THRESHOLD_` (glibc, ignored elsewhere): a fixed threshold, so that malloc returns freed memory at
//   the top of its heap to the system; the default threshold grows after the first large free (compiling the
//   bundle at start), which left about 5 MB resident for good.
import serverLaunch from './serverLaunch.json';

let client: LanguageClient | undefined;
let docker: DockerCommands | undefined;

/** The output channel of the language server (the Docker commands write to "Slipway Docker"). */
export const SERVER_OUTPUT_NAME = 'Slipway Language Server';

export { DOCUMENT_SELECTOR };

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; docker: DockerCommands }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverLaunch.execArgv, env: serverLaunch.env } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverLaunch.execArgv, '--nolazy', '--inspect=6019'], env: serverLaunch.env },
    },
  };
  const output = vscode.window.createOutputChannel(SERVER_OUTPUT_NAME, { log: true });
  let peers = currentPeers();
  output.info(describePeers(peers));
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: startOptions(peers),
    synchronize: {
      configurationSection: 'slipway',
      // The configuration files and .dockerignore files the server reads (engine/languages.ts names them).
      fileEvents: vscode.workspace.createFileSystemWatcher(watchedFilesGlob()),
    },
  };
  client = new LanguageClient('slipway', SERVER_OUTPUT_NAME, serverOptions, clientOptions);
  const status = statusItem(context, client);
  // Another extension installed, removed, enabled or disabled, or a setting that decides what it reports: the
  // server is told which problems to leave to it.
  const updatePeers = () => {
    const next = currentPeers();
    if (JSON.stringify(next) === JSON.stringify(peers)) return;
    peers = next;
    output.info(describePeers(peers));
    clientOptions.initializationOptions = startOptions(peers);
    if (client?.isRunning()) void client.sendNotification('slipway/coexistence', { peers });
  };
  context.subscriptions.push(
    vscode.extensions.onDidChange(updatePeers),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('slipway.coexistence') || e.affectsConfiguration('yaml.validate') || e.affectsConfiguration('yaml.schemaStore.enable')) updatePeers();
      // The analyser executables reach the server only at start (trustedTools): a change restarts it.
      if (!e.affectsConfiguration('slipway.shellcheck.path') && !e.affectsConfiguration('slipway.pyflakes.path')) return;
      clientOptions.initializationOptions = startOptions(peers);
      void client?.restart();
    }),
  );
  docker = registerDockerCommands(context);
  registerDockerView(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('slipway.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('Slipway language server restarted.');
    }),
    vscode.commands.registerCommand('slipway.showOutput', () => output.show()),
    vscode.commands.registerCommand('slipway.buildStage', (args?: BuildStageArgs) => buildStage(args)),
  );
  try {
    await client.start();
  } catch (e) {
    status.failed((e as Error).message);
    void vscode.window.showErrorMessage(`Slipway: the language server failed to start: ${(e as Error).message}`);
  }
  return { client, docker };
}

/** Other extensions that report some of the same problems, as `slipway.coexistence` and their settings decide. */
function currentPeers(): PeerReport[] {
  const yaml = vscode.workspace.getConfiguration('yaml');
  return decidePeers({
    mode: vscode.workspace.getConfiguration('slipway').get<CoexistenceMode>('coexistence', 'auto'),
    extensions: vscode.extensions.all.map((e) => e.id),
    yaml: { validate: yaml.get('validate'), schemaStore: yaml.get('schemaStore.enable') },
  });
}

/**
 * The status bar item: the server's state, and the errors and warnings Slipway reports in the active file; a click
 * opens the Problems view. Shown while a Slipway document is active, and whenever the server is not running.
 */
function statusItem(context: vscode.ExtensionContext, lc: LanguageClient): { failed(message: string): void } {
  const item = vscode.window.createStatusBarItem('slipway.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Slipway';
  item.command = 'workbench.actions.view.problems';
  let state: ServerState = 'starting';
  let error: string | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const ours = !!doc && vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0;
    const severities = ours ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'slipway').map((d) => d.severity as number) : undefined;
    const view = statusView({ state, severities, error, restricted: !vscode.workspace.isTrusted });
    item.text = view.text;
    item.tooltip = view.tooltip;
    item.backgroundColor = view.alarming ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    if (ours || state === 'error' || state === 'stopped') item.show();
    else item.hide();
  };
  context.subscriptions.push(
    item,
    lc.onDidChangeState((e) => {
      state = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
      error = undefined;
      update();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidGrantWorkspaceTrust(update),
  );
  update();
  return {
    failed(message: string) {
      state = 'error';
      error = message;
      update();
    },
  };
}

/**
 * The server's start options: the `slipway` settings, the other extensions' checks to leave alone (`coexistence`),
 * and the ShellCheck and pyflakes executables from user-level
 * settings only (`trustedTools`; the server reads the executables from nowhere else): a repository's
 * `.vscode/settings.json` must not choose a program Slipway runs.
 */
function startOptions(peers: PeerReport[]): object {
  const config = vscode.workspace.getConfiguration('slipway');
  return {
    ...JSON.parse(JSON.stringify(config)),
    coexistence: peers,
    trustedTools: {
      shellcheck: userLevelValue(config.inspect<string>('shellcheck.path')),
      pyflakes: userLevelValue(config.inspect<string>('pyflakes.path')),
    },
  };
}

/**
 * "Build this stage" code lens: `docker build --target <stage> -f <Dockerfile> <folder>` through the docker module
 * (output in "Slipway Docker", progress with cancel, a failed step becomes a diagnostic on its line).
 */
async function buildStage(args?: BuildStageArgs): Promise<unknown> {
  try {
    if (!args || typeof args.uri !== 'string') throw new Error('No Dockerfile given.');
    const uri = vscode.Uri.parse(args.uri, true);
    if (uri.scheme !== 'file') throw new Error('Only Dockerfiles on disk can be built.');
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const run = buildStageInvocation(uri.fsPath, args.target, folder?.uri.fsPath); // validates the stage name
    if (!docker) throw new Error('the docker commands are not registered');
    return await buildImageCommand(docker.session, { dockerfile: uri.fsPath, target: args.target, context: run.cwd });
  } catch (e) {
    void vscode.window.showErrorMessage(`Slipway: cannot build the stage: ${(e as Error).message}`);
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  // Requests the workbench sent just before a window reload are between the client's "running?" check and its
  // connection lookup (a few microtasks apart): stopping at once made each fail with "Starting server failed", logged
  // on every reload. One turn of the event loop lets them reach the connection; stopping then answers them quietly.
  await new Promise((resolve) => setImmediate(resolve));
  await client?.stop();
  client = undefined;
}
