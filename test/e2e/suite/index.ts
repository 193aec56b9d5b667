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
 */
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
  severity: vscode.DiagnosticSeverity;
}

const EXPECTED: Record<string, ExpectedDiagnostic[]> = {
  // test/e2e/fixtures/workspace/Dockerfile
  Dockerfile: [
    { code: 'DL3011', line: 5, severity: vscode.DiagnosticSeverity.Error }, // EXPOSE 70000
    { code: 'JSONArgsRecommended', line: 6, severity: vscode.DiagnosticSeverity.Warning }, // CMD gunicorn app:app
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
    codeOf(d) === e.code && d.range.start.line === e.line && d.severity === e.severity;
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
    name: 'Dockerfile diagnostics (DL3011 error, JSONArgsRecommended warning)',
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

export async function run(): Promise<void> {
  const resultsFile = process.env.SLIPWAY_E2E_RESULTS;
  const releaseFile = process.env.SLIPWAY_E2E_RELEASE;
  const results: CheckResult[] = [];
  const started = Date.now();
  suiteDeadline = started + SUITE_BUDGET_MS;
  let fatal: string | undefined;
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
    for (const check of checks) {
      const t0 = Date.now();
      try {
        const detail = await check.run(ctx);
        results.push({ name: check.name, ok: true, detail: detail ?? '', ms: Date.now() - t0 });
      } catch (err) {
        results.push({ name: check.name, ok: false, detail: String((err as Error)?.stack ?? err), ms: Date.now() - t0 });
      }
    }
  } catch (err) {
    fatal = String((err as Error)?.stack ?? err);
    results.push({ name: 'suite setup', ok: false, detail: fatal, ms: Date.now() - started });
  } finally {
    writeResults(resultsFile, {
      checks: results,
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      durationMs: Date.now() - started,
    });
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
