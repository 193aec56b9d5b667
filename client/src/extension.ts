// Slipway's VS Code client: starts the language server over IPC and wires its settings.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { BuildStageArgs, buildStageInvocation } from './buildStage';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { language: 'github-actions-workflow' },
  { language: 'dockercompose' },
  // Workflow and compose files that another extension claimed as plain YAML.
  { language: 'yaml', pattern: '**/.github/workflows/*.{yml,yaml}' },
  { language: 'yaml', pattern: '**/{action,docker-compose*,compose*}.{yml,yaml}' },
];

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('Slipway', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: vscode.workspace.getConfiguration('slipway'),
    synchronize: {
      configurationSection: 'slipway',
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{.hadolint.yaml,.hadolint.yml,.slipway.yaml,.slipway.yml,.dockerignore,*.dockerignore,.github/actionlint.yaml,.github/actionlint.yml,.github/slipway.yaml,.github/slipway.yml}',
      ),
    },
  };
  client = new LanguageClient('slipway', 'Slipway', serverOptions, clientOptions);
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
  return { client };
}

/** Runs `docker build --target <stage> -f <Dockerfile> <folder>` as a task (code lens "Build this stage"). */
async function buildStage(args?: BuildStageArgs): Promise<vscode.TaskExecution | undefined> {
  try {
    if (!args || typeof args.uri !== 'string') throw new Error('No Dockerfile given.');
    const uri = vscode.Uri.parse(args.uri, true);
    if (uri.scheme !== 'file') throw new Error('Only Dockerfiles on disk can be built.');
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const run = buildStageInvocation(uri.fsPath, args.target, folder?.uri.fsPath);
    const task = new vscode.Task(
      { type: 'slipway-docker-build', target: args.target, dockerfile: uri.fsPath },
      folder ?? vscode.TaskScope.Workspace,
      `build stage ${args.target}`,
      'slipway',
      new vscode.ProcessExecution(run.command, run.args, { cwd: run.cwd }),
    );
    return await vscode.tasks.executeTask(task);
  } catch (e) {
    void vscode.window.showErrorMessage(`Slipway: cannot build the stage: ${(e as Error).message}`);
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
