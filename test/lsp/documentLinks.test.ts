import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { r } from '../helpers/dockerfileSample';

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
      'FROM python:3.12-slim AS base', //                                  0
      'FROM bitnami/redis:7.4', //                                         1
      'FROM docker.io/library/node:22@sha256:0123', //                     2
      'FROM ghcr.io/astral-sh/uv:0.5', //                                  3
      'FROM quay.io/prometheus/node-exporter', //                          4
      'FROM mcr.microsoft.com/dotnet/sdk:8.0', //                          5
      'FROM gcr.io/distroless/static-debian12:nonroot', //                 6
      'FROM public.ecr.aws/lambda/python:3.12', //                         7
      'FROM base', //                                                      8  a stage: no link
      'FROM scratch', //                                                   9
      'FROM ${IMAGE}', //                                                  10
      'FROM registry.example.com:5000/team/app:1', //                     11
      '',
    ].join('\n');
    await client.open(uri, 'dockerfile', text);
    const links = await client.request<{ range: unknown; target: string; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [r(0, 5, 21), 'https://hub.docker.com/_/python'],
        [r(1, 5, 22), 'https://hub.docker.com/r/bitnami/redis'],
        [r(2, 5, 42), 'https://hub.docker.com/_/node'],
        [r(3, 5, 29), 'https://ghcr.io/astral-sh/uv'],
        [r(4, 5, 37), 'https://quay.io/repository/prometheus/node-exporter'],
        [r(5, 5, 37), 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk'],
        [r(6, 5, 46), 'https://console.cloud.google.com/gcr/images/distroless/global/static-debian12'],
        [r(7, 5, 38), 'https://gallery.ecr.aws/lambda/python'],
      ],
    );
    assert.equal(links[0].tooltip, 'Open python in its registry');
  });
});
