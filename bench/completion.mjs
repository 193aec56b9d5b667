// Completion latency on a large Dockerfile, over stdio against the bundled server (dist/server.js).
// Usage: node scripts/build.mjs && node bench/completion.mjs [--lines 5000] [--positions 200]
// Prints median and p95 for: completion on an unchanged document, and completion right after an edit
// (the edit forces a new parse; lint runs once per version). Runs once with lint and once with the Dockerfile lint
// disabled (slipway.dockerfile.enable=false), to separate completion's own cost from the rules'.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const LINES = arg('lines', 5000);
const POSITIONS = arg('positions', 200);

/** A plausible multi-stage Dockerfile of about LINES lines. */
function generate(lines) {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim', 'ARG VERSION=1.0'];
  let stage = 0;
  while (out.length < lines) {
    const name = `stage${stage}`;
    out.push(stage === 0 ? `FROM \${BASE} AS ${name}` : `FROM stage${stage - 1} AS ${name}`);
    out.push(`ARG VERSION`, `ENV APP_${stage}=/app/${stage} PATH_${stage}=/opt/${stage}/bin`);
    out.push('RUN --mount=type=cache,target=/root/.cache/pip \\', '    pip install --no-cache-dir \\', `        pkg${stage}==$VERSION \\`, '        other && \\', '    echo done');
    out.push(`COPY --from=stage${Math.max(0, stage - 1)} /app /app`, `WORKDIR /app/${stage}`, '# a comment', `LABEL org.opencontainers.image.version="\${VERSION}"`);
    out.push(`RUN echo $APP_${stage} \${PATH_${stage}}`, 'EXPOSE 8000', '');
    stage++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** Positions spread over the file, each at an interesting spot of its line. */
function positions(text, count) {
  const lines = text.split('\n');
  const out = [];
  const step = Math.max(1, Math.floor(lines.length / count));
  for (let l = 3; l < lines.length && out.length < count; l += step) {
    const t = lines[l];
    let ch = t.length;
    const spots = [t.indexOf('--from=') + 7, t.indexOf('target=') + 7, t.indexOf('$') + 1, t.indexOf('FROM ') === 0 ? 5 : -1];
    const s = spots.find((x) => x > 0 && x <= t.length);
    if (s !== undefined) ch = s;
    out.push({ line: l, character: ch });
  }
  return out;
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms (n=${s.length})`;
}

async function run(lintEnabled) {
const proc = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
conn.onNotification('textDocument/publishDiagnostics', () => {});
conn.onNotification('window/logMessage', () => {});
conn.onRequest('workspace/configuration', (p) => p.items.map(() => (lintEnabled ? {} : { dockerfile: { enable: false } })));
conn.onRequest('client/registerCapability', () => null);
conn.listen();

await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await conn.sendNotification('initialized', {});
// Let the server pull its settings (that clears its cache) before measuring.
await new Promise((r) => setTimeout(r, 300));
const text = generate(LINES);
const uri = 'untitled:bench/Dockerfile';
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
const pos = positions(text, POSITIONS);

// First request pays for parse + lint of the new version.
let t0 = performance.now();
await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: pos[0] });
const first = performance.now() - t0;

const warm = [];
let items = 0;
for (const p of pos) {
  t0 = performance.now();
  const r = await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: p });
  warm.push(performance.now() - t0);
  items += r.length;
}

// Typing: insert a character at the end of a line, then complete there (new version each time).
const typed = [];
let version = 1;
for (const p of pos.slice(0, Math.min(50, pos.length))) {
  version++;
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: 0 } }, text: '' }],
  });
  t0 = performance.now();
  await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: p });
  typed.push(performance.now() - t0);
}

const what = lintEnabled ? 'parse + lint' : 'parse only, Dockerfile lint disabled';
console.log(`[${what}] Dockerfile: ${text.split('\n').length - 1} lines, ${pos.length} positions, ${items} items in total`);
console.log(`  first request: ${first.toFixed(2)} ms`);
console.log(`  completion, unchanged document: ${stats(warm)}`);
console.log(`  completion right after an edit: ${stats(typed)}`);

await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
conn.dispose();
proc.kill();
}

// With lint: what users get (the server lints each new version before answering). Without: the completion path alone.
await run(true);
await run(false);
