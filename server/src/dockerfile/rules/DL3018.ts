import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';
import { APK_VALUE_FLAGS } from '../packages';

function pinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith('.apk');
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3018',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3018' },
  docs: {
    summary: 'Pin versions in `apk add`.',
    why:
      'Unpinned packages make the image depend on the day it was built: a rebuild can pull a new major version ' +
      'and break. Pin `pkg=version` (or `pkg~version` for a version prefix).',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'apk')) {
      const pos = positionals(cmd, APK_VALUE_FLAGS);
      if (pos[0]?.value !== 'add') continue;
      const loose = pos.slice(1).filter((p) => !p.dynamic && !pinned(p.value));
      if (!loose.length) continue;
      report({
        message: `Pin versions in apk add: ${loose.map((p) => p.value).slice(0, 5).join(', ')}${loose.length > 5 ? `, … (${loose.length})` : ''}. Instead of \`apk add <package>\` use \`apk add <package>=<version>\``,
        range: loose[0].range,
      });
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM alpine\nRUN apk add --no-cache curl\n', expect: [{ line: 2, col: 24, message: 'Pin versions in apk add: curl. Instead of `apk add <package>` use `apk add <package>=<version>`' }] },
    { name: 'pinned = and ~', input: 'FROM alpine\nRUN apk add --no-cache curl=8.9.1-r2 "git~2.45"\n', expect: [] },
    { name: 'virtual package name is not a package', input: 'FROM alpine\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0\n', expect: [] },
    { name: 'short -t virtual', input: 'FROM alpine\nRUN apk add -t .deps make\n', expect: [{ line: 2, col: 22, message: 'Pin versions in apk add: make. Instead of `apk add <package>` use `apk add <package>=<version>`' }] },
    { name: 'repository value', input: 'FROM alpine\nRUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0\n', expect: [] },
    { name: 'variables', input: 'FROM alpine\nRUN apk add --no-cache $DEPS\n', expect: [] },
    { name: 'other subcommands', input: 'FROM alpine\nRUN apk update && apk del .build-deps && apk info\n', expect: [] },
  ],
};

export default rule;
