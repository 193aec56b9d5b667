import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { rangeAt } from '../helpers/caret';

describe('LSP: Dockerfile document links', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.documentLinkProvider, { resolveProvider: false });
  });
  after(() => client.shutdown());

  it('links FROM images to their registry pages', async () => {
    const uri = 'untitled:links/Dockerfile';
    const text = [
      'FROM python:3.12-slim AS base',
      'FROM bitnami/redis:7.4',
      'FROM docker.io/library/node:22@sha256:0123',
      'FROM ghcr.io/astral-sh/uv:0.5',
      'FROM quay.io/prometheus/node-exporter',
      'FROM mcr.microsoft.com/dotnet/sdk:8.0',
      'FROM gcr.io/distroless/static-debian12:nonroot',
      'FROM public.ecr.aws/lambda/python:3.12',
      'FROM base', // a stage: no link
      'FROM scratch',
      'FROM ${IMAGE}',
      'FROM registry.example.com:5000/team/app:1',
      '',
    ].join('\n');
    await client.open(uri, 'dockerfile', text);
    const links = await client.request<{ range: unknown; target: string; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [rangeAt(text, 'FROM «python:3.12-slim»'), 'https://hub.docker.com/_/python'],
        [rangeAt(text, 'FROM «bitnami/redis:7.4»'), 'https://hub.docker.com/r/bitnami/redis'],
        [rangeAt(text, 'FROM «docker.io/library/node:22@sha256:0123»'), 'https://hub.docker.com/_/node'],
        [rangeAt(text, 'FROM «ghcr.io/astral-sh/uv:0.5»'), 'https://ghcr.io/astral-sh/uv'],
        [rangeAt(text, 'FROM «quay.io/prometheus/node-exporter»'), 'https://quay.io/repository/prometheus/node-exporter'],
        [rangeAt(text, 'FROM «mcr.microsoft.com/dotnet/sdk:8.0»'), 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk'],
        [rangeAt(text, 'FROM «gcr.io/distroless/static-debian12:nonroot»'), 'https://console.cloud.google.com/gcr/images/distroless/global/static-debian12'],
        [rangeAt(text, 'FROM «public.ecr.aws/lambda/python:3.12»'), 'https://gallery.ecr.aws/lambda/python'],
      ],
    );
    assert.equal(links[0].tooltip, 'Open python in its registry');
  });
});
