// Slipway's VS Code client: starts the language server over IPC and wires its settings.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { BuildStageArgs, buildStageInvocation } from './buildStage';
import { DockerCommands, registerDockerCommands } from './docker/commands';
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

export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { language: 'github-actions-workflow' },
  { language: 'dockercompose' },
  // Workflow and compose files that another extension claimed as plain YAML.
  { language: 'yaml', pattern: '**/.github/workflows/*.{yml,yaml}' },
  { language: 'yaml', pattern: '**/{action,docker-compose*,compose*}.{yml,yaml}' },
];

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
  const output = vscode.window.createOutputChannel('Slipway', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: startOptions(),
    synchronize: {
      configurationSection: 'slipway',
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{.hadolint.yaml,.hadolint.yml,.slipway.yaml,.slipway.yml,.dockerignore,*.dockerignore,.github/actionlint.yaml,.github/actionlint.yml,.github/slipway.yaml,.github/slipway.yml}',
      ),
    },
  };
  client = new LanguageClient('slipway', 'Slipway', serverOptions, clientOptions);
  // The analyser executables reach the server only at start (trustedTools): a change restarts it.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('slipway.shellcheck.path') && !e.affectsConfiguration('slipway.pyflakes.path')) return;
      clientOptions.initializationOptions = startOptions();
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
    void vscode.window.showErrorMessage(`Slipway: the language server failed to start: ${(e as Error).message}`);
  }
  return { client, docker };
}

/**
 * The server's start options: the `slipway` settings, and the ShellCheck and pyflakes executables from user-level
 * settings only (`trustedTools`; the server reads the executables from nowhere else): a repository's
 * `.vscode/settings.json` must not choose a program Slipway runs.
 */
function startOptions(): object {
  const config = vscode.workspace.getConfiguration('slipway');
  return {
    ...JSON.parse(JSON.stringify(config)),
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
    return await docker.buildImageCommand({ dockerfile: uri.fsPath, target: args.target, context: run.cwd }, false);
  } catch (e) {
    void vscode.window.showErrorMessage(`Slipway: cannot build the stage: ${(e as Error).message}`);
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
