import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';

describe('LSP: Dockerfile semantic tokens', () => {
  let client: TestClient;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    const p = init.capabilities.semanticTokensProvider as { legend: typeof legend; full: boolean };
    legend = p.legend;
    assert.equal(p.full, true);
  });
  after(() => client.shutdown());

  it('has a legend', () => {
    assert.deepEqual(legend, {
      tokenTypes: ['keyword', 'variable', 'parameter', 'property', 'class', 'macro', 'function', 'operator', 'string', 'number'],
      tokenModifiers: ['declaration', 'readonly', 'defaultLibrary'],
    });
  });

  it('marks keywords, flags, mount options, variables and stage names', async () => {
    const uri = 'untitled:tokens/Dockerfile';
    const text = [
      '# syntax=docker/dockerfile:1', //                                   0
      'ARG V=1', //                                                        1
      'FROM --platform=$BUILDPLATFORM alpine:$V AS build', //              2
      'RUN --mount=type=cache,target=/c echo $V', //                       3
      'FROM build', //                                                     4
      'COPY --from=build /a /b', //                                        5
      '',
    ].join('\n');
    await client.open(uri, 'dockerfile', text);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // Decode to absolute [line, start, length, type, modifiers...].
    const out: [number, number, number, string, string[]][] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
      const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
      out.push([line, start, data[i + 2], legend.tokenTypes[data[i + 3]], mods]);
    }
    assert.deepEqual(out, [
      [0, 2, 6, 'macro', []],
      [1, 0, 3, 'keyword', []],
      [1, 4, 1, 'variable', ['declaration']],
      [2, 0, 4, 'keyword', []],
      [2, 5, 10, 'parameter', []],
      [2, 17, 13, 'variable', ['readonly', 'defaultLibrary']],
      [2, 39, 1, 'variable', []],
      [2, 41, 2, 'keyword', []],
      [2, 44, 5, 'class', ['declaration']],
      [3, 0, 3, 'keyword', []],
      [3, 4, 7, 'parameter', []],
      [3, 12, 4, 'property', []],
      [3, 23, 6, 'property', []],
      [3, 39, 1, 'variable', []],
      [4, 0, 4, 'keyword', []],
      [4, 5, 5, 'class', []],
      [5, 0, 4, 'keyword', []],
      [5, 5, 6, 'parameter', []],
      [5, 12, 5, 'class', []],
    ]);
  });
});
