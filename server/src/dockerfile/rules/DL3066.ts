import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { scopes } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'DL3066',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3066' },
  docs: {
    summary: 'USER should name the user by its numeric id, not by name (opt-in).',
    why:
      'A user name is looked up in the image\'s `/etc/passwd`; tools outside the container only see the image ' +
      'config. Kubernetes, for one, cannot verify `runAsNonRoot` for `USER app` and refuses to start the pod. A ' +
      'numeric UID (and GID) works everywhere. Named users are common and work with Docker itself, so this check is ' +
      'off unless you enable it. A USER given by a variable, and Windows images, are not checked.',
    bad: 'FROM node:22-slim\nUSER node\n',
    good: 'FROM node:22-slim\nUSER 1000:1000\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'USER' || !ins.stage || ins.args.length !== 1) continue;
      // Windows users (ContainerUser, ContainerAdministrator) have no numeric ids.
      if (scopes(model).byStage[ins.stage.index].windows) continue;
      const value = ins.argValues[0];
      if (value.includes('$')) continue;
      const user = value.split(':')[0];
      if (/^\d+$/.test(user)) continue;
      report({ message: `Non-numeric user-id may not be resolvable by host system: use the UID of "${user}"`, range: ins.args[0].getRange() });
    }
  },
  tests: [
    { name: 'hadolint: numeric UID', input: 'FROM alpine\nUSER 12345\n', expect: [] },
    { name: 'hadolint: numeric UID and GID', input: 'FROM alpine\nUSER 1234:5678\n', expect: [] },
    { name: 'hadolint: non-numeric UID', input: 'FROM alpine\nUSER foobar\n', expect: [{ line: 2, col: 6, message: 'Non-numeric user-id may not be resolvable by host system: use the UID of "foobar"' }] },
    { name: 'hadolint: non-numeric UID and GID', input: 'FROM alpine\nUSER foobar:barfoo\n', expect: [{ line: 2, col: 6, message: 'Non-numeric user-id may not be resolvable by host system: use the UID of "foobar"' }] },
    { name: 'a numeric UID with a group name', input: 'FROM alpine\nUSER 1000:app\n', expect: [] },
    { name: 'quoted', input: 'FROM alpine\nUSER "app"\n', expect: [{ line: 2, col: 6, message: 'Non-numeric user-id may not be resolvable by host system: use the UID of "app"' }] },
    { name: 'Windows users have no numeric ids', input: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n', expect: [] },
    { name: 'a variable is not known', input: 'FROM alpine\nARG APP_UID=1000\nUSER ${APP_UID}\n', expect: [] },
  ],
};

export default rule;
