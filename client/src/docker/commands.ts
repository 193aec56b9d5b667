// The VS Code layer over the docker module: Build / Run / Tag / Push Image, Compose Up / Down / Logs, Lint
// Workspace, a `slipway-docker` task provider, the "Slipway Docker" output channel and the 'slipway-build'
// diagnostics that put a failed build on its Dockerfile line. Every command also takes a non-interactive
// argument object (used by tests, tasks and other commands) and returns what happened.
//
// Workspace trust: a cloned repository must not be able to make Slipway run a program. The docker executable is
// read from user settings only (slipway.docker.path is machine scoped and read with inspect()), and in Restricted
// Mode or a virtual workspace every command and task refuses before docker is located (see trust.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BuildFailure, BuildOptions, buildCommandArgs, buildImage, stagesOf } from './build';
import { FILE_GLOBS, detectLanguage, workspaceGlob } from '../../../server/src/engine/languages';
import { ComposeCommand, DockerContext, DockerError, EngineInfo, checkEngine, detectCompose, engineEnv, formatCommand, resolveDocker, runDocker } from './cli';
import { compose, ComposeProject, composeDownArgs, composeFileFacts, composeLogsArgs, composeProjectFor, composeUpArgs } from './compose';
import { registryOf, retarget, validateImageRef } from './imageRef';
import { WorkspaceFacts, dockerBlocked, restrictedSettingValue, userLevelValue } from './trust';
import { PushMemory, needsDockerHubConfirmation, pushChoices, pushCommandArgs, pushImage, rememberPush } from './push';
import { ExposedPort, PortMapping, choosePorts, exposedPorts, imageExposedPorts, runAndFollow, runCommandArgs, runImage } from './run';
import { tagCommandArgs, tagImage } from './tag';

export const OUTPUT_CHANNEL_NAME = 'Slipway Docker';
export const BUILD_DIAGNOSTICS = 'slipway-build';
export const TASK_TYPE = 'slipway-docker';
/** workspaceState key of Push Image's memory (PushMemory). */
const PUSH_MEMORY_KEY = 'slipway.docker.pushMemory';

// The file-search patterns come from the language server's own list of file names (engine/languages.ts): one
// brace group each, no empty alternative (VS Code's search matched nothing for `{,.*}`).
type FileKind = keyof typeof FILE_GLOBS;
/** Every pattern the Docker commands give workspace.findFiles (each from workspaceGlob, whose form test/unit/dockerCommandLogic.test.ts checks). */
export const SEARCH_GLOBS: Record<FileKind, string> = {
  dockerfile: workspaceGlob('dockerfile'),
  compose: workspaceGlob('compose'),
  workflow: workspaceGlob('workflow'),
  action: workspaceGlob('action'),
};
export const EXCLUDE_GLOB = '**/{node_modules,.git,out,dist}/**';
const LANGUAGE_OF_KIND: Record<FileKind, string> = { dockerfile: 'dockerfile', compose: 'compose', workflow: 'workflow', action: 'action' };

/** The workspace's files of one kind; the search pattern may match a little more, the language detection decides. */
async function findWorkspaceFiles(kind: FileKind, max: number): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(SEARCH_GLOBS[kind], EXCLUDE_GLOB, max);
  return found.filter((u) => detectLanguage(u.path) === LANGUAGE_OF_KIND[kind]);
}

export interface BuildImageArgs {
  dockerfile?: string | vscode.Uri;
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  network?: string;
  buildkit?: boolean;
  /** Build even when the Dockerfile has error diagnostics (default: ask; non-interactive: build and log). */
  ignoreLint?: boolean;
}

export interface BuildImageOutcome {
  ok: boolean;
  tag?: string;
  imageId?: string;
  failure?: BuildFailure;
  error?: string;
  errorKind?: string;
  durationMs?: number;
  lintErrors?: number;
}

export interface RunImageArgs {
  image?: string;
  dockerfile?: string | vscode.Uri;
  target?: string;
  ports?: PortMapping[];
  /** Publish the Dockerfile's/image's EXPOSE ports (default true). */
  publishExposed?: boolean;
  env?: Record<string, string> | string[];
  volumes?: string[];
  network?: string;
  detach?: boolean;
  command?: string[];
  name?: string;
  /**
   * Start in the background, keep the container when it exits, and stream its output into "Slipway Docker" until
   * it stops (what the interactive command does). With `wait`, the command resolves once the container stopped.
   */
  follow?: boolean;
  wait?: boolean;
}

export interface PushImageArgs {
  image?: string;
  /** Registry (with optional namespace) to push to; default: slipway.docker.defaultRegistry, else as named. */
  registry?: string;
}

export type ComposeAction = 'up' | 'build' | 'down' | 'logs' | 'restart' | 'pull';

export interface ComposeArgs {
  file?: string | vscode.Uri;
  /** --profile, each. */
  profiles?: string[];
  /** The Compose files merged, in order (must include `file`); default: `file` alone. */
  files?: (string | vscode.Uri)[];
  projectName?: string;
  services?: string[];
  tail?: number;
}

interface LastBuild {
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('slipway.docker');
}

function workspaceFacts(): WorkspaceFacts {
  return { trusted: vscode.workspace.isTrusted, folderSchemes: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme) };
}

/** Throws the reason why the Docker commands cannot run in this workspace (Restricted Mode, virtual workspace). */
function requireDocker(): void {
  const blocked = dockerBlocked(workspaceFacts());
  if (blocked) throw blocked;
}

/** A restricted Docker setting; a workspace value counts only in a trusted workspace. */
function dockerSetting<T>(key: 'runArgs' | 'buildArgs' | 'defaultRegistry' | 'host' | 'context'): T | undefined {
  const c = config();
  return restrictedSettingValue(c.inspect<T>(key), vscode.workspace.isTrusted, c.get<T>(key));
}

/**
 * Where docker is and its environment. Every docker process the commands and tasks start is located through
 * here, so this refuses too when docker must not run. The executable comes from user settings only: a
 * workspace or folder value of slipway.docker.path is never read, whatever scope VS Code applied to it.
 */
function dockerContext(): DockerContext {
  requireDocker();
  // slipway.docker.host / slipway.docker.context reach docker and Compose as DOCKER_HOST / DOCKER_CONTEXT (validated:
  // never an argument, never a shell).
  const extra = engineEnv({ host: dockerSetting<string>('host'), context: dockerSetting<string>('context') });
  const env = { ...process.env, ...extra };
  if (extra.DOCKER_HOST) delete env.DOCKER_CONTEXT;
  if (extra.DOCKER_CONTEXT) delete env.DOCKER_HOST;
  return { dockerPath: userLevelValue(config().inspect<string>('path')) || undefined, env };
}

/** A key that changes when the docker executable or the daemon it talks to changes (for what is detected once). */
function contextKey(ctx: DockerContext): string {
  return JSON.stringify([ctx.dockerPath ?? '', ctx.env?.DOCKER_HOST ?? '', ctx.env?.DOCKER_CONTEXT ?? '', ctx.env?.PATH ?? '']);
}

/** Title, step and total for one question of a multi-step command. */
interface Step {
  title: string;
  step?: number;
  totalSteps?: number;
}

/** A quick pick with a title and a step counter (showQuickPick has no step); undefined when dismissed. */
function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], step: Step & { placeholder: string }): Promise<T | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<T>();
    Object.assign(qp, { title: step.title, step: step.step, totalSteps: step.totalSteps, placeholder: step.placeholder, items, ignoreFocusOut: true });
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      resolve(qp.selectedItems[0] ?? qp.activeItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** A multi-select quick pick with a title and a step counter; undefined when dismissed. */
function pickMany<T extends vscode.QuickPickItem>(items: readonly T[], step: Step & { placeholder: string }): Promise<T[] | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<T>();
    Object.assign(qp, { title: step.title, step: step.step, totalSteps: step.totalSteps, placeholder: step.placeholder, items, canSelectMany: true, ignoreFocusOut: true });
    qp.selectedItems = items.filter((i) => i.picked);
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      resolve([...qp.selectedItems]);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** An input box with a title, a step counter and validation; undefined when dismissed. */
function askText(step: Step & { prompt: string; value?: string; validate?: (v: string) => string | undefined }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const ib = vscode.window.createInputBox();
    Object.assign(ib, { title: step.title, step: step.step, totalSteps: step.totalSteps, prompt: step.prompt, value: step.value ?? '', ignoreFocusOut: true });
    let done = false;
    ib.onDidChangeValue((v) => (ib.validationMessage = step.validate?.(v)));
    ib.onDidAccept(() => {
      const bad = step.validate?.(ib.value);
      if (bad) {
        ib.validationMessage = bad;
        return;
      }
      done = true;
      resolve(ib.value);
      ib.hide();
    });
    ib.onDidHide(() => {
      if (!done) resolve(undefined);
      ib.dispose();
    });
    ib.show();
  });
}

/** A folder as the build-context pickers show it: relative to its workspace folder (`.` for the folder itself). */
function contextLabel(dir: string): string {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(dir));
  if (!folder) return dir;
  const rel = path.relative(folder.uri.fsPath, dir).split(path.sep).join('/');
  const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return multi ? (rel ? `${folder.name}/${rel}` : folder.name) : rel || '.';
}

function toPath(p: string | vscode.Uri | undefined): string | undefined {
  if (!p) return undefined;
  if (typeof p === 'string') return p.startsWith('file:') ? vscode.Uri.parse(p).fsPath : p;
  return p.fsPath;
}

/** Arguments from a menu (a Uri, or the Uri and the selection) or from code (an object). */
function argsOf<T extends object>(arg: unknown, uriKey: keyof T): T {
  if (arg instanceof vscode.Uri) return { [uriKey]: arg } as T;
  if (arg && typeof arg === 'object') return arg as T;
  return {} as T;
}

function kvList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new DockerError('invalid-argument', `Expected NAME=value, got ${JSON.stringify(part)}`);
    out[part.slice(0, eq)] = part.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

export class DockerCommands implements vscode.Disposable {
  readonly output: vscode.OutputChannel;
  readonly diagnostics: vscode.DiagnosticCollection;
  /** The slipway-docker task provider (also reachable here, for the end-to-end test in Restricted Mode). */
  readonly taskProvider: vscode.TaskProvider;
  /** Whether the task provider is registered with VS Code (only in a trusted workspace). */
  tasksRegistered = false;
  private readonly disposables: vscode.Disposable[] = [];
  private lastImage: string | undefined;
  private lastDockerfile: string | undefined;
  /** The engine that answered last, by contextKey, and when (checked again after a minute). */
  private engine: { key: string; at: number; info: EngineInfo } | undefined;
  /** Compose as detected once per contextKey (and said once in the output channel). */
  private composeDetected = new Map<string, ComposeCommand>();
  /** Containers whose output is being followed (stopped following on dispose; the containers keep running). */
  private readonly following = new Set<AbortController>();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
    this.diagnostics = vscode.languages.createDiagnosticCollection(BUILD_DIAGNOSTICS);
    this.taskProvider = new DockerTaskProvider(context, (l) => this.log(l));
    this.disposables.push(this.output, this.diagnostics);
  }

  dispose(): void {
    for (const ac of this.following) ac.abort();
    for (const d of this.disposables) d.dispose();
  }

  register(): void {
    const reg = (id: string, fn: (arg?: unknown) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, fn));
    };
    reg('slipway.buildImage', (a) => this.buildImageCommand(argsOf<BuildImageArgs>(a, 'dockerfile'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.runImage', (a) => this.runImageCommand(argsOf<RunImageArgs>(a, 'dockerfile'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.tagImage', (a) => this.tagImageCommand(argsOf<{ source?: string; target?: string }>(a, 'source')));
    reg('slipway.pushImage', (a) => this.pushImageCommand(argsOf<PushImageArgs>(a, 'image'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composeUp', (a) => this.composeCommand('up', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composeBuild', (a) => this.composeCommand('build', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composeDown', (a) => this.composeCommand('down', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composeLogs', (a) => this.composeCommand('logs', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composeRestart', (a) => this.composeCommand('restart', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.composePull', (a) => this.composeCommand('pull', argsOf<ComposeArgs>(a, 'file'), a === undefined || a instanceof vscode.Uri));
    reg('slipway.lintWorkspace', () => this.lintWorkspace());
    reg('slipway.showDockerOutput', () => this.output.show(true));
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
          this.log('The workspace is trusted now: the Docker commands and slipway-docker tasks are enabled.');
        }),
      );
    }
    // A successful edit of the Dockerfile makes the failed-build diagnostic stale.
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.diagnostics.has(e.document.uri)) this.diagnostics.delete(e.document.uri);
      }),
    );
  }

  // ---------------------------------------------------------------- helpers

  private log(line: string): void {
    this.output.appendLine(line);
  }

  private async reportError(what: string, e: unknown, extra: { registry?: string } = {}): Promise<string> {
    const err = e as DockerError;
    const msg = err?.message ?? String(e);
    this.log(`✖ ${what}: ${msg}`);
    const actions = ['Show Output'];
    if (err?.kind === 'push-denied' && extra.registry) actions.unshift('Open Terminal for docker login');
    if (err?.kind === 'binary-missing') actions.unshift('Open Settings');
    if (err?.kind === 'daemon-down' || (err?.kind === 'invalid-argument' && /slipway\.docker\.(host|context)/.test(msg))) actions.unshift('Docker Host Settings');
    if (err?.kind === 'untrusted') actions.unshift('Manage Workspace Trust');
    void vscode.window.showErrorMessage(`Slipway: ${what}: ${msg}`, ...actions).then((choice) => {
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
    return msg;
  }

  /** A success that stays (unlike a status bar message) until dismissed, with the way to the output. */
  private showSuccess(message: string): void {
    void vscode.window.showInformationMessage(`Slipway: ${message}`, 'Show Output').then((choice) => {
      if (choice === 'Show Output') this.output.show(true);
    });
  }

  /**
   * Checks that docker answers (a short `docker version`) before a command asks anything, and throws the
   * daemon-down error with what to do. Remembered for a minute per docker executable and host.
   */
  private async ensureEngine(ctx: DockerContext): Promise<EngineInfo> {
    const key = contextKey(ctx);
    if (this.engine && this.engine.key === key && Date.now() - this.engine.at < 60_000) return this.engine.info;
    const info = await checkEngine(ctx, { timeoutMs: 10_000 });
    if (this.engine?.key !== key) {
      this.log(`Docker engine: ${info.engine} ${info.client}${info.server ? `, daemon ${info.server}` : ' (no daemon)'} at ${ctx.env?.DOCKER_HOST ?? (ctx.env?.DOCKER_CONTEXT ? `context ${ctx.env.DOCKER_CONTEXT}` : 'the default host')}`);
    }
    this.engine = { key, at: Date.now(), info };
    return info;
  }

  /** Compose, detected once per docker executable and host; which one is said in the output channel. */
  private async composeFor(ctx: DockerContext, signal?: AbortSignal): Promise<ComposeCommand> {
    const key = contextKey(ctx);
    let cmd = this.composeDetected.get(key);
    if (!cmd) {
      cmd = await detectCompose(ctx, signal);
      this.composeDetected.set(key, cmd);
      this.log(`Compose: ${cmd.flavor === 'v2' && cmd.prefix.length ? `${path.basename(cmd.command)} compose` : path.basename(cmd.command)} ${cmd.version} (Compose ${cmd.flavor}, ${cmd.command})`);
    }
    return cmd;
  }

  /** Runs `fn` under a cancellable progress notification, with the output channel streaming. */
  private withProgress<T>(title: string, fn: (signal: AbortSignal, report: (m: string) => void) => Promise<T>): Thenable<T> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Slipway: ${title}`, cancellable: true }, (progress, token) => {
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      return fn(ac.signal, (m) => progress.report({ message: m.length > 80 ? m.slice(0, 77) + '…' : m })).finally(() => sub.dispose());
    });
  }

  private async pickFile(kind: FileKind, placeHolder: string, isMatch: (doc: vscode.TextDocument) => boolean, title = `Slipway: ${placeHolder}`): Promise<string | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const files = await findWorkspaceFiles(kind, 200);
    if (files.length === 0 && active && isMatch(active) && active.uri.scheme === 'file') return active.uri.fsPath;
    if (files.length === 1) return files[0].fsPath;
    if (files.length === 0) {
      void vscode.window.showWarningMessage(`Slipway: no matching file in the workspace (${placeHolder}).`);
      return undefined;
    }
    const items = files
      .map((f) => ({ label: vscode.workspace.asRelativePath(f), description: kind === 'compose' ? `project ${path.basename(path.dirname(f.fsPath))}` : undefined, uri: f }))
      .sort((a, b) => (active && a.uri.fsPath === active.uri.fsPath ? -1 : active && b.uri.fsPath === active.uri.fsPath ? 1 : a.label.localeCompare(b.label)));
    return (await pickOne(items, { title, placeholder: placeHolder }))?.uri.fsPath;
  }

  private async pickDockerfile(given?: string | vscode.Uri): Promise<string | undefined> {
    const p = toPath(given);
    if (p) return p;
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'dockerfile' && active.uri.scheme === 'file') return active.uri.fsPath;
    return this.pickFile('dockerfile', 'Dockerfile to build', (d) => d.languageId === 'dockerfile', 'Slipway: Build Image');
  }

  private async pickImage(placeHolder: string, step: Step = { title: `Slipway: ${placeHolder}` }): Promise<string | undefined> {
    let images: string[] = [];
    try {
      const r = await runDocker(dockerContext(), ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { timeoutMs: 20_000 });
      if (r.code === 0) images = r.stdout.split('\n').map((s) => s.trim()).filter((s) => s && !s.includes('<none>'));
    } catch {
      /* fall back to typing */
    }
    if (this.lastImage) images = [this.lastImage, ...images.filter((i) => i !== this.lastImage)];
    if (images.length === 0) {
      return askText({ ...step, prompt: placeHolder, validate: (v) => validateImageRef(v) });
    }
    return (await pickOne(images.map((label) => ({ label })), { ...step, placeholder: placeHolder }))?.label.trim();
  }

  private lintErrors(file: string): vscode.Diagnostic[] {
    return vscode.languages
      .getDiagnostics(vscode.Uri.file(file))
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source !== BUILD_DIAGNOSTICS && d.source !== 'docker build');
  }

  // ---------------------------------------------------------------- build

  async buildImageCommand(args: BuildImageArgs, interactive: boolean): Promise<BuildImageOutcome | undefined> {
    try {
      requireDocker();
      // The daemon first: nobody should answer four questions to learn that Docker is not running.
      await this.ensureEngine(dockerContext());
      const dockerfile = await this.pickDockerfile(args.dockerfile);
      if (!dockerfile) return undefined;
      const key = `slipway.docker.lastBuild:${dockerfile}`;
      const last = this.context.workspaceState.get<LastBuild>(key) ?? {};
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(dockerfile))?.uri.fsPath;
      const text = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(dockerfile))).toString('utf8');
      const opts: BuildOptions & { tag?: string } = {
        dockerfile,
        context: args.context,
        tag: args.tag,
        target: args.target,
        buildArgs: { ...(dockerSetting<Record<string, string>>('buildArgs') ?? {}), ...(args.buildArgs ?? {}) },
        network: args.network,
        buildkit: args.buildkit,
      };
      if (interactive) {
        const stages = stagesOf(text).filter((s) => s.named);
        const hasArgs = /^\s*ARG\s/im.test(text) && !args.buildArgs;
        const askTarget = opts.target === undefined && stages.length > 0;
        const total = (opts.context ? 0 : 1) + (opts.tag ? 0 : 1) + (askTarget ? 1 : 0) + (hasArgs ? 1 : 0);
        let n = 0;
        const step = (): Step => ({ title: `Slipway: Build ${path.basename(dockerfile)}`, step: ++n, totalSteps: total > 1 ? total : undefined });
        // Context.
        if (!opts.context) {
          const candidates = [...new Set([last.context, path.dirname(dockerfile), folder].filter((x): x is string => !!x))];
          const pick = await pickOne(
            [...candidates.map((c) => ({ label: contextLabel(c), description: c === last.context ? 'last used' : c === folder ? 'workspace folder' : 'folder of the Dockerfile', value: c })), { label: 'Browse…', description: '', value: '' }],
            { ...step(), placeholder: 'Build context' },
          );
          if (!pick) return undefined;
          if (pick.value) opts.context = pick.value;
          else {
            const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: vscode.Uri.file(path.dirname(dockerfile)) });
            if (!chosen?.[0]) return undefined;
            opts.context = chosen[0].fsPath;
          }
        }
        // Tag.
        if (!opts.tag) {
          const base = path.basename(opts.context ?? path.dirname(dockerfile)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'image';
          opts.tag = await askText({
            ...step(),
            prompt: 'Image tag (name:tag)',
            value: last.tag ?? `${base}:latest`,
            validate: (v) => (v ? validateImageRef(v, { allowDigest: false }) : 'Give a tag'),
          });
          if (!opts.tag) return undefined;
        }
        // Target stage.
        if (askTarget) {
          const pick = await pickOne(
            [{ label: '$(layers) last stage', description: 'no --target', value: '' }, ...stages.map((s) => ({ label: s.name, description: `FROM ${s.from} (line ${s.line + 1})`, value: s.name }))],
            { ...step(), placeholder: 'Target stage' },
          );
          if (!pick) return undefined;
          opts.target = pick.value || undefined;
        }
        // Build args.
        if (hasArgs) {
          const prev = { ...opts.buildArgs, ...(last.buildArgs ?? {}) };
          const value = await askText({
            ...step(),
            prompt: 'Build arguments (NAME=value, space separated; empty for none)',
            value: Object.entries(prev).map(([k, v]) => `${k}=${/\s/.test(v) ? JSON.stringify(v) : v}`).join(' '),
            validate: (v) => {
              try {
                kvList(v);
                return undefined;
              } catch (e) {
                return (e as Error).message;
              }
            },
          });
          if (value === undefined) return undefined;
          opts.buildArgs = kvList(value);
        }
        await this.context.workspaceState.update(key, { context: opts.context, tag: opts.tag, target: opts.target, buildArgs: opts.buildArgs } satisfies LastBuild);
      }
      opts.context ??= last.context ?? path.dirname(dockerfile);
      if (opts.tag) {
        const bad = validateImageRef(opts.tag, { allowDigest: false });
        if (bad) throw new DockerError('invalid-argument', bad);
      }
      // Pre-flight lint: errors the server found are likely to fail the build.
      const lint = this.lintErrors(dockerfile);
      if (lint.length && !args.ignoreLint) {
        const first = lint[0];
        const summary = `${path.basename(dockerfile)} has ${lint.length} error diagnostic(s), e.g. line ${first.range.start.line + 1}: ${first.message}`;
        this.log(`⚠ ${summary}`);
        if (interactive) {
          const choice = await vscode.window.showWarningMessage(`Slipway: ${summary}. Build anyway?`, { modal: true }, 'Build Anyway', 'Show Problems');
          if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
          if (choice !== 'Build Anyway') return { ok: false, error: 'cancelled: the Dockerfile has errors', lintErrors: lint.length };
        }
      }
      return await this.build({ ...opts, tags: opts.tag ? [opts.tag] : [] }, lint.length);
    } catch (e) {
      const msg = await this.reportError('build', e);
      return { ok: false, error: msg, errorKind: (e as DockerError).kind };
    }
  }

  /** Runs a build with progress and output; sets or clears the build diagnostic. */
  async build(opts: BuildOptions, lintErrors = 0): Promise<BuildImageOutcome> {
    const ctx = dockerContext();
    const args = buildCommandArgs(opts);
    const uri = vscode.Uri.file(opts.dockerfile);
    this.diagnostics.delete(uri);
    this.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, args)}`);
    const tag = opts.tags?.[0];
    const r = await this.withProgress(`Building ${tag ?? path.basename(opts.dockerfile)}`, (signal, report) =>
      buildImage(ctx, opts, {
        signal,
        onLine: (line) => {
          this.log(line);
          const step = /^(Step \d+\/\d+ : .*|#\d+ \[.*)$/.exec(line);
          if (step) report(step[1]);
        },
      }),
    );
    this.lastDockerfile = opts.dockerfile;
    if (r.ok) {
      if (tag) this.lastImage = tag;
      const took = `${(r.result.durationMs / 1000).toFixed(1)} s`;
      this.log(`✔ built ${tag ?? r.imageId ?? ''} in ${took}`);
      this.showSuccess(`built ${tag ?? r.imageId ?? path.basename(opts.dockerfile)} in ${took}.`);
      return { ok: true, tag, imageId: r.imageId, durationMs: r.result.durationMs, lintErrors };
    }
    if (r.failure?.line !== undefined) {
      const doc = await vscode.workspace.openTextDocument(uri).then(
        (d) => d,
        () => undefined,
      );
      const endLine = r.failure.endLine ?? r.failure.line;
      const range = new vscode.Range(r.failure.line, 0, endLine, doc ? doc.lineAt(Math.min(endLine, doc.lineCount - 1)).text.length : 1000);
      const d = new vscode.Diagnostic(range, `docker build failed here${r.failure.step ? ` (${r.failure.step})` : ''}:\n${r.failure.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'docker build';
      d.code = 'build-failed';
      this.diagnostics.set(uri, [d]);
    }
    const msg = await this.reportError(`build of ${tag ?? path.basename(opts.dockerfile)} failed`, r.error ?? new Error('docker build failed'));
    return { ok: false, tag, failure: r.failure, error: msg, errorKind: r.error?.kind, durationMs: r.result.durationMs, lintErrors };
  }

  // ---------------------------------------------------------------- run

  async runImageCommand(
    args: RunImageArgs,
    interactive: boolean,
  ): Promise<{ ok: boolean; stdout?: string; exitCode?: number | null; containerId?: string; ports?: PortMapping[]; error?: string; errorKind?: string } | undefined> {
    try {
      const ctx = dockerContext();
      await this.ensureEngine(ctx);
      const runStep = (step: number): Step => ({ title: 'Slipway: Run Image', step, totalSteps: 3 });
      const image = args.image ?? (interactive ? await this.pickImage('Image to run', runStep(1)) : this.lastImage);
      if (!image) return undefined;
      let ports = args.ports;
      if (!ports && args.publishExposed !== false) {
        let exposed: ExposedPort[] = [];
        const df = toPath(args.dockerfile) ?? (image === this.lastImage ? this.lastDockerfile : undefined);
        if (df) {
          exposed = exposedPorts(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(df))).toString('utf8'), args.target);
        } else {
          exposed = await imageExposedPorts(ctx, image).catch(() => []);
        }
        const chosen = await choosePorts(exposed, {
          onConflict: interactive
            ? async (c) => {
                const pick = await pickOne(
                  [
                    { label: `Use host port ${c.suggestion}`, value: c.suggestion as number | undefined | 'ask' },
                    { label: 'Enter another host port…', value: 'ask' as const },
                    { label: `Don't publish ${c.exposed.port}`, value: undefined },
                  ],
                  { title: `Slipway: Run ${image}`, placeholder: `Host port ${c.exposed.port} is in use` },
                );
                if (!pick || pick.value === undefined) return undefined;
                if (pick.value !== 'ask') return pick.value;
                const v = await askText({
                  title: `Slipway: Run ${image}`,
                  prompt: `Host port for container port ${c.exposed.port}`,
                  validate: (s) => (/^\d+$/.test(s) && +s > 0 && +s < 65536 ? undefined : 'A port number 1-65535'),
                });
                return v ? Number(v) : undefined;
              }
            : undefined,
        });
        ports = chosen.mappings;
        for (const cf of chosen.conflicts) this.log(`ℹ host port ${cf.exposed.port} is in use; ${ports.find((p) => p.containerPort === cf.exposed.port)?.hostPort ?? 'not published'} instead`);
      }
      let env = args.env;
      let volumes = args.volumes;
      if (interactive) {
        const e = await askText({
          ...runStep(2),
          prompt: 'Environment variables (NAME=value, space separated; empty for none)',
          validate: (t) => {
            try {
              kvList(t);
              return undefined;
            } catch (err) {
              return (err as Error).message;
            }
          },
        });
        if (e === undefined) return undefined;
        env = kvList(e);
        const v = await askText({ ...runStep(3), prompt: 'Volumes (host-path:container-path[:ro], space separated; empty for none)' });
        if (v === undefined) return undefined;
        volumes = v.split(/\s+/).filter(Boolean);
      }
      const follow = args.follow ?? (interactive && args.detach === undefined);
      const detach = args.detach ?? interactive;
      const runOpts = { image, ports, env, volumes, network: args.network, detach, command: args.command, name: args.name, extraArgs: dockerSetting<string[]>('runArgs') ?? [] };
      const published = (ports ?? []).map((p) => `${p.hostIp ?? ''}${p.hostIp ? ':' : ''}${p.hostPort}→${p.containerPort}`).join(', ');
      if (follow) return await this.runFollowed(ctx, { ...runOpts, detach: true, rm: false }, published, ports, args.wait ?? !interactive);
      this.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, runCommandArgs(runOpts))}`);
      const r = await this.withProgress(`Running ${image}`, (signal) => runImage(ctx, runOpts, { signal, onLine: (l) => this.log(l) }));
      this.log(`${r.code === 0 ? '✔' : '✖'} ${detach ? `started ${r.containerId?.slice(0, 12) ?? ''}` : `exited with code ${r.code}`}${published ? `; ports ${published}` : ''}`);
      if (detach) void vscode.window.showInformationMessage(`Slipway: started ${image}${published ? ` (ports ${published})` : ''}.`);
      return { ok: r.code === 0, stdout: r.stdout, exitCode: r.code, containerId: r.containerId, ports };
    } catch (e) {
      return { ok: false, error: await this.reportError('run', e), errorKind: (e as DockerError).kind };
    }
  }

  /**
   * Run Image as people use it: the container starts in the background and is kept when it exits (no --rm), and
   * what it prints streams into "Slipway Docker" until it stops, so a container that only prints and exits shows
   * its output and exit code. With `wait` the result comes once it stopped; otherwise once it started.
   */
  private async runFollowed(
    ctx: DockerContext,
    runOpts: Parameters<typeof runAndFollow>[1],
    published: string,
    ports: PortMapping[] | undefined,
    wait: boolean,
  ): Promise<{ ok: boolean; stdout?: string; exitCode?: number | null; containerId?: string; ports?: PortMapping[] }> {
    this.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, runCommandArgs(runOpts))}`);
    this.output.show(true);
    const ac = new AbortController();
    this.following.add(ac);
    let started!: (id: string) => void;
    const startedP = new Promise<string>((resolve) => (started = resolve));
    const done = runAndFollow(ctx, runOpts, { signal: ac.signal, onLine: (l) => this.log(`│ ${l}`), onStarted: (id) => started(id) })
      .then((r) => {
        const short = r.containerId.slice(0, 12);
        if (r.exitCode === undefined) this.log(`ℹ stopped following ${short} (it is still running)`);
        else this.log(`${r.exitCode === 0 ? '✔' : '✖'} container ${short} (${runOpts.image}) exited with code ${r.exitCode}; it is kept: \`docker logs ${short}\` shows its output again, \`docker rm ${short}\` removes it`);
        return r;
      })
      .finally(() => this.following.delete(ac));
    const id = await Promise.race([startedP, done.then((r) => r.containerId)]);
    this.log(`✔ started ${id.slice(0, 12)}${published ? `; ports ${published}` : ''}; its output follows`);
    if (!wait) {
      this.showSuccess(`started ${runOpts.image}${published ? ` (ports ${published})` : ''}; its output is in "${OUTPUT_CHANNEL_NAME}".`);
      done.catch((e) => void this.reportError('run', e));
      return { ok: true, containerId: id, ports };
    }
    const r = await done;
    return { ok: r.exitCode === 0, stdout: r.output, exitCode: r.exitCode ?? null, containerId: r.containerId, ports };
  }

  // ---------------------------------------------------------------- tag & push

  async tagImageCommand(args: { source?: string; target?: string }): Promise<{ ok: boolean; target?: string; error?: string; errorKind?: string } | undefined> {
    try {
      requireDocker();
      await this.ensureEngine(dockerContext());
      const title = 'Slipway: Tag Image';
      const source = args.source ?? (await this.pickImage('Image to tag', { title, step: 1, totalSteps: 2 }));
      if (!source) return undefined;
      const target =
        args.target ??
        (await askText({ title, step: args.source ? undefined : 2, totalSteps: args.source ? undefined : 2, prompt: `New tag for ${source}`, value: source, validate: (v) => validateImageRef(v, { allowDigest: false }) }));
      if (!target) return undefined;
      this.log(`\n▶ docker tag ${source} ${target}`);
      await tagImage(dockerContext(), source, target);
      this.lastImage = target;
      this.log(`✔ tagged ${target}`);
      return { ok: true, target };
    } catch (e) {
      return { ok: false, error: await this.reportError('tag', e), errorKind: (e as DockerError).kind };
    }
  }

  async pushImageCommand(
    args: PushImageArgs,
    interactive: boolean,
  ): Promise<{ ok: boolean; pushed?: string; digest?: string; error?: string; errorKind?: string } | undefined> {
    let registryForLogin: string | undefined;
    try {
      requireDocker();
      await this.ensureEngine(dockerContext());
      const title = 'Slipway: Push Image';
      const image = args.image ?? (interactive ? await this.pickImage('Image to push', { title, step: 1, totalSteps: 2 }) : this.lastImage);
      if (!image) return undefined;
      const memory = this.context.workspaceState.get<PushMemory>(PUSH_MEMORY_KEY) ?? {};
      let registry = args.registry ?? (dockerSetting<string>('defaultRegistry') || undefined);
      if (interactive && args.registry === undefined) {
        // The registry used last for this image (else in this workspace) comes first: Enter repeats the last push.
        const choices = pushChoices(image, { memory, defaultRegistry: dockerSetting<string>('defaultRegistry') || undefined });
        const pick = await pickOne(
          choices.map(({ label, description, value }) => ({ label, description, value })),
          { title, step: args.image ? undefined : 2, totalSteps: args.image ? undefined : 2, placeholder: `Where to push ${image}` },
        );
        if (!pick) return undefined;
        if (pick.value.startsWith('ask:')) {
          const prefill = pick.value.slice('ask:'.length);
          const v = await askText({
            title,
            prompt: prefill ? `${pick.label.replace('…', '')}: namespace (user or organisation)` : 'Registry (host[:port][/namespace])',
            value: prefill,
            validate: (s) => {
              try {
                retarget(image, s);
                return undefined;
              } catch (e) {
                return (e as Error).message;
              }
            },
          });
          if (!v) return undefined;
          registry = v;
        } else registry = pick.value || undefined;
      }
      const pushTarget = registry ? retarget(image, registry) : image;
      // Docker Hub repositories are public unless made private: the first push of each one is confirmed.
      if (needsDockerHubConfirmation(pushTarget, memory)) {
        if (!interactive) this.log(`ℹ first push of ${pushTarget} to Docker Hub (docker.io)`);
        else {
          const ok = await vscode.window.showWarningMessage(
            `Push ${pushTarget} to Docker Hub (docker.io)?`,
            { modal: true, detail: 'This is the first push of this repository to Docker Hub from this workspace. New Docker Hub repositories are public unless your account makes them private.' },
            'Push to Docker Hub',
          );
          if (ok !== 'Push to Docker Hub') return undefined;
        }
      }
      const ctx = dockerContext();
      const target = registry ? retarget(image, registry) : image;
      registryForLogin = registryOf(target);
      this.log(`\n▶ docker push ${target}${target !== image ? ` (tagged from ${image})` : ''}`);
      const r = await this.withProgress(`Pushing ${target}`, (signal, report) =>
        pushImage(ctx, image, {
          registry,
          signal,
          onLine: (l) => {
            this.log(l);
            report(l);
          },
        }),
      );
      this.lastImage = r.pushed;
      await this.context.workspaceState.update(PUSH_MEMORY_KEY, rememberPush(memory, image, registry ?? '', r.pushed));
      this.log(`✔ pushed ${r.pushed}${r.digest ? ` ${r.digest}` : ''}`);
      this.showSuccess(`pushed ${r.pushed}.`);
      return { ok: true, pushed: r.pushed, digest: r.digest };
    } catch (e) {
      return { ok: false, error: await this.reportError('push', e, { registry: registryForLogin }), errorKind: (e as DockerError).kind };
    }
  }

  // ---------------------------------------------------------------- compose

  async composeCommand(
    action: ComposeAction,
    args: ComposeArgs,
    interactive = false,
  ): Promise<{ ok: boolean; flavor?: string; output?: string; services?: string[]; profiles?: string[]; error?: string; errorKind?: string } | undefined> {
    try {
      requireDocker();
      const ctx = dockerContext();
      await this.ensureEngine(ctx);
      const title = `Slipway: Compose ${action[0].toUpperCase()}${action.slice(1)}`;
      let file = toPath(args.file);
      if (!file) {
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === 'dockercompose' && active.uri.scheme === 'file') file = active.uri.fsPath;
        else file = await this.pickFile('compose', 'Compose file (project)', (d) => d.languageId === 'dockercompose', title);
      }
      if (!file) return undefined;
      let services = args.services;
      let profiles = args.profiles;
      // Which services and profiles: asked when the file has a choice to make (several services, or profiles).
      if (interactive && services === undefined && profiles === undefined && action !== 'build') {
        const facts = composeFileFacts(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(file))).toString('utf8'));
        const picked = await this.pickServices(action, facts, title);
        if (!picked) return undefined;
        ({ services, profiles } = picked);
      }
      const given = args.files?.map((f) => toPath(f)).filter((f): f is string => !!f);
      const project: ComposeProject = { ...composeProjectFor(file, given, args.projectName), profiles };
      const detected = await this.composeFor(ctx);
      const r = await this.withProgress(`Compose ${action} (${path.basename(path.dirname(file))})`, async (signal, report) => {
        const cp = await compose(ctx, signal, detected);
        const named = [...project.files.map((f) => `-f ${f}`), ...(profiles ?? []).map((p) => `--profile ${p}`), action, ...(services ?? [])].join(' ');
        this.log(`\n▶ compose ${named}`);
        const run = {
          signal,
          onLine: (l: string) => {
            this.log(l);
            report(l);
          },
        };
        const sel = { services };
        const res =
          action === 'up'
            ? await cp.up(project, sel, run)
            : action === 'build'
              ? await cp.build(project, sel, run)
              : action === 'down'
                ? await cp.stopRemove(project, sel, run)
                : action === 'restart'
                  ? await cp.restart(project, sel, run)
                  : action === 'pull'
                    ? await cp.pull(project, sel, run)
                    : await cp.logs(project, { tail: args.tail ?? 200, services }, run);
        return { flavor: cp.flavor, output: res.output };
      });
      this.log(`✔ compose ${action} done`);
      if (action === 'logs') this.output.show(true);
      else if (interactive) this.showSuccess(`compose ${action} of ${path.basename(path.dirname(file))}${services?.length ? ` (${services.join(', ')})` : ''} done.`);
      return { ok: true, ...r, services, profiles };
    } catch (e) {
      return { ok: false, error: await this.reportError(`compose ${action}`, e), errorKind: (e as DockerError).kind };
    }
  }

  /** Services (canPickMany) and profiles for a compose action; all services when nothing is picked. */
  private async pickServices(action: ComposeAction, facts: ReturnType<typeof composeFileFacts>, title: string): Promise<{ services?: string[]; profiles?: string[] } | undefined> {
    const totalSteps = facts.profiles.length && action !== 'down' ? 2 : undefined;
    let profiles: string[] | undefined;
    if (totalSteps) {
      const picked = await pickMany(
        facts.profiles.map((p) => ({ label: p, description: facts.services.filter((s) => s.profiles.includes(p)).map((s) => s.name).join(', ') })),
        { title, step: 1, totalSteps, placeholder: 'Profiles to enable (none: only the services without a profile)' },
      );
      if (!picked) return undefined;
      profiles = picked.map((p) => p.label);
    }
    const offered = facts.services.filter((s) => action === 'down' || !s.profiles.length || s.profiles.some((p) => profiles?.includes(p)));
    if (offered.length <= 1) return { profiles: profiles?.length ? profiles : undefined };
    const picked = await pickMany(
      offered.map((s) => ({ label: s.name, description: s.profiles.length ? `profiles: ${s.profiles.join(', ')}` : undefined, picked: true })),
      { title, step: totalSteps ? 2 : undefined, totalSteps, placeholder: `Services to ${action} (all picked = the whole project)` },
    );
    if (!picked) return undefined;
    const all = picked.length === offered.length || picked.length === 0;
    return { services: all ? undefined : picked.map((p) => p.label), profiles: profiles?.length ? profiles : undefined };
  }

  // ---------------------------------------------------------------- lint workspace

  /**
   * Opens every Dockerfile, workflow and compose file as a TextDocument, so the language client sends it to the
   * server, which lints it; waits until diagnostics settle and shows the Problems view.
   */
  async lintWorkspace(): Promise<{ files: number; paths: string[]; errors: number; warnings: number; cancelled: boolean }> {
    const kinds: FileKind[] = ['dockerfile', 'workflow', 'compose', 'action'];
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Slipway: linting the workspace', cancellable: true }, async (progress, token) => {
      const seen = new Map<string, vscode.Uri>();
      for (const k of kinds) for (const u of await findWorkspaceFiles(k, 5000)) seen.set(u.toString(), u);
      const files = [...seen.values()];
      let changed = Date.now();
      const sub = vscode.languages.onDidChangeDiagnostics(() => (changed = Date.now()));
      const docs: vscode.TextDocument[] = [];
      try {
        for (const [i, u] of files.entries()) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(u)}`, increment: 100 / Math.max(1, files.length) });
          try {
            docs.push(await vscode.workspace.openTextDocument(u));
          } catch {
            /* unreadable: skip */
          }
        }
        // The server lints on open; wait until the diagnostics stop changing (at most 15 s).
        const deadline = Date.now() + 15_000;
        while (!token.isCancellationRequested && Date.now() < deadline && Date.now() - changed < 750) await new Promise((r) => setTimeout(r, 100));
      } finally {
        sub.dispose();
      }
      let errors = 0;
      let warnings = 0;
      for (const d of docs) {
        for (const diag of vscode.languages.getDiagnostics(d.uri)) {
          if (diag.severity === vscode.DiagnosticSeverity.Error) errors++;
          else if (diag.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        }
      }
      this.log(`Lint workspace: ${docs.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(`Slipway: linted ${docs.length} file(s): ${errors} error(s), ${warnings} warning(s).`);
      return { files: docs.length, paths: docs.map((d) => vscode.workspace.asRelativePath(d.uri)).sort(), errors, warnings, cancelled: token.isCancellationRequested };
    });
  }
}

// ------------------------------------------------------------------ tasks

export interface DockerTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'build' | 'run' | 'tag' | 'push' | 'compose-up' | 'compose-down' | 'compose-logs';
  dockerfile?: string;
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  image?: string;
  registry?: string;
  composeFile?: string;
}

class DockerTaskProvider implements vscode.TaskProvider {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: (line: string) => void,
  ) {}

  async provideTasks(): Promise<vscode.Task[]> {
    // Offered tasks would run docker: none where docker must not run (VS Code asks for tasks without a user action).
    const blocked = dockerBlocked(workspaceFacts());
    if (blocked) {
      this.log(`slipway-docker tasks: none offered. ${blocked.message}`);
      return [];
    }
    const files = await findWorkspaceFiles('dockerfile', 50);
    const composeFiles = await findWorkspaceFiles('compose', 20);
    const tasks: vscode.Task[] = [];
    for (const f of files) {
      const rel = vscode.workspace.asRelativePath(f);
      const t = await this.resolveTask(this.make({ type: TASK_TYPE, command: 'build', dockerfile: '${workspaceFolder}/' + rel }, `build ${rel}`, f));
      if (t) tasks.push(t);
    }
    for (const f of composeFiles) {
      const rel = vscode.workspace.asRelativePath(f);
      for (const c of ['compose-up', 'compose-down'] as const) {
        const t = await this.resolveTask(this.make({ type: TASK_TYPE, command: c, composeFile: '${workspaceFolder}/' + rel }, `${c} ${rel}`, f));
        if (t) tasks.push(t);
      }
    }
    return tasks;
  }

  private make(def: DockerTaskDefinition, name: string, uri?: vscode.Uri): vscode.Task {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    return new vscode.Task(def, folder ?? vscode.TaskScope.Workspace, name, 'slipway');
  }

  async resolveTask(task: vscode.Task): Promise<vscode.Task | undefined> {
    const def = task.definition as DockerTaskDefinition;
    const folder = typeof task.scope === 'object' ? (task.scope as vscode.WorkspaceFolder).uri.fsPath : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const sub = (s: string | undefined): string | undefined => (s && folder ? s.replace(/\$\{workspaceFolder\}/g, folder) : s);
    let exec: vscode.ProcessExecution;
    let matchers: string[] = [];
    try {
      const ctx = dockerContext();
      const docker = resolveDocker(ctx).path;
      // slipway.docker.host / context for the task's docker too (the process gets VS Code's environment plus this).
      const hostEnv = engineEnv({ host: dockerSetting<string>('host'), context: dockerSetting<string>('context') }) as Record<string, string>;
      switch (def.command) {
        case 'build': {
          const dockerfile = sub(def.dockerfile) ?? (folder ? path.join(folder, 'Dockerfile') : undefined);
          if (!dockerfile) return undefined;
          const args = ['build', '--dockerfile', dockerfile, '--context', sub(def.context) ?? path.dirname(dockerfile), '--docker', docker];
          if (def.tag) args.push('--tag', def.tag);
          if (def.target) args.push('--target', def.target);
          const buildArgs = { ...(dockerSetting<Record<string, string>>('buildArgs') ?? {}), ...(def.buildArgs ?? {}) };
          // Validate now so a bad tag fails in the editor, not in the terminal.
          buildCommandArgs({ dockerfile, context: sub(def.context), tags: def.tag ? [def.tag] : [], target: def.target, buildArgs });
          // Build arguments go in the environment: VS Code prints the command line in the task's terminal.
          exec = new vscode.ProcessExecution(process.execPath, [this.context.asAbsolutePath(path.join('dist', 'docker-task.js')), ...args], {
            cwd: folder,
            env: { ...hostEnv, ELECTRON_RUN_AS_NODE: '1', SLIPWAY_BUILD_ARGS: JSON.stringify(buildArgs) },
          });
          matchers = ['$slipway-docker-build'];
          break;
        }
        case 'run':
          if (!def.image) return undefined;
          // runCommandArgs validates the image, so that a task's `image` can never be read as a docker option.
          exec = new vscode.ProcessExecution(docker, runCommandArgs({ image: def.image, extraArgs: dockerSetting<string[]>('runArgs') ?? [] }), { cwd: folder, env: hostEnv });
          break;
        case 'tag':
          if (!def.image || !def.tag) return undefined;
          exec = new vscode.ProcessExecution(docker, tagCommandArgs(def.image, def.tag), { cwd: folder, env: hostEnv });
          break;
        case 'push': {
          if (!def.image) return undefined;
          const target = def.registry ? retarget(def.image, def.registry) : def.image;
          exec = new vscode.ProcessExecution(docker, pushCommandArgs(target), { cwd: folder, env: hostEnv });
          break;
        }
        case 'compose-up':
        case 'compose-down':
        case 'compose-logs': {
          const file = sub(def.composeFile);
          if (!file) return undefined;
          const cp = await compose(ctx);
          const project = { files: [file] };
          const args = def.command === 'compose-up' ? composeUpArgs(project) : def.command === 'compose-down' ? composeDownArgs(project) : composeLogsArgs(project, { tail: 200 });
          exec = new vscode.ProcessExecution(cp.command.command, [...cp.command.prefix, ...args], { cwd: path.dirname(file), env: hostEnv });
          break;
        }
        default:
          return undefined;
      }
    } catch (e) {
      const untrusted = (e as DockerError).kind === 'untrusted';
      const actions = untrusted ? ['Manage Workspace Trust'] : [];
      void vscode.window.showErrorMessage(`Slipway: task ${task.name}: ${(e as Error).message}`, ...actions).then((choice) => {
        if (choice === 'Manage Workspace Trust') void vscode.commands.executeCommand('workbench.trust.manage');
      });
      return undefined;
    }
    const t = new vscode.Task(def, task.scope ?? vscode.TaskScope.Workspace, task.name, 'slipway', exec, matchers);
    t.group = def.command === 'build' ? vscode.TaskGroup.Build : undefined;
    return t;
  }
}

/** Registers the docker commands, the task provider, the output channel and the build diagnostics. */
export function registerDockerCommands(context: vscode.ExtensionContext): DockerCommands {
  const commands = new DockerCommands(context);
  commands.register();
  context.subscriptions.push(commands);
  return commands;
}
