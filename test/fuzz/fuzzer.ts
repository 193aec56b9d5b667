// A seeded fuzzer for the language server: mutates real files (the shared corpus, the repository's examples and
// fixtures) and drives every LSP feature over stdio against the bundled server (dist/server.js), checking that
// no exception escapes (server stderr, `window/logMessage` errors, error responses, a dead process), that no
// request or lint hangs (no answer within `hangMs`, far above the slowest answer ever measured: a detector, not a
// speed limit) and that the server's memory stays bounded. How long answers take is measured and reported
// (slowest, p50 and p95 per method: see `latencyTable`), never asserted: a busy machine is slow, not wrong.
// Used by test/fuzz/lsp.fuzz.test.ts (a bounded run in CI) and bench/fuzz-long.mjs (nightly, any seed and length).
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, MessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { stopServer } from '../helpers/lspClient';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'dist', 'server.js');
export const CORPUS = path.resolve(REPO, process.env.SLIPWAY_CORPUS ?? '../shared/corpus');

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed gives the same cases on every machine.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Seeds.

export type Kind = 'dockerfile' | 'workflow' | 'action' | 'compose';
export interface Seed {
  kind: Kind;
  name: string;
  text: string;
}

function walk(dir: string, pred: (p: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

/** Files to mutate: the shared corpus when present, and the repository's own examples and fixtures. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  const add = (kind: Kind, p: string) => seeds.push({ kind, name: path.relative(REPO, p), text: fs.readFileSync(p, 'utf8') });
  const yml = (p: string) => /\.ya?ml$/.test(p);
  for (const p of walk(path.join(CORPUS, 'dockerfiles'), () => true)) add('dockerfile', p);
  for (const p of walk(path.join(CORPUS, 'buildkit-checks'), (q) => path.basename(q) === 'Dockerfile')) add('dockerfile', p);
  for (const p of walk(path.join(CORPUS, 'actionlint'), yml)) add('workflow', p);
  for (const p of walk(path.join(CORPUS, 'starter-workflows'), yml)) add('workflow', p);
  for (const p of walk(path.join(REPO, 'examples'), (q) => /Dockerfile/.test(path.basename(q)))) add('dockerfile', p);
  for (const p of walk(path.join(REPO, 'examples'), (q) => q.includes('/.github/workflows/') && yml(q))) add('workflow', p);
  for (const p of walk(path.join(REPO, 'examples'), (q) => /compose/.test(path.basename(q)))) add('compose', p);
  for (const p of walk(path.join(REPO, 'test/fixtures/compose'), yml)) add('compose', p);
  if (fs.existsSync(path.join(REPO, 'action.yml'))) add('action', path.join(REPO, 'action.yml'));
  return seeds;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations.

const SPECIAL = [
  '${{', '}}', '${{ github.event.issue.title }}', '${{ matrix.x[', '$', '${', '${A:-${B:-${C}}}', '$(', '`', '\\', '\\\n', '"', "'", '[', ']', '{', '}',
  '<<EOF\n', '\nEOF\n', '<<-"EOT"\n', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '# check=skip=all;error=true\n', '# hadolint ignore=DL3008\n',
  '--mount=type=cache,target=', '--from=', '--platform=$BUILDPLATFORM', ' AS ', 'FROM ', 'RUN ', 'ONBUILD ONBUILD ', 'HEALTHCHECK CMD ', 'ARG ', 'ENV A=',
  'COPY --from=0 ', 'SHELL ["', '&a ', '*a', '<<: *a', '!!binary ', '!Ref ', '---\n', '...\n', '? ', '- ', ': ', '|-\n', '>+\n', '\t', '%YAML 1.2\n',
  'uses: ./', 'uses: actions/checkout@', 'needs: [', 'runs-on: ', 'on: ', 'jobs:\n', 'steps:\n  - run: ', 'matrix:\n', 'services:\n', 'x-', '&&', '||', '|', ';',
  '\u0000', '\uFEFF', '\u200B', '\u202E', '\uD800', '\uDFFF', '😀', '\r', '\r\n', '\u2028', '\u0085',
];

function randomUnicode(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.int(10);
    if (r < 3) s += String.fromCharCode(32 + rng.int(95));
    else if (r < 5) s += String.fromCharCode(rng.int(32));
    else if (r < 7) s += String.fromCodePoint(0x80 + rng.int(0x2f80));
    else if (r < 8) s += String.fromCharCode(0xd800 + rng.int(0x800)); // lone surrogates
    else s += String.fromCodePoint(0x10000 + rng.int(0x10000));
  }
  return s;
}

function deepNesting(rng: Rng, kind: Kind): string {
  const n = 50 + rng.int(rng.chance(0.2) ? 3000 : 300);
  switch (rng.int(kind === 'dockerfile' ? 4 : 5)) {
    case 0:
      return '['.repeat(n) + ']'.repeat(rng.int(n));
    case 1:
      return '{a: '.repeat(n) + '}'.repeat(rng.int(n));
    case 2:
      return kind === 'dockerfile' ? 'RUN ' + '$('.repeat(n) + 'echo' + ')'.repeat(rng.int(n)) : '${{ ' + '('.repeat(n) + '1' + ')'.repeat(rng.int(n)) + ' }}';
    case 3:
      return kind === 'dockerfile' ? 'ENV A=' + '${A:-'.repeat(n) + 'x' + '}'.repeat(rng.int(n)) : Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
    default:
      return Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- ').join('\n') + 'x';
  }
}

export type Mutation = (text: string, rng: Rng, kind: Kind, seeds: Seed[]) => string;

const at = (text: string, rng: Rng) => rng.int(text.length + 1);
const linesOf = (text: string) => text.split('\n');

export const MUTATIONS: Record<string, Mutation> = {
  flipBytes(text, rng) {
    let t = text;
    for (let k = 1 + rng.int(8); k > 0 && t.length; k--) {
      const i = rng.int(t.length);
      t = t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << rng.int(8))) + t.slice(i + 1);
    }
    return t;
  },
  truncate(text, rng) {
    return text.slice(0, at(text, rng));
  },
  deleteLines(text, rng) {
    const ls = linesOf(text);
    const i = rng.int(ls.length);
    ls.splice(i, 1 + rng.int(6));
    return ls.join('\n');
  },
  duplicateLines(text, rng) {
    const ls = linesOf(text);
    const i = rng.int(ls.length);
    const block = ls.slice(i, i + 1 + rng.int(8));
    const times = 1 + rng.int(rng.chance(0.1) ? 200 : 4);
    ls.splice(i, 0, ...Array.from({ length: times }, () => block).flat());
    return ls.join('\n');
  },
  swapLines(text, rng) {
    const ls = linesOf(text);
    const a = rng.int(ls.length);
    const b = rng.int(ls.length);
    [ls[a], ls[b]] = [ls[b], ls[a]];
    return ls.join('\n');
  },
  unicode(text, rng) {
    const i = at(text, rng);
    return text.slice(0, i) + randomUnicode(rng, 1 + rng.int(20)) + text.slice(i);
  },
  special(text, rng) {
    let t = text;
    for (let k = 1 + rng.int(4); k > 0; k--) {
      const i = at(t, rng);
      t = t.slice(0, i) + rng.pick(SPECIAL) + t.slice(i);
    }
    return t;
  },
  nesting(text, rng, kind) {
    const ls = linesOf(text);
    ls.splice(rng.int(ls.length + 1), 0, deepNesting(rng, kind));
    return ls.join('\n');
  },
  indent(text, rng) {
    const ls = linesOf(text);
    const i = rng.int(ls.length);
    ls[i] = rng.pick([' ', '  ', '\t', '   ', '']) + ls[i].replace(/^\s+/, rng.chance(0.5) ? '' : '\t');
    return ls.join('\n');
  },
  lineEndings(text, rng) {
    const r = rng.int(5);
    if (r === 0) return text.replace(/\n/g, '\r\n');
    if (r === 1) return '\uFEFF' + text;
    if (r === 2) return '\uFEFF' + text.replace(/\n/g, '\r\n');
    if (r === 3) return text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
    return text.replace(/\n/g, '\r');
  },
  splice(text, rng, _kind, seeds) {
    // A piece of another file, maybe of another language.
    const other = rng.pick(seeds).text;
    const s = at(other, rng);
    const piece = other.slice(s, s + rng.int(400));
    const i = at(text, rng);
    return text.slice(0, i) + piece + text.slice(i);
  },
  empty(_text, rng) {
    return rng.pick(['', '\n', ' ', '\r\n', '\uFEFF', '#', '---', '-', '{', ':', 'FROM', '\\']);
  },
};

/** A 1 MB line (rare: large inputs are the slow ones). */
export function hugeLine(text: string, rng: Rng, kind: Kind): string {
  const unit = kind === 'dockerfile' ? rng.pick(['a', 'apt-get install -y x && ', '$A', '\\ ', '"', '${{ a }}']) : rng.pick(['a', 'x: ', '${{ a }}', '[', '- ', '"', '#']);
  const line = (kind === 'dockerfile' ? rng.pick(['RUN ', 'ENV A=', 'LABEL a=', '# ', 'COPY ']) : rng.pick(['      - run: ', 'name: ', 'x: ', '# ', '  '])) + unit.repeat(Math.ceil(1_000_000 / unit.length));
  const ls = linesOf(text);
  ls.splice(rng.int(ls.length + 1), 0, line);
  return ls.join('\n');
}

export interface FuzzCase {
  index: number;
  seed: Seed;
  mutations: string[];
  text: string;
  kind: Kind;
}

export function makeCase(index: number, rng: Rng, seeds: Seed[], hugeEvery = 500): FuzzCase {
  const seed = rng.pick(seeds);
  let text = seed.text;
  const names: string[] = [];
  for (let k = rng.int(4) + (index % 7 === 0 ? 0 : 1); k > 0; k--) {
    const name = rng.pick(Object.keys(MUTATIONS));
    names.push(name);
    text = MUTATIONS[name](text, rng, seed.kind, seeds);
  }
  if (hugeEvery > 0 && index % hugeEvery === hugeEvery - 1) {
    names.push('hugeLine');
    text = hugeLine(text, rng, seed.kind);
  }
  return { index, seed, mutations: names, text, kind: seed.kind };
}

// ---------------------------------------------------------------------------------------------------------------
// The server under test.

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class FuzzServer {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  stderr = '';
  /** `window/logMessage` at Error level, and protocol-level errors seen by the client. */
  errors: string[] = [];
  exited: number | null = null;
  private published = new Map<string, { version?: number; diagnostics: { range: Range; message: string; code?: string | number }[] }>();
  private waiters: (() => void)[] = [];

  constructor() {
    // SLIPWAY_FUZZ_NODE_ARGS: extra node options for the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
    const nodeArgs = (process.env.SLIPWAY_FUZZ_NODE_ARGS ?? '').split(' ').filter(Boolean);
    // Started as the VS Code client starts it (client/src/serverLaunch.json: node options and environment).
    const launch = JSON.parse(fs.readFileSync(path.join(path.dirname(SERVER), '../client/src/serverLaunch.json'), 'utf8')) as { execArgv: string[]; env: Record<string, string> };
    this.proc = spawn(process.execPath, [...launch.execArgv, ...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...launch.env } });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.proc.on('exit', (c, s) => (this.exited = c ?? (s ? 128 : -1)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: never[] }) => {
      this.published.set(p.uri, p);
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) this.errors.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onError(([e]) => this.errors.push(`client connection error: ${e.message}`));
    this.conn.listen();
  }

  async initialize(): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** The diagnostics of `uri` at `version`; rejects after `timeoutMs`. */
  async diagnostics(uri: string, version: number, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.published.get(uri);
      if (p && p.version === version) return p.diagnostics;
      if (this.exited !== null) throw new Error(`server exited (${this.exited})`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  forget(uri: string) {
    this.published.delete(uri);
  }

  rss(): number {
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  }

  stop(): Promise<void> {
    return stopServer(this.conn, this.proc);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One case: open the mutated document, ask for every feature, edit it, close it.

export interface Problem {
  case: number;
  seed: string;
  mutations: string[];
  what: string;
  detail: string;
}

export interface CaseStats {
  requests: number;
  slowest: { method: string; ms: number };
}

/** Answer times per method (and `diagnostics`, `diagnostics after an edit`), with the case of the slowest. */
export class Latencies {
  readonly byMethod = new Map<string, { ms: number[]; max: number; slowestCase: number }>();

  add(method: string, ms: number, caseIndex: number): void {
    let m = this.byMethod.get(method);
    if (!m) this.byMethod.set(method, (m = { ms: [], max: -1, slowestCase: caseIndex }));
    if (ms > m.max) {
      m.max = ms;
      m.slowestCase = caseIndex;
    }
    m.ms.push(ms);
  }
}

/** One line per method: count, p50, p95, slowest (and its case); slowest methods first. */
export function latencyTable(l: Latencies): string[] {
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const rows = [...l.byMethod].map(([method, m]) => {
    const sorted = [...m.ms].sort((a, b) => a - b);
    return { method, n: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95), max: sorted[sorted.length - 1], slowestCase: m.slowestCase };
  });
  rows.sort((a, b) => b.max - a.max);
  const w = Math.max(6, ...rows.map((r) => r.method.length));
  return [
    `${'method'.padEnd(w)}  ${'count'.padStart(7)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'max ms'.padStart(8)}  slowest case`,
    ...rows.map((r) => `${r.method.padEnd(w)}  ${String(r.n).padStart(7)}  ${r.p50.toFixed(1).padStart(8)}  ${r.p95.toFixed(1).padStart(8)}  ${r.max.toFixed(0).padStart(8)}  ${r.slowestCase}`),
  ];
}

/** A request or a lint that did not answer within `hangMs`: the case stops (the server is restarted or the run ends). */
export class HangError extends Error {}

const LANGUAGE_ID: Record<Kind, string> = { dockerfile: 'dockerfile', workflow: 'github-actions-workflow', action: 'github-actions-workflow', compose: 'dockercompose' };
const FILE: Record<Kind, string> = { dockerfile: 'Dockerfile', workflow: '.github/workflows/ci.yml', action: 'action.yml', compose: 'compose.yaml' };

export function uriFor(c: { index: number; kind: Kind }): string {
  return `file:///slipway-fuzz/case${c.index}/${FILE[c.kind]}`;
}

function randomPosition(rng: Rng, lines: string[], sloppy = true): Position {
  if (sloppy && rng.chance(0.05)) return { line: rng.pick([-1, lines.length, lines.length + 5, 2 ** 31 - 1]), character: rng.int(5) };
  const line = rng.int(lines.length);
  const len = lines[line].length;
  if (sloppy && rng.chance(0.05)) return { line, character: len + 1 + rng.int(100) };
  return { line, character: rng.int(len + 1) };
}

function orderRange(a: Position, b: Position): Range {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

export interface CaseOptions {
  /** A request without an answer after this long is a hang. */
  hangMs: number;
  /** Diagnostics of a version not published after this long are a hang (a 1 MB document's lint takes seconds). */
  diagnosticsHangMs: number;
  /** Where answer times are recorded (for the report). */
  latencies?: Latencies;
}

/**
 * Default hang bounds, at least ten times the slowest answers measured over the 5,000 cases of seed 20240917 on a
 * busy 2-core machine: requests 0.64 s (completion), diagnostics 13.2 s (the lint of a 1 MB one-line workflow).
 */
export const HANG_MS = 60_000;
export const DIAGNOSTICS_HANG_MS = 180_000;

export async function runCase(server: FuzzServer, c: FuzzCase, rng: Rng, opts: CaseOptions, problems: Problem[]): Promise<CaseStats> {
  const uri = uriFor(c);
  const lines = c.text.split(/\r\n|\r|\n/);
  const stats: CaseStats = { requests: 0, slowest: { method: '', ms: 0 } };
  const problem = (what: string, detail: string) => problems.push({ case: c.index, seed: c.seed.name, mutations: c.mutations, what, detail: detail.slice(0, 2000) });
  const textDocument = { uri };
  const record = (method: string, ms: number) => {
    opts.latencies?.add(method, ms, c.index);
    if (ms > stats.slowest.ms) stats.slowest = { method, ms };
  };

  const timed = async <T>(method: string, params: object): Promise<T | undefined> => {
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HangError(`${method}: no answer within ${opts.hangMs / 1000} s`)), opts.hangMs);
      });
      return (await Promise.race([server.conn.sendRequest(method, params), hang])) as T;
    } catch (e) {
      if (e instanceof HangError) {
        problem(e.message, JSON.stringify(params).slice(0, 300));
        throw e;
      }
      const code = e instanceof ResponseError ? e.code : undefined;
      // -32800 RequestCancelled, -32801 ContentModified: legitimate answers; so is -32803 RequestFailed from rename,
      // how it tells the user what cannot be renamed.
      const expected = code === -32800 || code === -32801 || (code === -32803 && /rename/i.test(method));
      if (!expected) problem(`${method} failed`, `${(e as Error).message} ${JSON.stringify(params).slice(0, 300)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
      stats.requests++;
      record(method, performance.now() - t0);
    }
  };

  /** The diagnostics of `version`; a hang when they do not come. */
  const published = async (version: number, what: string) => {
    const t0 = performance.now();
    try {
      const d = await server.diagnostics(uri, version, opts.diagnosticsHangMs);
      record(what, performance.now() - t0);
      return d;
    } catch (e) {
      problem(`no ${what} within ${opts.diagnosticsHangMs / 1000} s`, `${c.text.length} characters: ${String(e)}`);
      throw new HangError(String(e));
    }
  };

  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE_ID[c.kind], version: 1, text: c.text } });
  const diagnostics = await published(1, 'diagnostics');

  const pos = () => randomPosition(rng, lines);
  await timed('textDocument/documentSymbol', { textDocument });
  await timed('textDocument/foldingRange', { textDocument });
  await timed('textDocument/semanticTokens/full', { textDocument });
  await timed('textDocument/codeLens', { textDocument });
  await timed('textDocument/documentLink', { textDocument });
  await timed('textDocument/formatting', { textDocument, options: { tabSize: rng.pick([2, 4, 8]), insertSpaces: rng.chance(0.8) } });
  await timed('textDocument/rangeFormatting', { textDocument, range: orderRange(pos(), pos()), options: { tabSize: 4, insertSpaces: true } });
  await timed('textDocument/onTypeFormatting', { textDocument, position: pos(), ch: '\n', options: { tabSize: 4, insertSpaces: true } });
  for (let k = 0; k < 3; k++) {
    await timed('textDocument/completion', { textDocument, position: pos(), context: rng.chance(0.5) ? { triggerKind: 2, triggerCharacter: rng.pick(['-', '=', '$', '{', ':', ' ', '/', ',']) } : { triggerKind: 1 } });
  }
  for (let k = 0; k < 2; k++) await timed('textDocument/hover', { textDocument, position: pos() });
  await timed('textDocument/signatureHelp', { textDocument, position: pos(), context: { triggerKind: 1, isRetrigger: false } });
  const p = pos();
  await timed('textDocument/definition', { textDocument, position: p });
  await timed('textDocument/references', { textDocument, position: p, context: { includeDeclaration: rng.chance(0.5) } });
  await timed('textDocument/documentHighlight', { textDocument, position: p });
  await timed('textDocument/prepareRename', { textDocument, position: p });
  await timed('textDocument/rename', { textDocument, position: p, newName: rng.pick(['renamed', 'a b', '', '$x', 'ü', 'x'.repeat(300)]) });
  for (const d of diagnostics.slice(0, 25)) {
    await timed('textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d], only: rng.chance(0.2) ? ['quickfix'] : undefined } });
  }
  await timed('textDocument/codeAction', { textDocument, range: orderRange(pos(), pos()), context: { diagnostics: [] } });

  // An incremental edit, then the diagnostics of the new version.
  const a = randomPosition(rng, lines, false);
  const b = rng.chance(0.7) ? a : randomPosition(rng, lines, false);
  await server.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: orderRange(a, b), text: rng.pick(['', 'x', '\n', ' ', '${{', '\\\n', '"', 'RUN a\n', '- ', ':', randomUnicode(rng, 3)]) }],
  });
  await published(2, 'diagnostics after an edit');
  await timed('textDocument/completion', { textDocument, position: randomPosition(rng, lines) });

  await server.conn.sendNotification('textDocument/didClose', { textDocument });
  server.forget(uri);
  return stats;
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** No answer after this long is a hang (default HANG_MS). */
  hangMs?: number;
  /** No diagnostics after this long are a hang (default DIAGNOSTICS_HANG_MS). */
  diagnosticsHangMs?: number;
  /** RSS above this is a problem (checked after every 100 cases). */
  maxRssBytes?: number;
  /** One case in this many gets a 1 MB line. */
  hugeEvery?: number;
  onProgress?: (done: number, problems: number, rssBytes: number) => void;
  /** Called after each case with its wall time. */
  onCase?: (c: FuzzCase, ms: number) => void;
  /** Restart the server after a crash and go on (long runs); otherwise stop at the first crash. */
  keepGoing?: boolean;
}

export interface FuzzReport {
  cases: number;
  requests: number;
  problems: Problem[];
  maxRssBytes: number;
  slowest: { method: string; ms: number; case: number };
  /** Answer times per method, for `latencyTable`. */
  latencies: Latencies;
  ms: number;
}

/** Runs `cases` cases from `seed`; every problem found is in the report (none means the server held). */
export async function fuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const seeds = loadSeeds();
  if (!seeds.length) throw new Error('no seed files');
  const hangMs = opts.hangMs ?? HANG_MS;
  const diagnosticsHangMs = opts.diagnosticsHangMs ?? DIAGNOSTICS_HANG_MS;
  const maxRss = opts.maxRssBytes ?? 2048 * 2 ** 20;
  const problems: Problem[] = [];
  const latencies = new Latencies();
  const report: FuzzReport = { cases: 0, requests: 0, problems, maxRssBytes: 0, slowest: { method: '', ms: 0, case: -1 }, latencies, ms: 0 };
  const t0 = performance.now();
  let server = new FuzzServer();
  await server.initialize();
  let seenErrors = 0;
  let seenStderr = 0;
  for (let i = 0; i < opts.cases; i++) {
    // Each case has its own stream, so one case can be replayed alone (see `reproduce`).
    const rng = caseRng(opts.seed, i);
    const c = makeCase(i, rng, seeds, opts.hugeEvery ?? 500);
    let stats: CaseStats | undefined;
    let hung = false;
    const started = performance.now();
    try {
      stats = await runCase(server, c, rng, { hangMs, diagnosticsHangMs, latencies }, problems);
    } catch (e) {
      // A hang is already a problem of the case; anything else that stops a case is one.
      hung = e instanceof HangError;
      if (!hung) problems.push({ case: i, seed: c.seed.name, mutations: c.mutations, what: 'case aborted', detail: String((e as Error).stack ?? e) });
    }
    report.cases++;
    opts.onCase?.(c, performance.now() - started);
    if (stats) {
      report.requests += stats.requests;
      if (stats.slowest.ms > report.slowest.ms) report.slowest = { ...stats.slowest, case: i };
    }
    if (server.errors.length > seenErrors) {
      for (const e of server.errors.slice(seenErrors)) problems.push({ case: i, seed: c.seed.name, mutations: c.mutations, what: 'server logged an error', detail: e.slice(0, 2000) });
      seenErrors = server.errors.length;
    }
    if (server.stderr.length > seenStderr) {
      problems.push({ case: i, seed: c.seed.name, mutations: c.mutations, what: 'server wrote to stderr', detail: server.stderr.slice(seenStderr, seenStderr + 2000) });
      seenStderr = server.stderr.length;
    }
    if (server.exited !== null || hung) {
      if (server.exited !== null) problems.push({ case: i, seed: c.seed.name, mutations: c.mutations, what: `server exited (${server.exited})`, detail: server.stderr.slice(-2000) });
      else await server.stop();
      if (!opts.keepGoing) break;
      server = new FuzzServer();
      await server.initialize();
      seenErrors = 0;
      seenStderr = 0;
    }
    if (i % 100 === 99 || i === opts.cases - 1) {
      const rss = server.rss();
      report.maxRssBytes = Math.max(report.maxRssBytes, rss);
      if (rss > maxRss) problems.push({ case: i, seed: c.seed.name, mutations: c.mutations, what: `server RSS ${(rss / 2 ** 20).toFixed(0)} MB`, detail: `over ${(maxRss / 2 ** 20).toFixed(0)} MB` });
      opts.onProgress?.(i + 1, problems.length, rss);
    }
  }
  await server.stop();
  report.ms = performance.now() - t0;
  return report;
}

export function caseRng(seed: number, index: number): Rng {
  return new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

/** Case `index` of the run from `seed` (its document and mutations), to reproduce a problem. */
export function reproduce(seed: number, index: number, hugeEvery = 500): FuzzCase {
  return makeCase(index, caseRng(seed, index), loadSeeds(), hugeEvery);
}
