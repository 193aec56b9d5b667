import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { at } from '../helpers/caret';

interface SignatureHelp {
  signatures: { label: string; parameters: { label: string }[]; activeParameter?: number }[];
  activeSignature: number;
  activeParameter: number;
}

describe('LSP: Dockerfile signature help', () => {
  let client: TestClient;
  const uri = 'untitled:signature/Dockerfile';
  const text = [
    'FROM --platform=$BUILDPLATFORM golang:1.24 AS build',
    'COPY --from=build src1 src2 /dest/',
    'COPY ',
    'COPY a ',
    'HEALTHCHECK --interval=5s CMD curl -f http://x/',
    'HEALTHCHECK NONE',
    'ARG NAME=value',
    'USER app:app',
    'RUN --mount=type=cache,target=/c go build',
    '',
  ].join('\n');
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.signatureHelpProvider, { triggerCharacters: [' ', '=', '(', ','], retriggerCharacters: [')'] });
    await client.open(uri, 'dockerfile', text);
  });
  after(() => client.shutdown());

  const sig = (snippet: string) => client.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri }, position: at(text, snippet) });
  const active = async (snippet: string) => {
    const s = (await sig(snippet))!;
    return [s.activeSignature, s.activeParameter];
  };

  it('describes FROM and follows the cursor through its parameters', async () => {
    const s = (await sig('FROM --pla|tform'))!;
    assert.equal(s.signatures[0].label, 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]');
    assert.deepEqual(s.signatures[0].parameters.map((p) => p.label), ['[--platform=<platform>]', '<image>[:<tag>|@<digest>]', '[AS <name>]']);
    assert.deepEqual([s.activeSignature, s.activeParameter], [0, 0]);
    assert.deepEqual(await active('gola|ng:1.24'), [0, 1]);
    assert.deepEqual(await active('1.24 A|S build'), [0, 2]);
    assert.deepEqual(await active('AS buil|d'), [0, 2]);
  });

  it('tells sources from the destination in COPY', async () => {
    assert.equal((await sig('COP|Y --from')), null, 'not on the keyword');
    assert.deepEqual(await active('COPY --f|rom'), [0, 0]);
    assert.deepEqual(await active('sr|c1'), [0, 1]);
    assert.deepEqual(await active('sr|c2'), [0, 1]);
    assert.deepEqual(await active('/d|est/'), [0, 2]);
    assert.deepEqual(await active('COPY |\nCOPY a'), [0, 1]);
    assert.deepEqual(await active('COPY a |\n'), [0, 2]);
  });

  it('has two HEALTHCHECK signatures', async () => {
    const s = (await sig('5s C|MD'))!;
    assert.deepEqual(s.signatures.map((x) => x.label), ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'].map((l) => l.replace('command', '<command>')));
    assert.deepEqual(await active('HEALTHCHECK --i|nterval'), [0, 0]);
    assert.deepEqual(await active('5s C|MD'), [0, 1]);
    assert.deepEqual(await active('CMD cu|rl'), [0, 2]);
    assert.deepEqual(await active('HEALTHCHECK NO|NE'), [1, 0]);
  });

  it('follows key=value and user:group', async () => {
    assert.deepEqual(await active('ARG NA|ME'), [0, 0]);
    assert.deepEqual(await active('NAME=va|lue'), [0, 1]);
    assert.deepEqual(await active('USER a|pp:'), [0, 0]);
    assert.deepEqual(await active('USER app:a|pp'), [0, 1]);
    assert.deepEqual(await active('RUN --moun|t'), [0, 0]);
    assert.deepEqual(await active('go buil|d'), [0, 1]);
  });
});
