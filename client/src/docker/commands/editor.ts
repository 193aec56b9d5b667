// The Editor of the Docker commands in VS Code: the "Slipway Docker" output channel, the 'slipway-build'
// diagnostics, progress and messages, workspace state, and where docker is.
//
// Workspace trust: a cloned repository must not be able to make Slipway run a program. The docker executable is
// read from user settings only (slipway.docker.path is machine scoped and read with inspect()), and in Restricted
// Mode or a virtual workspace every command and task refuses before docker is located (see trust.ts).
import * as vscode from 'vscode';
import { LANGUAGE_IDS, detectLanguage, workspaceGlob } from '../../../../server/src/engine/languages';
import type { BuildFailure } from '../build';
import { DockerContext, DockerError, engineEnv } from '../cli';
import { WorkspaceFacts, dockerBlocked, restrictedSettingValue, userLevelValue } from '../trust';
import { BUILD_DIAGNOSTICS, DockerSetting, Editor, FileKind, OUTPUT_CHANNEL_NAME } from './host';

/** What the workspace file search leaves out. */
export const EXCLUDE_GLOB = '**/{node_modules,.git,out,dist}/**';

/**
 * The workspace's files of one kind. The pattern comes from the language server's own file patterns
 * (engine/languages.ts) and may match a little more; the language detection decides.
 */
export async function findWorkspaceFiles(kind: FileKind, max: number): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(workspaceGlob(kind), EXCLUDE_GLOB, max);
  return found.filter((u) => detectLanguage(u.path) === kind);
}

/** The VS Code language id of a kind of file. */
export const languageIdOf = (kind: FileKind): string => LANGUAGE_IDS[kind];

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('slipway.docker');
}

function workspaceFacts(): WorkspaceFacts {
  return { trusted: vscode.workspace.isTrusted, folderSchemes: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme) };
}

/** Why the Docker commands and tasks cannot run in this workspace (Restricted Mode, virtual workspace), or undefined. */
export function dockerBlockedHere(): DockerError | undefined {
  return dockerBlocked(workspaceFacts());
}

/** A restricted Docker setting; a workspace value counts only in a trusted workspace. */
export function dockerSetting<T>(key: DockerSetting): T | undefined {
  const c = config();
  return restrictedSettingValue(c.inspect<T>(key), vscode.workspace.isTrusted, c.get<T>(key));
}

/**
 * Where docker is and its environment; throws when docker must not run here. The executable comes from user
 * settings only: a workspace or folder value of slipway.docker.path is never read, whatever scope VS Code applied.
 */
export function dockerContext(): DockerContext {
  const blocked = dockerBlockedHere();
  if (blocked) throw blocked;
  // slipway.docker.host / slipway.docker.context reach docker and Compose as DOCKER_HOST / DOCKER_CONTEXT (validated:
  // never an argument, never a shell).
  const extra = engineEnv({ host: dockerSetting<string>('host'), context: dockerSetting<string>('context') });
  const env = { ...process.env, ...extra };
  if (extra.DOCKER_HOST) delete env.DOCKER_CONTEXT;
  if (extra.DOCKER_CONTEXT) delete env.DOCKER_HOST;
  return { dockerPath: userLevelValue(config().inspect<string>('path')) || undefined, env };
}

export class VscodeEditor implements Editor, vscode.Disposable {
  readonly output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  readonly diagnostics = vscode.languages.createDiagnosticCollection(BUILD_DIAGNOSTICS);
  readonly state: Editor['state'];

  constructor(context: vscode.ExtensionContext) {
    this.state = context.workspaceState;
  }

  dispose(): void {
    this.output.dispose();
    this.diagnostics.dispose();
  }

  dockerContext(): DockerContext {
    return dockerContext();
  }

  setting<T>(key: DockerSetting): T | undefined {
    return dockerSetting<T>(key);
  }

  log(line: string): void {
    this.output.appendLine(line);
  }

  showOutput(): void {
    this.output.show(true);
  }

  withProgress<T>(title: string, fn: (signal: AbortSignal, report: (m: string) => void) => Promise<T>): Thenable<T> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Slipway: ${title}`, cancellable: true }, (progress, token) => {
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      return fn(ac.signal, (m) => progress.report({ message: m.length > 80 ? m.slice(0, 77) + '…' : m })).finally(() => sub.dispose());
    });
  }

  showError(message: string, err: DockerError | undefined, extra: { registry?: string }): void {
    const actions = ['Show Output'];
    if (err?.kind === 'push-denied' && extra.registry) actions.unshift('Open Terminal for docker login');
    if (err?.kind === 'binary-missing') actions.unshift('Open Settings');
    if (err?.kind === 'daemon-down' || (err?.kind === 'invalid-argument' && /slipway\.docker\.(host|context)/.test(err.message))) actions.unshift('Docker Host Settings');
    if (err?.kind === 'untrusted') actions.unshift('Manage Workspace Trust');
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === 'Show Output') this.output.show(true);
      if (choice === 'Manage Workspace Trust') void vscode.commands.executeCommand('workbench.trust.manage');
      if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'slipway.docker.path');
      if (choice === 'Docker Host Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'slipway.docker');
      if (choice === 'Open Terminal for docker login') {
        // The user types the password into docker itself; Slipway never sees it.
        const t = vscode.window.createTerminal('docker login');
        t.show();
        t.sendText(`docker login ${extra.registry}`, false);
      }
    });
  }

  showSuccess(message: string): void {
    void vscode.window.showInformationMessage(`Slipway: ${message}`, 'Show Output').then((choice) => {
      if (choice === 'Show Output') this.output.show(true);
    });
  }

  showInfo(message: string): void {
    void vscode.window.showInformationMessage(message);
  }

  showProblems(): void {
    void vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  async readFile(file: string): Promise<string> {
    return Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(file))).toString('utf8');
  }

  workspaceFolderOf(file: string): string | undefined {
    return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))?.uri.fsPath;
  }

  lintErrors(file: string): { line: number; message: string }[] {
    return vscode.languages
      .getDiagnostics(vscode.Uri.file(file))
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source !== BUILD_DIAGNOSTICS && d.source !== 'docker build')
      .map((d) => ({ line: d.range.start.line, message: d.message }));
  }

  async setBuildFailure(file: string, failure: BuildFailure | undefined): Promise<void> {
    const uri = vscode.Uri.file(file);
    if (!failure || failure.line === undefined) {
      this.diagnostics.delete(uri);
      return;
    }
    const doc = await vscode.workspace.openTextDocument(uri).then(
      (d) => d,
      () => undefined,
    );
    const endLine = failure.endLine ?? failure.line;
    const range = new vscode.Range(failure.line, 0, endLine, doc ? doc.lineAt(Math.min(endLine, doc.lineCount - 1)).text.length : 1000);
    const d = new vscode.Diagnostic(range, `docker build failed here${failure.step ? ` (${failure.step})` : ''}:\n${failure.message}`, vscode.DiagnosticSeverity.Error);
    d.source = 'docker build';
    d.code = 'build-failed';
    this.diagnostics.set(uri, [d]);
  }
}
