// The Docker commands in VS Code: Build / Run / Tag / Push Image, Compose Up / Build / Down / Logs / Restart / Pull,
// Lint Workspace, the `slipway-docker` task provider, the "Slipway Docker" output channel and the 'slipway-build'
// diagnostics. One file per command (build.ts, run.ts, tag.ts, push.ts, compose.ts, lintWorkspace.ts); each takes a
// plain options object, checks it, asks for what it leaves open (prompts.ts) and runs it, and returns what happened.
//
// How a command is called: `executeCommand('slipway.buildImage', { dockerfile, tag })` runs it from the options
// (tests, tasks, keybindings with `args`, other commands) and asks nothing they give; with no argument (palette) or a
// Uri (explorer and editor menus) it asks for the rest.
import * as vscode from 'vscode';
import { buildImageCommand } from './build';
import { COMPOSE_COMMANDS, ComposeAction, composeCommand } from './compose';
import { VscodeEditor } from './editor';
import { Session } from './host';
import { LINT_WORKSPACE, lintWorkspace } from './lintWorkspace';
import { vscodePrompts } from './prompts';
import { pushImageCommand } from './push';
import { runImageCommand } from './run';
import { tagImageCommand } from './tag';
import { DockerTaskProvider, TASK_TYPE } from './tasks';

export { BUILD_DIAGNOSTICS, OUTPUT_CHANNEL_NAME } from './host';
export { TASK_TYPE } from './tasks';

/** The argument a command was called with: a Uri from a menu becomes the option `uriKey`; the palette gives none. */
function fromMenu(arg: unknown, uriKey: string): { arg: unknown; interactive: boolean } {
  if (arg instanceof vscode.Uri) return { arg: { [uriKey]: arg.fsPath }, interactive: true };
  return { arg, interactive: arg === undefined };
}

export class DockerCommands implements vscode.Disposable {
  readonly editor: VscodeEditor;
  /** What the commands share (engine check, Compose detection, last image); commands take it as their first argument. */
  readonly session: Session;
  /** The slipway-docker task provider (also reachable here, for the end-to-end test in Restricted Mode). */
  readonly taskProvider: DockerTaskProvider;
  /** Whether the task provider is registered with VS Code (only in a trusted workspace). */
  tasksRegistered = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext) {
    this.editor = new VscodeEditor(context);
    this.session = new Session(this.editor, vscodePrompts);
    this.taskProvider = new DockerTaskProvider(context, (l) => this.editor.log(l));
    this.disposables.push(this.editor);
  }

  dispose(): void {
    this.session.dispose();
    for (const d of this.disposables) d.dispose();
  }

  register(): void {
    const s = this.session;
    const reg = (id: string, fn: (arg?: unknown) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, fn));
    };
    const menu = (key: string, run: (arg: unknown, interactive: boolean) => unknown) => (a?: unknown) => {
      const { arg, interactive } = fromMenu(a, key);
      return run(arg, interactive);
    };
    reg('slipway.buildImage', menu('dockerfile', (a, i) => buildImageCommand(s, a, i)));
    reg('slipway.runImage', menu('dockerfile', (a, i) => runImageCommand(s, a, i)));
    reg('slipway.tagImage', menu('source', (a) => tagImageCommand(s, a)));
    reg('slipway.pushImage', menu('image', (a, i) => pushImageCommand(s, a, i)));
    for (const [action, id] of Object.entries(COMPOSE_COMMANDS) as [ComposeAction, string][]) {
      reg(id, menu('file', (a, i) => composeCommand(s, action, a, i)));
    }
    reg(LINT_WORKSPACE, () => lintWorkspace((l) => this.editor.log(l)));
    reg('slipway.showDockerOutput', () => this.editor.showOutput());
    // In Restricted Mode no slipway-docker task is provided at all (and the provider refuses too, should trust
    // be taken back); once the user trusts the workspace, the provider is registered.
    const registerTasks = (): void => {
      if (this.tasksRegistered) return;
      this.disposables.push(vscode.tasks.registerTaskProvider(TASK_TYPE, this.taskProvider));
      this.tasksRegistered = true;
    };
    if (vscode.workspace.isTrusted) registerTasks();
    else {
      this.disposables.push(
        vscode.workspace.onDidGrantWorkspaceTrust(() => {
          registerTasks();
          this.editor.log('The workspace is trusted now: the Docker commands and slipway-docker tasks are enabled.');
        }),
      );
    }
    // A successful edit of the Dockerfile makes the failed-build diagnostic stale.
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.editor.diagnostics.has(e.document.uri)) this.editor.diagnostics.delete(e.document.uri);
      }),
    );
  }
}

/** Registers the docker commands, the task provider, the output channel and the build diagnostics. */
export function registerDockerCommands(context: vscode.ExtensionContext): DockerCommands {
  const commands = new DockerCommands(context);
  commands.register();
  context.subscriptions.push(commands);
  return commands;
}
