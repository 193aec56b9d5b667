// Robustness of the language server under mutated input and malformed protocol traffic (see fuzzer.ts).
// The CI run is bounded (fixed seed, SLIPWAY_FUZZ_CASES cases, 5,000 by default); bench/fuzz-long.mjs runs longer.
// Time bounds here only detect hangs; how long answers take is printed, never asserted.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { DIAGNOSTICS_HANG_MS, fuzz, FuzzServer, HANG_MS, latencyTable } from './fuzzer';

const CASES = Number(process.env.SLIPWAY_FUZZ_CASES ?? 5000);
const SEED = Number(process.env.SLIPWAY_FUZZ_SEED ?? 20240917);

describe('fuzz: mutated documents through every LSP feature', () => {
  // Behaviour only: no exception, no hang (no answer within 60 s, no diagnostics within 180 s: ten times and more
  // the slowest measured, see HANG_MS), memory bounded (2 GB, a leak detector: the run peaks near 0.5 GB). Answer
  // times are printed (slowest, p50 and p95 per method), not asserted: a busy machine is slow, not wrong. The whole
  // run takes about 5 minutes; its timeout is an hour.
  it(`${CASES} cases from seed ${SEED}: no exception, no hang, bounded memory`, { timeout: 60 * 60 * 1000 }, async () => {
    const report = await fuzz({ seed: SEED, cases: CASES, hangMs: HANG_MS, diagnosticsHangMs: DIAGNOSTICS_HANG_MS, maxRssBytes: 2048 * 2 ** 20 });
    const summary = `${report.cases} cases, ${report.requests} requests in ${(report.ms / 1000).toFixed(1)} s; slowest ${report.slowest.method} ${report.slowest.ms.toFixed(0)} ms (case ${report.slowest.case}); max RSS ${(report.maxRssBytes / 2 ** 20).toFixed(0)} MB`;
    console.log(`# ${summary}`);
    for (const line of latencyTable(report.latencies)) console.log(`# ${line}`);
    const shown = report.problems.slice(0, 20).map((p) => `case ${p.case} (${p.seed}; ${p.mutations.join(', ')}): ${p.what}\n    ${p.detail.split('\n').slice(0, 6).join('\n    ')}`);
    assert.equal(report.problems.length, 0, `${report.problems.length} problems (replay one: node bench/fuzz-long.mjs --seed ${SEED} --case N)\n${shown.join('\n')}`);
    assert.equal(report.cases, CASES);
  });
});

/** A valid Dockerfile of about `lines` lines. */
function bigDockerfile(lines: number): string {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim'];
  for (let s = 0; out.length < lines; s++) {
    out.push(s === 0 ? 'FROM ${BASE} AS s0' : `FROM s${s - 1} AS s${s}`, `ENV A_${s}=/app/${s}`, 'RUN apt-get update && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/*');
    out.push(`COPY --from=s${Math.max(0, s - 1)} /app /app`, `WORKDIR /app/${s}`, `RUN echo $A_${s}`, '');
  }
  return out.join('\n') + '\n';
}

describe('protocol robustness', () => {
  let server: FuzzServer;
  before(async () => {
    server = new FuzzServer();
    await server.initialize();
  });
  after(() => server.stop());

  /** Writes one framed message with an arbitrary body. */
  const raw = (body: string) => {
    const b = Buffer.from(body, 'utf8');
    server.proc.stdin!.write(`Content-Length: ${b.length}\r\n\r\n`);
    server.proc.stdin!.write(b);
  };
  const settle = () => new Promise((r) => setTimeout(r, 300));
  const alive = async () => {
    const uri = 'file:///robust/alive/Dockerfile';
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\nRUN echo hi\n' } });
    const h = (await server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })) as { contents: unknown } | null;
    assert.ok(h && h.contents, 'the server still answers');
    await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  };

  it('survives malformed JSON-RPC and malformed notifications', async () => {
    raw('{not json');
    raw('[]');
    raw('{"jsonrpc":"2.0"}');
    raw('{"jsonrpc":"2.0","method":"no/suchNotification","params":{}}');
    raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}');
    raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///robust/null/Dockerfile","languageId":"dockerfile","version":1,"text":null}}}');
    raw('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///robust/none/Dockerfile","version":3},"contentChanges":[{"text":"x"}]}}');
    raw('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///robust/alive/Dockerfile","version":3},"contentChanges":[{"text":null}]}}');
    raw('{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///never/opened"}}}');
    await settle();
    await alive();
    assert.equal(server.exited, null);
    assert.equal(server.stderr, '');
    // vscode-jsonrpc itself reports the two messages that are neither requests nor notifications; nothing else.
    assert.deepEqual(
      server.errors.filter((e) => !/^Received message which is neither a response nor a notification message/.test(e)),
      [],
    );
  });

  it('answers unknown methods with MethodNotFound and bad params with an error, not a crash', async () => {
    await assert.rejects(server.conn.sendRequest('no/suchMethod', {}), (e: ResponseError<unknown>) => e.code === -32601);
    for (const params of [null, {}, { textDocument: null, position: null }, { textDocument: { uri: 42 }, position: { line: 'a', character: {} } }]) {
      try {
        await server.conn.sendRequest('textDocument/hover', params);
      } catch (e) {
        assert.ok(e instanceof ResponseError, String(e));
      }
    }
    await alive();
    assert.equal(server.exited, null);
  });

  it('answers requests for unknown documents and positions outside the document', async () => {
    const unknown = { uri: 'file:///robust/unknown/Dockerfile' };
    for (const [method, extra] of [
      ['textDocument/completion', { position: { line: 0, character: 0 } }],
      ['textDocument/hover', { position: { line: 5, character: 5 } }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/semanticTokens/full', {}],
      ['textDocument/rename', { position: { line: 0, character: 0 }, newName: 'x' }],
    ] as const) {
      await server.conn.sendRequest(method, { textDocument: unknown, ...extra });
    }
    const uri = 'file:///robust/range/Dockerfile';
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM alpine AS a\nRUN echo $HOME\n' } });
    for (const position of [{ line: 2 ** 31 - 1, character: 0 }, { line: -1, character: -1 }, { line: 0, character: 1e9 }, { line: 1.5, character: 0.5 }]) {
      for (const method of ['textDocument/completion', 'textDocument/hover', 'textDocument/definition', 'textDocument/signatureHelp', 'textDocument/documentHighlight', 'textDocument/prepareRename']) {
        // A hang detector (a position past the end once made a feature walk from line 2^31): answers take milliseconds.
        const answer = server.conn.sendRequest(method, { textDocument: { uri }, position }).catch((e: ResponseError<unknown>) => assert.equal(e.code, -32803, `${method} ${e.message}`));
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([answer, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${method} at ${JSON.stringify(position)}: no answer within 30 s`)), 30_000)))]).finally(() => clearTimeout(timer));
      }
    }
    await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 99, character: 9 }, end: { line: -3, character: 0 } }, context: { diagnostics: [] } });
    assert.equal(server.stderr, '');
    assert.deepEqual(server.errors.filter((e) => !/^Received message which is neither/.test(e)), []);
  });

  it('honours $/cancelRequest: a request cancelled while it waits answers RequestCancelled; a running one, RequestCancelled or its result', async () => {
    const uri = 'file:///robust/big/Dockerfile';
    const text = bigDockerfile(10000);
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const outcomes: string[] = [];
    let version = 1;
    for (const method of ['textDocument/semanticTokens/full', 'textDocument/references', 'textDocument/formatting', 'textDocument/foldingRange']) {
      // An edit first (a blank line at the end): its lint keeps the server busy while what follows arrives.
      if (method !== 'textDocument/semanticTokens/full') {
        const end = { line: text.split('\n').length - 1 + (version - 1), character: 0 };
        await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: end, end }, text: '\n' }] });
      }
      const sources = [new CancellationTokenSource(), new CancellationTokenSource()];
      // Two in a row: the second is still queued when its cancellation arrives.
      const params = { textDocument: { uri }, position: { line: 40, character: 12 }, context: { includeDeclaration: true }, options: { tabSize: 4, insertSpaces: true } };
      const pending = sources.map((s) => server.conn.sendRequest(method, params, s.token));
      for (const s of sources) s.cancel();
      for (const [i, p] of pending.entries()) {
        const outcome = await Promise.race([
          p.then(
            () => 'result',
            (e: ResponseError<unknown>) => (e.code === -32800 ? 'cancelled' : `error ${e.code} ${e.message}`),
          ),
          new Promise<string>((r) => setTimeout(() => r('no answer within 60 s'), 60_000)),
        ]);
        outcomes.push(outcome);
        // The second is still queued behind the first when its cancellation arrives: it must not run.
        if (i === 1) assert.equal(outcome, 'cancelled', `${method}, queued: ${outcome}`);
        else assert.ok(outcome === 'result' || outcome === 'cancelled', `${method}: ${outcome}`);
      }
    }
    console.log(`# cancellation outcomes: ${outcomes.join(', ')}`);
    await alive();
  });
});
