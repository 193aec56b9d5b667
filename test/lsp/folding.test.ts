import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';

describe('LSP: Dockerfile folding ranges', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.foldingRangeProvider, true);
  });
  after(() => client.shutdown());

  it('folds stages, multi-line instructions, heredocs and comment blocks', async () => {
    const uri = 'untitled:folding/Dockerfile';
    const text = [
      '# Build image', //            0
      '# for the app', //            1
      'FROM alpine AS build', //     2
      'RUN apk add \\', //           3
      '    curl \\', //              4
      '    git', //                  5
      'RUN <<EOF', //                6
      'set -e', //                   7
      'make', //                     8
      'EOF', //                      9
      '# one comment', //            10
      'FROM scratch', //             11
      'COPY --from=build \\', //     12
      '  /out /out', //              13
      '',
    ].join('\n');
    await client.open(uri, 'dockerfile', text);
    const ranges = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 9, kind: 'region' },
      { startLine: 3, endLine: 5 },
      { startLine: 6, endLine: 9 },
      { startLine: 11, endLine: 13, kind: 'region' },
      { startLine: 12, endLine: 13 },
    ]);
  });
});

describe('LSP: workflow folding ranges', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('folds jobs, steps, run blocks and comment blocks', async () => {
    const uri = 'file:///tmp/slipway-fold/.github/workflows/ci.yml';
    const text = [
      '# CI for the model API', //    0
      '# runs on every push', //      1
      'on: push', //                  2
      'jobs:', //                     3
      '  test:', //                   4
      '    runs-on: ubuntu-latest', // 5
      '    steps:', //                6
      '      - uses: actions/checkout@v4', // 7
      '      - run: |', //            8
      '          pip install -r requirements.txt', // 9
      '          pytest', //          10
      '',
    ].join('\n');
    await client.open(uri, 'github-actions-workflow', text);
    const ranges = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 3, endLine: 10 },
      { startLine: 4, endLine: 10 },
      { startLine: 6, endLine: 10 },
      { startLine: 8, endLine: 10 },
    ]);
  });
});
