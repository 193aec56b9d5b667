// What the Docker commands need from the editor (the Editor and Prompts interfaces) and what they share while the
// extension runs (the Session: the engine check, Compose detection, the last image built, the containers being
// followed). No vscode here: commands/editor.ts and commands/prompts.ts implement the interfaces with VS Code, and
// the unit tests with plain objects, so that a command runs from its arguments in plain node.
import * as path from 'node:path';
import type { FILE_GLOBS } from '../../../../server/src/engine/languages';
import type { BuildFailure } from '../build';
import { ComposeCommand, DockerContext, DockerError, EngineInfo, checkEngine, detectCompose, runDocker } from '../cli';
import { validateImageRef } from '../imageRef';

export const OUTPUT_CHANNEL_NAME = 'Slipway Docker';
/** The diagnostic collection (and the diagnostics' source is 'docker build') of a failed build. */
export const BUILD_DIAGNOSTICS = 'slipway-build';

/** A kind of file the commands look for in the workspace. */
export type FileKind = keyof typeof FILE_GLOBS;

/** The restricted Docker settings a command reads (a workspace value counts only in a trusted workspace). */
export type DockerSetting = 'runArgs' | 'buildArgs' | 'defaultRegistry' | 'host' | 'context';

/** Title, step and total for one question of a multi-step command. */
export interface Step {
  title: string;
  step?: number;
  totalSteps?: number;
}

/** One item of a quick pick. */
export interface Choice {
  label: string;
  description?: string;
  picked?: boolean;
}

/** The questions a command may ask; each resolves to undefined when the user dismisses it. */
export interface Prompts {
  /** A quick pick with a title and a step counter. */
  pickOne<T extends Choice>(items: readonly T[], step: Step & { placeholder: string }): Promise<T | undefined>;
  /** A multi-select quick pick (items with `picked` start selected). */
  pickMany<T extends Choice>(items: readonly T[], step: Step & { placeholder: string }): Promise<T[] | undefined>;
  /** An input box; `validate` returns the message that keeps it open. */
  askText(step: Step & { prompt: string; value?: string; validate?: (v: string) => string | undefined }): Promise<string | undefined>;
  /** A folder from the open dialog, starting in `near`. */
  pickFolder(near: string): Promise<string | undefined>;
  /** A modal warning; the action chosen, undefined for Cancel. */
  confirm(message: string, detail: string | undefined, ...actions: string[]): Promise<string | undefined>;
  /** A file of a kind: the only one in the workspace, the active editor's when there is none, else the one picked. */
  pickFile(kind: FileKind, placeholder: string, title: string): Promise<string | undefined>;
  /** The active editor's file when it is on disk and of this kind. */
  activeFile(kind: FileKind): string | undefined;
  /** A folder as the pickers show it: relative to its workspace folder (`.` for the folder itself). */
  folderLabel(dir: string): string;
}

/** What the commands do in the editor besides asking. */
export interface Editor {
  /**
   * Where docker is and its environment. Throws the reason (DockerError 'untrusted' or 'unsupported') when docker
   * must not run in this workspace: every docker process the commands start is located through here.
   */
  dockerContext(): DockerContext;
  setting<T>(key: DockerSetting): T | undefined;
  /** A line in the "Slipway Docker" output channel. */
  log(line: string): void;
  showOutput(): void;
  /** Runs `fn` under a cancellable progress notification. */
  withProgress<T>(title: string, fn: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): PromiseLike<T>;
  /** An error message with the actions that help with its kind (login, settings, trust). */
  showError(message: string, error: DockerError | undefined, extra: { registry?: string }): void;
  /** A success that stays until dismissed, with the way to the output. */
  showSuccess(message: string): void;
  showInfo(message: string): void;
  showProblems(): void;
  readFile(file: string): Promise<string>;
  /** The workspace folder that holds `file`. */
  workspaceFolderOf(file: string): string | undefined;
  /** The error diagnostics the language server reports for a file (not the build's own). */
  lintErrors(file: string): { line: number; message: string }[];
  /** Puts a failed build on its Dockerfile line, or clears the file's build diagnostic (undefined). */
  setBuildFailure(file: string, failure: BuildFailure | undefined): Promise<void>;
  /** Workspace memory (last build options, push registries). */
  state: { get<T>(key: string): T | undefined; update(key: string, value: unknown): PromiseLike<void> };
}

/** What a command that failed returns (the message was also shown and logged). */
export interface Failed {
  ok: false;
  error: string;
  errorKind?: string;
}

/** A key that changes when the docker executable or the daemon it talks to changes (for what is detected once). */
function contextKey(ctx: DockerContext): string {
  return JSON.stringify([ctx.dockerPath ?? '', ctx.env?.DOCKER_HOST ?? '', ctx.env?.DOCKER_CONTEXT ?? '', ctx.env?.PATH ?? '']);
}

/** The state the Docker commands share while the extension runs, and the steps several of them take. */
export class Session {
  /** The image built, tagged or pushed last (offered first, and the default of Run and Push from arguments). */
  lastImage: string | undefined;
  lastDockerfile: string | undefined;
  /** Containers whose output is being followed (stopped following on dispose; the containers keep running). */
  readonly following = new Set<AbortController>();
  /** The engine that answered last, by contextKey, and when (checked again after a minute). */
  private engine: { key: string; at: number; info: EngineInfo } | undefined;
  /** Compose as detected once per contextKey (and said once in the output channel). */
  private readonly composeDetected = new Map<string, ComposeCommand>();

  constructor(
    readonly editor: Editor,
    readonly prompts: Prompts,
  ) {}

  dispose(): void {
    for (const ac of this.following) ac.abort();
  }

  log(line: string): void {
    this.editor.log(line);
  }

  /** Logs and shows an error (with what to do for its kind) and returns it as a command's outcome. */
  fail(what: string, e: unknown, extra: { registry?: string } = {}): Failed {
    const err = e instanceof DockerError ? e : undefined;
    const msg = (e as Error)?.message ?? String(e);
    this.log(`✖ ${what}: ${msg}`);
    this.editor.showError(`Slipway: ${what}: ${msg}`, err, extra);
    return { ok: false, error: msg, errorKind: (e as DockerError)?.kind };
  }

  /**
   * Checks that docker answers (a short `docker version`) before a command asks anything, and throws the
   * daemon-down error with what to do. Remembered for a minute per docker executable and host.
   */
  async ensureEngine(ctx: DockerContext): Promise<EngineInfo> {
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
  async composeFor(ctx: DockerContext, signal?: AbortSignal): Promise<ComposeCommand> {
    const key = contextKey(ctx);
    let cmd = this.composeDetected.get(key);
    if (!cmd) {
      cmd = await detectCompose(ctx, signal);
      this.composeDetected.set(key, cmd);
      this.log(`Compose: ${cmd.flavor === 'v2' && cmd.prefix.length ? `${path.basename(cmd.command)} compose` : path.basename(cmd.command)} ${cmd.version} (Compose ${cmd.flavor}, ${cmd.command})`);
    }
    return cmd;
  }

  /** An image from `docker image ls` (the last one used first), or typed when docker lists none. */
  async pickImage(placeholder: string, step: Step = { title: `Slipway: ${placeholder}` }): Promise<string | undefined> {
    let images: string[] = [];
    try {
      const r = await runDocker(this.editor.dockerContext(), ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { timeoutMs: 20_000 });
      if (r.code === 0) images = r.stdout.split('\n').map((s) => s.trim()).filter((s) => s && !s.includes('<none>'));
    } catch {
      /* fall back to typing */
    }
    if (this.lastImage) images = [this.lastImage, ...images.filter((i) => i !== this.lastImage)];
    if (images.length === 0) return this.prompts.askText({ ...step, prompt: placeholder, validate: (v) => validateImageRef(v) });
    return (await this.prompts.pickOne(images.map((label) => ({ label })), { ...step, placeholder }))?.label.trim();
  }
}

/**
 * A command's steps: read its argument object (`parse`, which throws on an invalid one), check that docker answers,
 * ask for what the arguments leave open (`ask`: undefined when the user dismissed a question), run. A failure of
 * any step is logged, shown and returned as the outcome.
 */
export async function commandSteps<A, R, O>(
  s: Session,
  what: string,
  parse: () => A,
  ask: (args: A, ctx: DockerContext) => Promise<R | undefined>,
  run: (req: R, ctx: DockerContext) => Promise<O>,
): Promise<O | Failed | undefined> {
  try {
    const args = parse();
    // The daemon first: nobody should answer four questions to learn that Docker is not running.
    const ctx = s.editor.dockerContext();
    await s.ensureEngine(ctx);
    const req = await ask(args, ctx);
    return req === undefined ? undefined : await run(req, ctx);
  } catch (e) {
    return s.fail(what, e);
  }
}

/** `NAME=value` pairs, space separated (values may be quoted), as the build-argument and environment prompts take them. */
export function kvList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new DockerError('invalid-argument', `Expected NAME=value, got ${JSON.stringify(part)}`);
    out[part.slice(0, eq)] = part.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** The input-box validation of a kvList: its error message, or undefined. */
export function kvListProblem(text: string): string | undefined {
  try {
    kvList(text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
