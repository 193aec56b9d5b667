/**
 * End-to-end suite that runs INSIDE a real VS Code extension host
 * (code-server via test/e2e/run.ts, or desktop VS Code via
 * test/electron/run.ts). It is loaded through `extensionTestsPath`, so VS Code
 * calls the exported `run()`.
 *
 * Results are written as JSON to the file named by $SLIPWAY_E2E_RESULTS:
 *   { "checks": [ { "name": string, "ok": boolean, "detail": string } ], ... }
 * The file is written even when something throws. When the harness also sets
 * $SLIPWAY_E2E_RELEASE, run() keeps the extension host alive after writing the
 * results until that file exists (so the harness can inspect the UI while the
 * extension is still running), for at most SLIPWAY_E2E_HOLD_MS (default 90 s).
 *
 * To add a feature test, append a `{ name, run }` entry to `checks` below. A
 * check passes when `run` resolves (its string result becomes the detail) and
 * fails when it throws.
 *
 * Scenarios ($SLIPWAY_E2E_SCENARIO):
 *   trusted (default)  `checks`, in a workspace VS Code trusts.
 *   restricted         the workspace is opened in Restricted Mode: `restrictedChecks` run and their results are
 *                      written to $SLIPWAY_E2E_RESULTS; then the suite waits until the harness grants trust
 *                      through the UI, runs `grantedChecks` and writes those to $SLIPWAY_E2E_RESULTS_GRANTED.
 * The harness gives the workspace a `.vscode/settings.json` whose slipway.docker.path is a program that writes
 * $SLIPWAY_E2E_MARKER when it runs ($SLIPWAY_E2E_EVIL_DOCKER): Slipway must never run it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'slipway.slipway';

interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  ms: number;
}

export interface Check {
  name: string;
  run: (ctx: Context) => Promise<string | void>;
}

export interface Context {
  workspace: vscode.Uri;
  /** Opens a workspace-relative file in an editor (cached). */
  open: (rel: string) => Promise<vscode.TextDocument>;
}

/** Expected diagnostics: 0-based lines as in the vscode API. */
interface ExpectedDiagnostic {
  code: string;
  line: number;
  /** 0-based start and end columns, when the check pins the range. */
  character?: number;
  endCharacter?: number;
  severity: vscode.DiagnosticSeverity;
  /** The code's documentation link, when the check pins it. */
  target?: string;
}

const EXPECTED: Record<string, ExpectedDiagnostic[]> = {
  // test/e2e/fixtures/workspace/Dockerfile
  Dockerfile: [
    // RUN mkdir -p $HOME/.cache: from the real shellcheck on PATH (CI installs it), on $HOME exactly, with the wiki page
    { code: 'SC2086', line: 2, character: 13, endCharacter: 18, severity: vscode.DiagnosticSeverity.Information, target: 'https://www.shellcheck.net/wiki/SC2086' },
    { code: 'DL3011', line: 6, severity: vscode.DiagnosticSeverity.Error }, // EXPOSE 70000
    { code: 'JSONArgsRecommended', line: 7, severity: vscode.DiagnosticSeverity.Warning }, // CMD gunicorn app:app
  ],
  // test/e2e/fixtures/workspace/.github/workflows/ci.yml
  '.github/workflows/ci.yml': [
    { code: 'unknown-key', line: 5, severity: vscode.DiagnosticSeverity.Error }, // foo: bar
  ],
  // test/e2e/fixtures/workspace/compose.yaml
  'compose.yaml': [
    { code: 'compose-undefined-service', line: 5, severity: vscode.DiagnosticSeverity.Error }, // depends_on: [databse]
  ],
};

const DIAGNOSTICS_TIMEOUT_MS = 60_000;
const ACTIVATION_TIMEOUT_MS = 30_000;
/**
 * Whole-suite budget: every wait is cut to what is left of it, so a broken
 * extension makes each check fail fast once the budget is spent and the
 * results file is still written before the harness gives up. The harness
 * sets SLIPWAY_E2E_SUITE_BUDGET_MS below its own timeout.
 */
const SUITE_BUDGET_MS = Number(process.env.SLIPWAY_E2E_SUITE_BUDGET_MS || 90_000);
let suiteDeadline = Date.now() + SUITE_BUDGET_MS;

// ------------------------------------------------------------------ helpers

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a non-undefined value or the timeout hits. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  timeoutMs = Math.max(1_000, Math.min(timeoutMs, suiteDeadline - Date.now()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Diagnostic.code may be a string, a number or `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code as unknown;
  if (c === undefined || c === null) return undefined;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  if (typeof c === 'object' && 'value' in (c as object)) return String((c as { value: unknown }).value);
  return undefined;
}

function severityName(s: vscode.DiagnosticSeverity): string {
  return vscode.DiagnosticSeverity[s] ?? String(s);
}

function describe(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(no diagnostics)';
  return ds
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${severityName(d.severity)} ${d.source ?? '-'}(${codeOf(d) ?? '-'}) ${d.message}`)
    .join('; ');
}

function slipwayDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'slipway');
}

/** Waits until every expected diagnostic is present for the file; returns a summary. */
async function expectDiagnostics(ctx: Context, rel: string): Promise<string> {
  const doc = await ctx.open(rel);
  const expected = EXPECTED[rel];
  const matches = (d: vscode.Diagnostic, e: ExpectedDiagnostic): boolean =>
    codeOf(d) === e.code &&
    d.range.start.line === e.line &&
    d.severity === e.severity &&
    (e.character === undefined || (d.range.start.character === e.character && d.range.end.line === e.line && d.range.end.character === e.endCharacter)) &&
    (e.target === undefined || (typeof d.code === 'object' && d.code.target.toString() === e.target));
  try {
    await waitFor(
      `diagnostics ${expected.map((e) => e.code).join(', ')} on ${rel}`,
      () => {
        const ds = slipwayDiagnostics(doc.uri);
        return expected.every((e) => ds.some((d) => matches(d, e))) ? true : undefined;
      },
      DIAGNOSTICS_TIMEOUT_MS,
    );
  } catch (err) {
    const all = vscode.languages.getDiagnostics(doc.uri);
    const missing = expected
      .filter((e) => !all.some((d) => matches(d, e) && d.source === 'slipway'))
      .map((e) => `${e.code}@${e.line}/${severityName(e.severity)}`);
    throw new Error(
      `${(err as Error).message}; languageId=${doc.languageId}; missing: ${missing.join(', ')}; got: ${describe(all)}`,
    );
  }
  const ds = slipwayDiagnostics(doc.uri);
  // The code's target (if any) must be a URI, as documented in the contract.
  for (const d of ds) {
    const c = d.code as unknown;
    if (c !== null && typeof c === 'object' && !((c as { target?: unknown }).target instanceof vscode.Uri)) {
      throw new Error(`diagnostic ${codeOf(d)} has a code object without a Uri target`);
    }
  }
  return `languageId=${doc.languageId}; ${describe(ds)}`;
}

// ------------------------------------------------------------------ checks

export const checks: Check[] = [
  {
    name: 'extension slipway.slipway is installed',
    run: async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      if (!ext) {
        const ids = vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.'));
        throw new Error(`extension ${EXTENSION_ID} not found; non-builtin extensions: ${ids.join(', ') || '(none)'}`);
      }
      return `version ${ext.packageJSON.version} at ${ext.extensionUri.toString()}`;
    },
  },
  {
    name: 'extension activates when a Dockerfile is opened',
    run: async (ctx) => {
      const doc = await ctx.open('Dockerfile');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      if (!ext) throw new Error('extension not found');
      const t0 = Date.now();
      await waitFor('extension activation', () => (ext.isActive ? true : undefined), ACTIVATION_TIMEOUT_MS);
      return `languageId=${doc.languageId}; active after ${Date.now() - t0} ms`;
    },
  },
  {
    name: 'Dockerfile diagnostics (DL3011 error, JSONArgsRecommended warning, ShellCheck SC2086 on $HOME)',
    run: (ctx) => expectDiagnostics(ctx, 'Dockerfile'),
  },
  {
    name: 'workflow diagnostics (unknown-key error)',
    run: (ctx) => expectDiagnostics(ctx, '.github/workflows/ci.yml'),
  },
  {
    name: 'completion after COPY --from= offers the earlier stages',
    run: async (ctx) => {
      const doc = await ctx.open('multistage/Dockerfile');
      const line = doc.getText().split('\n').indexOf('COPY --from=');
      if (line < 0) throw new Error('fixture line "COPY --from=" not found');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        new vscode.Position(line, 'COPY --from='.length),
      );
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const want of ['deps', 'builder']) if (!labels.includes(want)) throw new Error(`no "${want}" in ${JSON.stringify(labels)}`);
      return `items: ${labels.join(', ')}`;
    },
  },
  {
    name: 'rename of a stage updates FROM … AS and COPY --from',
    run: async (ctx) => {
      const doc = await ctx.open('multistage/Dockerfile');
      const line = doc.getText().split('\n').indexOf('FROM deps AS builder');
      const pos = new vscode.Position(line, 'FROM deps AS b'.length);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'build');
      if (!edit || !(await vscode.workspace.applyEdit(edit))) throw new Error('rename produced no edit');
      const text = doc.getText();
      if (!text.includes('FROM deps AS build\n') || !text.includes('COPY --from=build /src /app') || text.includes('builder')) {
        throw new Error(`unexpected text after rename:\n${text}`);
      }
      return `${edit.size} file(s) edited`;
    },
  },
  {
    name: 'Compose diagnostics (compose-undefined-service error)',
    run: (ctx) => expectDiagnostics(ctx, 'compose.yaml'),
  },
  {
    name: 'workflow completion: needs offers the other job ids, with: of actions/setup-python@v5 offers python-version',
    run: async (ctx) => {
      const doc = await ctx.open('.github/workflows/editing.yml');
      const lines = doc.getText().split('\n');
      const labelsAt = async (line: number, character: number) => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
        return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      };
      const needsLine = lines.indexOf('    needs: lint');
      const withLine = lines.indexOf('          cache: pip');
      if (needsLine < 0 || withLine < 0) throw new Error('fixture lines not found in editing.yml');
      const needs = await labelsAt(needsLine, '    needs: '.length);
      for (const want of ['build', 'lint']) if (!needs.includes(want)) throw new Error(`needs: no "${want}" in ${JSON.stringify(needs)}`);
      if (needs.includes('deploy')) throw new Error(`needs offers the job itself: ${JSON.stringify(needs)}`);
      const inputs = await labelsAt(withLine, '          '.length);
      if (!inputs.includes('python-version')) throw new Error(`with: no "python-version" in ${JSON.stringify(inputs)}`);
      return `needs: ${needs.join(', ')}; with: ${inputs.length} inputs`;
    },
  },
  {
    name: 'workflow rename: a job id, and every needs: follows it',
    run: async (ctx) => {
      const doc = await ctx.open('.github/workflows/editing.yml');
      const line = doc.getText().split('\n').indexOf('  lint:');
      if (line < 0) throw new Error('fixture line "  lint:" not found');
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(line, 3), 'check');
      if (!edit || !(await vscode.workspace.applyEdit(edit))) throw new Error('rename produced no edit');
      const lines = doc.getText().split('\n');
      if (lines[line] !== '  check:' || !lines.includes('    needs: check') || doc.getText().includes('lint:') || doc.getText().includes('needs: lint')) {
        throw new Error(`unexpected text after rename:\n${doc.getText()}`);
      }
      return `${edit.size} file(s) edited`;
    },
  },
  {
    name: 'Compose: go to definition on build.target opens the stage in the Dockerfile',
    run: async (ctx) => {
      const doc = await ctx.open('compose.yaml');
      const line = doc.getText().split('\n').indexOf('      target: deps');
      if (line < 0) throw new Error('fixture line "      target: deps" not found');
      const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(line, '      target: de'.length));
      const first = locs?.[0];
      const uri = first && ('targetUri' in first ? first.targetUri : first.uri);
      const range = first && ('targetUri' in first ? first.targetSelectionRange ?? first.targetRange : first.range);
      const want = vscode.Uri.joinPath(ctx.workspace, 'multistage', 'Dockerfile').toString();
      if (!uri || uri.toString() !== want || !range || range.start.line !== 0 || range.start.character !== 'FROM python:3.12-slim AS '.length || range.end.character !== 'FROM python:3.12-slim AS deps'.length) {
        throw new Error(`definition: ${JSON.stringify(locs)}`);
      }
      await vscode.window.showTextDocument(uri, { selection: range, preview: true });
      const shown = vscode.window.activeTextEditor;
      if (shown?.document.uri.toString() !== want || shown.document.getText(shown.selection) !== 'deps') throw new Error(`the editor shows ${shown?.document.uri.toString()}`);
      return `${uri.toString().split('/').slice(-2).join('/')}:${range.start.line + 1}:${range.start.character + 1}`;
    },
  },
  {
    // Leave the Dockerfile in the active editor so the harness's screenshots
    // and UI checks (squiggles, Problems panel) see it.
    name: 'Dockerfile is shown in the active editor',
    run: async (ctx) => {
      const doc = await ctx.open('Dockerfile');
      await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active !== doc.uri.toString()) throw new Error(`active editor is ${active ?? '(none)'}`);
      return doc.uri.toString();
    },
  },
];

// ------------------------------------------------------------------ docker: build → run → push

interface BuildOutcome {
  ok: boolean;
  tag?: string;
  imageId?: string;
  error?: string;
  errorKind?: string;
  failure?: { line?: number; step?: string; message: string };
  durationMs?: number;
}

checks.push({
  // The harness starts a private dockerd + registry (scripts/docker-daemon.sh, scripts/registry.sh), passes
  // DOCKER_HOST and SLIPWAY_E2E_REGISTRY to code-server, and writes busybox-app/ into the workspace. The commands
  // use the docker CLI on PATH, exactly as a user's would.
  name: 'docker: Build Image → Run Image → Push Image (real daemon + registry), failed build on its line',
  run: async (ctx) => {
    const registry = process.env.SLIPWAY_E2E_REGISTRY;
    if (!registry || !process.env.DOCKER_HOST) {
      const why = process.env.SLIPWAY_E2E_DOCKER_MISSING ?? 'the harness started no docker daemon';
      if (process.env.SLIPWAY_E2E_REQUIRE_DOCKER === '1') throw new Error(why);
      return `NOT RUN: ${why}`;
    }
    const app = vscode.Uri.joinPath(ctx.workspace, 'busybox-app');
    const dockerfile = vscode.Uri.joinPath(app, 'Dockerfile').fsPath;
    const tag = 'slipway-e2e/busybox:1';
    const lines: string[] = [];
    // First a failing RUN: it becomes a diagnostic on its line. (Then the good cycle, whose push ends the output.)
    const failing = vscode.Uri.joinPath(app, 'failing.Dockerfile');
    const bad = await vscode.commands.executeCommand<BuildOutcome>('slipway.buildImage', { dockerfile: failing.fsPath, context: app.fsPath, tag: 'slipway-e2e/failing:1' });
    if (bad?.ok !== false || bad.failure?.line !== 3) throw new Error(`failing build: ${JSON.stringify(bad)}`);
    const diag = await waitFor(
      'the build-failed diagnostic',
      () => vscode.languages.getDiagnostics(failing).find((d) => d.source === 'docker build' && d.range.start.line === 3),
      10_000,
    );
    lines.push(`failing build: diagnostic on line ${diag.range.start.line + 1}: ${diag.message.split('\n')[0]}`);
    const t0 = Date.now();
    const build = await vscode.commands.executeCommand<BuildOutcome>('slipway.buildImage', { dockerfile, context: app.fsPath, tag });
    if (!build?.ok) throw new Error(`build failed: ${JSON.stringify(build)}`);
    lines.push(`build ${tag}: ok, image ${build.imageId} (${Date.now() - t0} ms)`);

    const t1 = Date.now();
    const run = await vscode.commands.executeCommand<{ ok: boolean; stdout?: string; exitCode?: number; ports?: Array<{ hostPort: number; containerPort: number }>; error?: string }>(
      'slipway.runImage',
      { image: tag, dockerfile, detach: false },
    );
    if (!run?.ok || run.stdout?.trim() !== 'hello from slipway e2e') throw new Error(`run: ${JSON.stringify(run)}`);
    const ports = (run.ports ?? []).map((p) => `${p.hostPort}->${p.containerPort}`).join(', ');
    lines.push(`run: printed "${run.stdout.trim()}", EXPOSE published as ${ports || '(none)'} (${Date.now() - t1} ms)`);
    if (!run.ports?.some((p) => p.containerPort === 8080)) throw new Error(`EXPOSE 8080 was not published: ${JSON.stringify(run.ports)}`);

    // Run Image as the interactive command runs it: in the background, kept when it exits, its output followed
    // into "Slipway Docker" (what `stdout` returns is what was written there).
    const followed = await vscode.commands.executeCommand<{ ok: boolean; stdout?: string; exitCode?: number; containerId?: string; error?: string }>('slipway.runImage', {
      image: tag,
      publishExposed: false,
      follow: true,
      wait: true,
    });
    if (!followed?.ok || followed.exitCode !== 0 || followed.stdout?.trim() !== 'hello from slipway e2e' || !followed.containerId) {
      throw new Error(`followed run: ${JSON.stringify(followed)}`);
    }
    lines.push(`followed run: container ${followed.containerId.slice(0, 12)} printed "${followed.stdout.trim()}" and exited 0 (kept)`);

    const t2 = Date.now();
    const push = await vscode.commands.executeCommand<{ ok: boolean; pushed?: string; digest?: string; error?: string }>('slipway.pushImage', { image: tag, registry });
    if (!push?.ok) throw new Error(`push: ${JSON.stringify(push)}`);
    const res = await fetch(`http://${registry}/v2/slipway-e2e/busybox/tags/list`);
    const list = (await res.json()) as { name: string; tags: string[] };
    if (!list.tags?.includes('1')) throw new Error(`registry lists ${JSON.stringify(list)}`);
    lines.push(`push ${push.pushed} ${push.digest}; registry /v2/slipway-e2e/busybox/tags/list = ${JSON.stringify(list)} (${Date.now() - t2} ms)`);

    await vscode.commands.executeCommand('slipway.showDockerOutput');
    return lines.join('\n');
  },
});

checks.push({
  // After the build above: the view lists the image; a long-running container of it (started by the test with the
  // docker CLI against the harness's daemon) is listed running, and the view's Stop stops it.
  name: 'Images & Containers view: lists the built image and a running container, and its Stop stops it (real daemon)',
  run: async () => {
    if (!process.env.SLIPWAY_E2E_REGISTRY || !process.env.DOCKER_HOST) {
      const why = process.env.SLIPWAY_E2E_DOCKER_MISSING ?? 'the harness started no docker daemon';
      if (process.env.SLIPWAY_E2E_REQUIRE_DOCKER === '1') throw new Error(why);
      return `NOT RUN: ${why}`;
    }
    await vscode.commands.executeCommand('workbench.view.extension.slipway-docker');
    type Listing = { images?: string[]; containers?: { name: string; state: string; contextValue: string }[]; error?: string; message?: string };
    const refresh = () => vscode.commands.executeCommand<Listing>('slipway.dockerView.refresh');
    const first = await refresh();
    if (first?.error || !first?.images?.includes('slipway-e2e/busybox:1')) throw new Error(`the view lists: ${JSON.stringify(first)}`);
    const docker = (args: string[]) => execFileSync('docker', args, { encoding: 'utf8', timeout: 60_000 }).trim();
    const name = 'slipway-e2e-sleeper';
    docker(['run', '-d', '--name', name, 'slipway-e2e/busybox:1', 'sleep', '300']);
    try {
      const running = await waitFor(
        `${name} running in the view`,
        async () => ((await refresh())?.containers ?? []).find((c) => c.name === name && c.state === 'running'),
        20_000,
      );
      const stopped = await vscode.commands.executeCommand<unknown>('slipway.dockerView.stopContainer', { id: name });
      const state = await waitFor(`${name} stopped in the daemon`, () => {
        const s = docker(['inspect', '-f', '{{.State.Status}}', name]);
        return s === 'running' ? undefined : s;
      }, 30_000);
      const after = ((await refresh())?.containers ?? []).find((c) => c.name === name);
      if (after?.state === 'running') throw new Error(`the view still shows ${name} running`);
      return `images: ${first.images.join(', ')}; ${name}: ${running.contextValue} → daemon ${state}, view ${after?.contextValue} (stop answered ${JSON.stringify(stopped)})`;
    } finally {
      try {
        docker(['rm', '-f', name]);
      } catch {
        /* already gone */
      }
    }
  },
});

checks.push({
  // The search patterns come from server/src/engine/languages.ts; the old compose pattern had an empty brace
  // alternative (`{,.*}`) and VS Code's search found no compose file at all, so no compose task was offered.
  // (Lint Workspace searches with the same patterns; it is not run here: it would fill the Problems panel that the
  // harness reads afterwards.)
  name: 'file search: the slipway-docker tasks are offered for compose.yaml at the root and for each Dockerfile',
  run: async () => {
    const { tasks } = await slipwayTasks();
    const names = tasks.map((t) => t.name).sort();
    const composeAvailable = onPath('docker-compose') !== undefined;
    const want = ['build Dockerfile', 'build multistage/Dockerfile', ...(composeAvailable ? ['compose-up compose.yaml', 'compose-down compose.yaml'] : [])];
    for (const w of want) if (!names.includes(w)) throw new Error(`no task "${w}": ${JSON.stringify(names)}`);
    return `${tasks.length} task(s): ${names.join(', ')}${composeAvailable ? '' : ' (no docker-compose on PATH: compose tasks not expected)'}`;
  },
});

// ------------------------------------------------------------------ workspace trust

const TASK_TYPE = 'slipway-docker';
const DOCKER_SETTINGS = ['path', 'runArgs', 'buildArgs', 'defaultRegistry'] as const;
// A refused command returns at once; one that did not refuse would wait in a quick pick (interactive form) or run
// docker. 20 s is far above the few ms a refusal takes.
const REFUSAL_HANG_MS = 20_000;

/** The program the workspace's settings name as slipway.docker.path and the file it writes when it runs. */
function evilDocker(): { program: string; marker: string } | undefined {
  const program = process.env.SLIPWAY_E2E_EVIL_DOCKER;
  const marker = process.env.SLIPWAY_E2E_MARKER;
  return program && marker ? { program, marker } : undefined;
}

function assertMarkerAbsent(): string {
  const evil = evilDocker();
  if (!evil) throw new Error('the harness set no SLIPWAY_E2E_EVIL_DOCKER / SLIPWAY_E2E_MARKER');
  if (fs.existsSync(evil.marker)) throw new Error(`the workspace's program ran: ${fs.readFileSync(evil.marker, 'utf8').trim()}`);
  return `${path.basename(evil.marker)} absent`;
}

function onPath(bin: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, bin))) return path.join(dir, bin);
  }
  return undefined;
}

/** The harness also sets this (unrestricted) setting in the workspace: VS Code must have read the file. */
function assertWorkspaceSettingsRead(): void {
  const value = vscode.workspace.getConfiguration('slipway.format').get('ignoreMultilineInstructions');
  if (value !== true) throw new Error(`the workspace's .vscode/settings.json was not read (slipway.format.ignoreMultilineInstructions=${JSON.stringify(value)})`);
}

/** What VS Code resolves for each Docker setting, and what inspect() says it found where. */
function describeDockerSettings(): string {
  const c = vscode.workspace.getConfiguration('slipway.docker');
  return DOCKER_SETTINGS.map((k) => {
    const i = c.inspect(k);
    return `${k}: get=${JSON.stringify(c.get(k))} user=${JSON.stringify(i?.globalValue)} workspace=${JSON.stringify(i?.workspaceValue)}`;
  }).join('\n');
}

/** The program each slipway-docker task would start (build tasks run docker-task.js with `--docker <path>`). */
function taskPrograms(tasks: readonly vscode.Task[]): string[] {
  return tasks.map((t) => {
    const exec = t.execution;
    if (!(exec instanceof vscode.ProcessExecution)) return `${t.name}: ${exec ? exec.constructor.name : 'no execution'}`;
    const i = exec.args.indexOf('--docker');
    return i >= 0 ? String(exec.args[i + 1]) : exec.process;
  });
}

/** Fetches the slipway-docker tasks; throws when one of them would start the workspace's program. */
async function slipwayTasks(): Promise<{ tasks: vscode.Task[]; programs: string[] }> {
  const tasks = await vscode.tasks.fetchTasks({ type: TASK_TYPE });
  const programs = taskPrograms(tasks);
  const evil = evilDocker();
  if (evil && programs.includes(evil.program)) {
    throw new Error(`a task would run the workspace's program: ${programs.join(', ')}`);
  }
  return { tasks, programs };
}

/**
 * Throws unless every build task carries its build arguments (slipway.docker.buildArgs) in SLIPWAY_BUILD_ARGS and
 * none on its command line, which VS Code echoes in the task's terminal. Returns how many build tasks it checked.
 */
function assertBuildArgsInEnvironment(tasks: readonly vscode.Task[]): number {
  const want = vscode.workspace.getConfiguration('slipway.docker').get<Record<string, string>>('buildArgs') ?? {};
  if (Object.keys(want).length === 0) throw new Error('the workspace sets no slipway.docker.buildArgs to look for');
  const builds = tasks.filter((t) => (t.definition as { command?: string }).command === 'build');
  for (const t of builds) {
    const exec = t.execution as vscode.ProcessExecution;
    const line = [exec.process, ...exec.args].join(' ');
    // An argument naming a build argument or equal to its value (not a substring of the whole line: the value "1"
    // is in many a temporary folder's name).
    const leaked = exec.args.some((a) => a === '--build-arg' || Object.entries(want).some(([k, v]) => a.includes(k) || a === v || a.endsWith(`=${v}`)));
    if (leaked) throw new Error(`${t.name}: build arguments on the command line: ${line}`);
    const env = JSON.parse(exec.options?.env?.SLIPWAY_BUILD_ARGS ?? '{}') as Record<string, string>;
    for (const [k, v] of Object.entries(want)) if (env[k] !== v) throw new Error(`${t.name}: SLIPWAY_BUILD_ARGS lacks ${k}: ${JSON.stringify(Object.keys(env))}`);
  }
  return builds.length;
}

interface CommandOutcome {
  ok?: boolean;
  error?: string;
  errorKind?: string;
}

async function refuses(command: string, arg: unknown): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), REFUSAL_HANG_MS)));
  try {
    const outcome = await Promise.race([vscode.commands.executeCommand<CommandOutcome | undefined>(command, arg), hang]);
    if (outcome === 'hang') {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      throw new Error(`${command} did not return within ${REFUSAL_HANG_MS} ms (it did not refuse)`);
    }
    if (!outcome || outcome.ok !== false || outcome.errorKind !== 'untrusted' || !/Restricted Mode/.test(outcome.error ?? '')) {
      throw new Error(`${command} did not refuse: ${JSON.stringify(outcome)}`);
    }
    return `${command}: refused`;
  } finally {
    clearTimeout(timer);
  }
}

// In a trusted workspace (the main scenario) whose .vscode/settings.json names a program as slipway.docker.path.
checks.push({
  name: "trusted workspace: the workspace's slipway.docker.path is ignored (machine scope); tasks run docker from PATH",
  run: async () => {
    const evil = evilDocker();
    if (!evil) return 'NOT RUN: the harness set no SLIPWAY_E2E_EVIL_DOCKER';
    if (!vscode.workspace.isTrusted) throw new Error('the workspace is not trusted');
    assertWorkspaceSettingsRead();
    const c = vscode.workspace.getConfiguration('slipway.docker');
    if (c.get('path') === evil.program) throw new Error(`VS Code resolved slipway.docker.path to the workspace value ${evil.program}`);
    // Resolving the tasks locates docker (and runs `docker compose version` for the compose tasks).
    const { tasks, programs } = await slipwayTasks();
    const docker = onPath('docker');
    if (docker && tasks.length === 0) throw new Error('docker is on PATH but no slipway-docker task was offered');
    if (docker && !programs.some((p) => path.basename(p) === 'docker')) throw new Error(`no task runs docker from PATH: ${programs.join(', ')}`);
    return `${describeDockerSettings().split('\n')[0]}\n${tasks.length} task(s) run ${[...new Set(programs)].join(', ') || '(none: docker is not on PATH)'}; ${assertMarkerAbsent()}`;
  },
});

checks.push({
  // The harness sets slipway.docker.buildArgs = { SLIPWAY_E2E_TOKEN: ... } and writes busybox-app/args.Dockerfile,
  // whose RUN fails unless that build argument reaches docker.
  name: 'docker: a slipway-docker build task runs in the terminal; its build arguments reach docker through the environment, not the echoed command line',
  run: async () => {
    if (!process.env.SLIPWAY_E2E_REGISTRY || !process.env.DOCKER_HOST) {
      const why = process.env.SLIPWAY_E2E_DOCKER_MISSING ?? 'the harness started no docker daemon';
      if (process.env.SLIPWAY_E2E_REQUIRE_DOCKER === '1') throw new Error(why);
      return `NOT RUN: ${why}`;
    }
    const { tasks } = await slipwayTasks();
    const builds = assertBuildArgsInEnvironment(tasks);
    const task = tasks.find((t) => (t.definition as { dockerfile?: string }).dockerfile?.endsWith('busybox-app/args.Dockerfile'));
    if (!task) throw new Error(`no build task for busybox-app/args.Dockerfile among ${tasks.map((t) => t.name).join(', ')}`);
    let sub: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const ended = new Promise<number | undefined | 'hang'>((resolve) => {
      sub = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.name === task.name) resolve(e.exitCode);
      });
      timer = setTimeout(() => resolve('hang'), 120_000);
    });
    const t0 = Date.now();
    try {
      await vscode.tasks.executeTask(task);
      const code = await ended;
      if (code !== 0) throw new Error(`the task "${task.name}" ended with ${code === 'hang' ? 'no exit within 120 s' : `exit code ${code}`}`);
    } finally {
      sub?.dispose();
      clearTimeout(timer);
    }
    return `${builds} build task(s) checked; "${task.name}" exited 0 in ${Date.now() - t0} ms`;
  },
});

/** The workspace is opened in Restricted Mode; its settings name a program and set the other Docker settings. */
export const restrictedChecks: Check[] = [
  {
    name: 'restricted: the workspace is opened in Restricted Mode',
    run: async () => {
      if (vscode.workspace.isTrusted) throw new Error('vscode.workspace.isTrusted is true');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      if (!ext) throw new Error('extension not found');
      return `isTrusted=false; untrustedWorkspaces=${JSON.stringify(ext.packageJSON.capabilities?.untrustedWorkspaces?.supported)}`;
    },
  },
  {
    name: 'restricted: Dockerfile and Compose diagnostics still appear (linting works)',
    run: async (ctx) => {
      const compose = await expectDiagnostics(ctx, 'compose.yaml');
      const dockerfile = await expectDiagnostics(ctx, 'Dockerfile');
      return `${dockerfile}\n${compose}`;
    },
  },
  {
    name: "restricted: VS Code ignores the workspace's Docker settings (restrictedConfigurations, machine scope)",
    run: async () => {
      assertWorkspaceSettingsRead();
      const c = vscode.workspace.getConfiguration('slipway.docker');
      const wrong: string[] = [];
      for (const k of DOCKER_SETTINGS) {
        const i = c.inspect(k);
        if (JSON.stringify(c.get(k)) !== JSON.stringify(i?.defaultValue)) wrong.push(`${k}=${JSON.stringify(c.get(k))}`);
      }
      if (wrong.length) throw new Error(`workspace values applied in Restricted Mode: ${wrong.join(', ')}\n${describeDockerSettings()}`);
      return describeDockerSettings();
    },
  },
  {
    name: 'restricted: Build / Run / Tag / Push / Compose / Build Stage refuse with the Restricted Mode message',
    run: async (ctx) => {
      const dockerfile = vscode.Uri.joinPath(ctx.workspace, 'Dockerfile');
      const compose = vscode.Uri.joinPath(ctx.workspace, 'compose.yaml');
      const lines = [
        // The menu form (a Uri) is interactive: it must refuse before asking anything.
        await refuses('slipway.buildImage', dockerfile),
        await refuses('slipway.buildImage', { dockerfile: dockerfile.fsPath, tag: 'slipway-e2e/restricted:1' }),
        await refuses('slipway.runImage', dockerfile),
        await refuses('slipway.runImage', { image: 'alpine:3', detach: false }),
        await refuses('slipway.tagImage', { source: 'alpine:3', target: 'slipway-e2e/alpine:3' }),
        await refuses('slipway.pushImage', { image: 'alpine:3' }),
        await refuses('slipway.composeUp', { file: compose.fsPath }),
        await refuses('slipway.composeDown', { file: compose.fsPath }),
        await refuses('slipway.composeLogs', { file: compose.fsPath }),
        await refuses('slipway.buildStage', { uri: vscode.Uri.joinPath(ctx.workspace, 'multistage', 'Dockerfile').toString(), target: 'deps' }),
      ];
      // Leave the Dockerfile in front for the harness's screenshot.
      await vscode.window.showTextDocument(await ctx.open('Dockerfile'), { preview: false });
      return `${lines.join('; ')}; ${assertMarkerAbsent()}`;
    },
  },
  {
    // VS Code 1.100 itself asks the user for trust before vscode.tasks.fetchTasks or executeTask do anything in
    // Restricted Mode, and under extension tests that dialog is refused, so the request never settles: the
    // provider is asked directly here (through the extension's exports), as VS Code would ask it.
    name: 'restricted: the slipway-docker task provider is not registered, offers nothing and resolves nothing',
    run: async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      const docker = (ext?.exports as { docker?: { taskProvider: vscode.TaskProvider; tasksRegistered: boolean } } | undefined)?.docker;
      if (!docker) throw new Error('the extension exports no docker commands');
      if (docker.tasksRegistered) throw new Error('the task provider is registered in Restricted Mode');
      const token = new vscode.CancellationTokenSource().token;
      const offered = (await docker.taskProvider.provideTasks(token)) ?? [];
      if (offered.length > 0) throw new Error(`${offered.length} task(s) offered: ${offered.map((t) => t.name).join(', ')}`);
      // The task the workspace's tasks.json defines, as VS Code would hand it over to be run.
      const fromRepo = new vscode.Task({ type: TASK_TYPE, command: 'run', image: 'alpine:3' }, vscode.TaskScope.Workspace, 'from the repository', 'slipway');
      const resolved = await docker.taskProvider.resolveTask(fromRepo, token);
      if (resolved) throw new Error(`resolveTask gave a task to run: ${taskPrograms([resolved]).join(', ')}`);
      return `registered=false; provideTasks() = []; resolveTask(run alpine:3) = undefined; ${assertMarkerAbsent()}`;
    },
  },
];

/** After the harness trusted the workspace through the UI (onDidGrantWorkspaceTrust). */
export const grantedChecks: Check[] = [
  {
    name: "granted: onDidGrantWorkspaceTrust fired; the workspace's runArgs now apply, its slipway.docker.path still not",
    run: async () => {
      if (!vscode.workspace.isTrusted) throw new Error('vscode.workspace.isTrusted is false');
      // restrictedConfigurations lift with trust: the values the Restricted Mode check saw ignored were there.
      const c = () => vscode.workspace.getConfiguration('slipway.docker');
      await waitFor('the workspace runArgs to apply after the grant', () => ((c().get<string[]>('runArgs') ?? []).includes('--privileged') ? true : undefined), 15_000);
      const evil = evilDocker();
      if (evil && c().get('path') === evil.program) throw new Error('slipway.docker.path resolved to the workspace value after the grant');
      return describeDockerSettings();
    },
  },
  {
    name: "granted: Build runs docker from PATH, never the workspace's slipway.docker.path (machine scope)",
    run: async (ctx) => {
      const dockerfile = vscode.Uri.joinPath(ctx.workspace, 'Dockerfile').fsPath;
      // The harness points DOCKER_HOST at a socket nobody listens on: docker from PATH fails to connect, while
      // the workspace's program would succeed (and write the marker).
      const r = await vscode.commands.executeCommand<CommandOutcome>('slipway.buildImage', { dockerfile, tag: 'slipway-e2e/granted:1' });
      const expected = onPath('docker') ? 'daemon-down' : 'binary-missing';
      if (r?.ok !== false || r.errorKind !== expected) throw new Error(`expected ${expected} from docker on PATH, got ${JSON.stringify(r)}`);
      return `build: ${r.errorKind}: ${(r.error ?? '').split('. ')[0]}; ${assertMarkerAbsent()}`;
    },
  },
  {
    name: 'granted: the task provider is registered on trust and its tasks run docker from PATH',
    run: async () => {
      const api = (vscode.extensions.getExtension(EXTENSION_ID)?.exports as { docker?: { tasksRegistered: boolean } } | undefined)?.docker;
      // The grant reaches the extension host as an event: on a busy machine the provider and its file search may
      // need a moment after the previous check saw the settings change.
      await waitFor('the task provider to be registered after the grant', () => (api?.tasksRegistered ? true : undefined), 15_000);
      const docker = onPath('docker');
      const { tasks, programs } = await waitFor('slipway-docker tasks after the grant', async () => {
        const r = await slipwayTasks();
        return !docker || r.tasks.length > 0 ? r : undefined;
      }, 15_000);
      if (docker && !programs.some((p) => path.basename(p) === 'docker')) throw new Error(`no task runs docker from PATH: ${programs.join(', ')}`);
      const builds = assertBuildArgsInEnvironment(tasks);
      return `${tasks.length} task(s): ${tasks.map((t) => t.name).join(', ')}; programs ${[...new Set(programs)].join(', ')}; ${builds} build task(s) with the workspace's buildArgs in SLIPWAY_BUILD_ARGS only; ${assertMarkerAbsent()}`;
    },
  },
];

// ------------------------------------------------------------------ runner

function writeResults(file: string | undefined, body: unknown): void {
  const text = JSON.stringify(body, null, 2);
  if (!file) {
    console.log(text);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file); // atomic: the harness never sees half a file
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

async function runChecks(list: Check[], resultsFile: string | undefined, phase: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const started = Date.now();
  suiteDeadline = started + SUITE_BUDGET_MS;
  try {
    const ws = workspaceRoot();
    const opened = new Map<string, vscode.TextDocument>();
    const ctx: Context = {
      workspace: ws,
      open: async (rel) => {
        let doc = opened.get(rel);
        if (!doc) {
          doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws, ...rel.split('/')));
          await vscode.window.showTextDocument(doc, { preview: false });
          opened.set(rel, doc);
        }
        return doc;
      },
    };
    for (const check of list) {
      const t0 = Date.now();
      try {
        const detail = await check.run(ctx);
        results.push({ name: check.name, ok: true, detail: detail ?? '', ms: Date.now() - t0 });
      } catch (err) {
        results.push({ name: check.name, ok: false, detail: String((err as Error)?.stack ?? err), ms: Date.now() - t0 });
      }
    }
  } catch (err) {
    results.push({ name: 'suite setup', ok: false, detail: String((err as Error)?.stack ?? err), ms: Date.now() - started });
  } finally {
    writeResults(resultsFile, {
      phase,
      checks: results,
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      durationMs: Date.now() - started,
    });
  }
  return results;
}

/** Resolves true when the workspace becomes trusted (onDidGrantWorkspaceTrust), false after `ms`. */
function trustGranted(ms: number): Promise<boolean> {
  if (vscode.workspace.isTrusted) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(false);
    }, ms);
    const sub = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve(true);
    });
  });
}

export async function run(): Promise<void> {
  const releaseFile = process.env.SLIPWAY_E2E_RELEASE;
  const scenario = process.env.SLIPWAY_E2E_SCENARIO ?? 'trusted';
  const results: CheckResult[] = [];
  if (scenario === 'restricted') {
    results.push(...(await runChecks(restrictedChecks, process.env.SLIPWAY_E2E_RESULTS, 'restricted')));
    // The harness now looks at the UI in Restricted Mode, then trusts the workspace through it.
    const t0 = Date.now();
    const granted = await trustGranted(Number(process.env.SLIPWAY_E2E_HOLD_MS ?? 90_000));
    const grantedChecksNow: Check[] = granted
      ? grantedChecks
      : [{ name: 'the harness granted workspace trust', run: async () => Promise.reject(new Error(`no onDidGrantWorkspaceTrust within ${Date.now() - t0} ms`)) }];
    results.push(...(await runChecks(grantedChecksNow, process.env.SLIPWAY_E2E_RESULTS_GRANTED, 'granted')));
  } else {
    results.push(...(await runChecks(checks, process.env.SLIPWAY_E2E_RESULTS, 'trusted')));
  }

  if (releaseFile) {
    // Keep the extension host (and thus the diagnostics) alive while the
    // harness inspects the UI.
    const holdMs = Number(process.env.SLIPWAY_E2E_HOLD_MS ?? 90_000);
    const deadline = Date.now() + holdMs;
    while (!fs.existsSync(releaseFile) && Date.now() < deadline) await sleep(200);
  }

  // Desktop runners (@vscode/test-electron) rely on run() rejecting to report failure.
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new Error(`${failed.length} e2e check(s) failed: ${failed.map((f) => f.name).join('; ')}`);
  }
}
