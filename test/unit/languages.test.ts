import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../server/src/engine/languages';

describe('routing documents to languages', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['/p/Dockerfile', undefined, 'dockerfile'],
    ['/p/Containerfile', undefined, 'dockerfile'],
    ['/p/api.Dockerfile', undefined, 'dockerfile'],
    ['/p/Dockerfile.prod', undefined, 'dockerfile'],
    ['/p/Dockerfile.dockerignore', undefined, undefined],
    ['/p/dockerfile.dev', undefined, 'dockerfile'],
    ['/p/snippets/dockerfile.json', undefined, undefined],
    ['/p/syntaxes/dockerfile.tmLanguage.json', undefined, undefined],
    ['/p/src/dockerfile.ts', undefined, undefined],
    ['/p/Dockerfile.template', undefined, undefined],
    ['/p/Dockerfile.md', undefined, undefined],
    ['/p/.github/workflows/ci.yml', undefined, 'workflow'],
    ['/p/.github/workflows/release.yaml', 'yaml', 'workflow'],
    ['C:\\p\\.github\\workflows\\ci.yml', undefined, 'workflow'],
    ['/p/.github/workflows/sub/ci.yml', undefined, undefined],
    ['/p/action.yml', undefined, 'action'],
    ['/p/.github/actions/setup/action.yaml', undefined, 'action'],
    ['/p/compose.yaml', undefined, 'compose'],
    ['/p/docker-compose.yml', undefined, 'compose'],
    ['/p/docker-compose.override.yml', undefined, 'compose'],
    ['/p/compose.prod.yaml', undefined, 'compose'],
    ['/p/values.yaml', undefined, undefined],
    ['/p/notes.txt', undefined, undefined],
    ['/p/untitled-1', 'dockerfile', 'dockerfile'],
    ['/p/untitled-2', 'dockercompose', 'compose'],
    ['/p/untitled-3', 'github-actions-workflow', 'workflow'],
    // Config files, whatever language the editor gives them; actionlint's and Slipway's in `.github` only.
    ['/p/.slipway.yaml', 'yaml', 'config'],
    ['/p/sub/.slipway.yml', undefined, 'config'],
    ['/p/.hadolint.yaml', undefined, 'config'],
    ['C:\\p\\.hadolint.yml', undefined, 'config'],
    ['/p/.github/slipway.yaml', 'github-actions-workflow', 'config'],
    ['/p/.github/actionlint.yml', 'yaml', 'config'],
    ['/p/actionlint.yaml', undefined, undefined],
    ['/p/slipway.yaml', undefined, undefined],
    ['/p/.github/workflows/slipway.yaml', undefined, 'workflow'],
    ['/p/.github/dependabot.yml', undefined, undefined],
  ];
  for (const [p, id, expected] of cases) {
    it(`${p}${id ? ` (${id})` : ''} → ${expected ?? 'not ours'}`, () => assert.equal(detectLanguage(p, id), expected));
  }
});
