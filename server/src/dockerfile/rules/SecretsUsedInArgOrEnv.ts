import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { keyValues, unquote } from '../scope';

// BuildKit's token lists: a name is sensitive when one of its `_`-separated words is a secret token and none
// is an allow token (`PUBLIC_KEY`, `PASSWORD_FILE` and `AUTH_MODULE_VERSION` are fine).
const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return DENY.test(name) && !ALLOW.test(name);
}

const rule: Rule<DockerfileModel> = {
  id: 'SecretsUsedInArgOrEnv',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'SecretsUsedInArgOrEnv' },
  // hadolint's DL3064 looks for the same thing with its own list of names.
  aliases: ['DL3064'],
  docs: {
    summary: 'ARG and ENV should not carry secrets (names like `*_TOKEN`, `PASSWORD`, `API_KEY`).',
    why:
      'ARG and ENV values are stored in the image metadata and build history, where anyone who can pull the image ' +
      'can read them; use `RUN --mount=type=secret` instead.',
    bad: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\n',
    good: 'FROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      for (const kv of keyValues(model, ins).pairs) {
        const key = unquote(kv.key, model.escape);
        if (!isSecretName(key)) continue;
        report({ message: `Do not use ARG or ENV instructions for sensitive data (${ins.keyword} "${key}")`, range: ins.range });
      }
    }
  },
  tests: [
    {
      name: "BuildKit's examples",
      input:
        'FROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\n' +
        'ENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\n' +
        'ENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n',
      expect: [
        { line: 2, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")' },
        { line: 3, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")' },
        { line: 4, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "password")' },
        { line: 4, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "secret")' },
        { line: 5, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "super_duper_secret_token")' },
        { line: 5, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "auth")' },
        { line: 6, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "apikey")' },
        { line: 7, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "git_key")' },
      ],
    },
    { name: 'legacy ENV form', input: 'FROM scratch\nENV GITHUB_TOKEN abc\n', expect: [{ line: 2, col: 1, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "GITHUB_TOKEN")' }] },
    { name: 'ordinary names', input: 'FROM scratch\nARG VERSION\nENV PATH=/x KEYBOARD=us TOKENIZER=x MONKEY=1\n', expect: [] },
    { name: 'local check=skip', input: 'FROM scratch\n# check=skip=SecretsUsedInArgOrEnv // allowed\nARG password\n', expect: [] },
  ],
};

export default rule;
