import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';

interface SignatureHelp {
  signatures: { label: string; parameters: { label: string }[]; activeParameter?: number }[];
  activeSignature: number;
  activeParameter: number;
}

describe('LSP: Dockerfile signature help', () => {
  let client: TestClient;
  const uri = 'untitled:signature/Dockerfile';
  const text = [
    'FROM --platform=$BUILDPLATFORM golang:1.24 AS build', // 0
    'COPY --from=build src1 src2 /dest/', //                  1
    'COPY ', //                                               2
    'COPY a ', //                                             3
    'HEALTHCHECK --interval=5s CMD curl -f http://x/', //     4
    'HEALTHCHECK NONE', //                                    5
    'ARG NAME=value', //                                      6
    'USER app:app', //                                        7
    'RUN --mount=type=cache,target=/c go build', //           8
    '',
  ].join('\n');
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.signatureHelpProvider, { triggerCharacters: [' ', '=', '(', ','], retriggerCharacters: [')'] });
    await client.open(uri, 'dockerfile', text);
  });
  after(() => client.shutdown());

  const sig = (line: number, character: number) => client.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri }, position: { line, character } });
  const active = async (line: number, character: number) => {
    const s = (await sig(line, character))!;
    return [s.activeSignature, s.activeParameter];
  };

  it('describes FROM and follows the cursor through its parameters', async () => {
    const s = (await sig(0, 10))!;
    assert.equal(s.signatures[0].label, 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]');
    assert.deepEqual(s.signatures[0].parameters.map((p) => p.label), ['[--platform=<platform>]', '<image>[:<tag>|@<digest>]', '[AS <name>]']);
    assert.deepEqual([s.activeSignature, s.activeParameter], [0, 0]);
    assert.deepEqual(await active(0, 35), [0, 1]);
    assert.deepEqual(await active(0, 44), [0, 2]);
    assert.deepEqual(await active(0, 50), [0, 2]);
  });

  it('tells sources from the destination in COPY', async () => {
    assert.equal((await sig(1, 3)), null, 'not on the keyword');
    assert.deepEqual(await active(1, 8), [0, 0]);
    assert.deepEqual(await active(1, 20), [0, 1]);
    assert.deepEqual(await active(1, 25), [0, 1]);
    assert.deepEqual(await active(1, 30), [0, 2]);
    assert.deepEqual(await active(2, 5), [0, 1]);
    assert.deepEqual(await active(3, 7), [0, 2]);
  });

  it('has two HEALTHCHECK signatures', async () => {
    const s = (await sig(4, 27))!;
    assert.deepEqual(s.signatures.map((x) => x.label), ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'].map((l) => l.replace('command', '<command>')));
    assert.deepEqual(await active(4, 15), [0, 0]);
    assert.deepEqual(await active(4, 27), [0, 1]);
    assert.deepEqual(await active(4, 32), [0, 2]);
    assert.deepEqual(await active(5, 14), [1, 0]);
  });

  it('follows key=value and user:group', async () => {
    assert.deepEqual(await active(6, 6), [0, 0]);
    assert.deepEqual(await active(6, 11), [0, 1]);
    assert.deepEqual(await active(7, 6), [0, 0]);
    assert.deepEqual(await active(7, 10), [0, 1]);
    assert.deepEqual(await active(8, 10), [0, 0]);
    assert.deepEqual(await active(8, 40), [0, 1]);
  });
});
