import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, hasCacheMount, hasFlag, insertAfter, positionals } from '../shell';
import { APK_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3019',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3019' },
  fix: { safety: 'unsafe', why: '`--no-cache` makes apk fetch a fresh package index instead of the one `apk update` left, which may install other versions.' },
  docs: {
    summary: 'Use `apk add --no-cache`.',
    why:
      'Without `--no-cache`, apk stores the package index in `/var/cache/apk` and it stays in the layer. ' +
      '`--no-cache` fetches the index on the fly, so there is no need for `apk update` or removing the cache afterwards. ' +
      'A cache mount on `/var/cache/apk` is fine too.',
    bad: 'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      if (hasCacheMount(model, run.ins, '/var/cache/apk') || hasCacheMount(model, run.ins, '/etc/apk/cache')) continue;
      for (const cmd of run.commands) {
        if (cmd.name !== 'apk') continue;
        const add = positionals(cmd, APK_VALUE_FLAGS)[0];
        // --no-network installs from the local cache/files only: nothing is downloaded or cached.
        if (add?.value !== 'add' || hasFlag(cmd, [], ['no-cache', 'no-network'])) continue;
        report({
          message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
          range: add.range,
          fixes: [{ title: 'Add `--no-cache`', edits: [insertAfter(add, '--no-cache')], preferred: true }],
        });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM alpine\nRUN apk add curl\n', expect: [{ line: 2, col: 9, message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages' }], fixed: 'FROM alpine\nRUN apk add --no-cache curl\n' },
    { name: 'with --update', input: 'FROM alpine\nRUN apk --update add curl\n', expect: [{ line: 2, col: 18, message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages' }], fixed: 'FROM alpine\nRUN apk --update add --no-cache curl\n' },
    { name: 'present', input: 'FROM alpine\nRUN apk add --no-cache curl\n', expect: [] },
    { name: 'present before the subcommand', input: 'FROM alpine\nRUN apk --no-cache add curl\n', expect: [] },
    { name: 'cache mount', input: 'FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n', expect: [] },
    { name: 'apk add --no-network', input: 'FROM alpine\nRUN apk add --no-network --virtual .rundeps so:libz.so.1\n', expect: [] },
    { name: 'through xargs', input: 'FROM alpine\nRUN echo curl | xargs -rt apk add\n', expect: [{ line: 2, col: 31, message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages' }] },
    { name: 'apk del', input: 'FROM alpine\nRUN apk del curl\n', expect: [] },
  ],
};

export default rule;
