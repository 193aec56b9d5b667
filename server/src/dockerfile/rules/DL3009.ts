import type { Report, Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { appendCommandFix, hasCacheMount, parseRun } from '../shell';
import type { ParsedRun, ShellCommand } from '../shell';
import { aptGet, nearestBefore, shippedRuns, uncleaned } from '../packages';

const LISTS = /^\/var\/lib\/apt\/lists(\/\*?|\/\.?\*)?$/;
/** Debian's and Ubuntu's images delete each downloaded .deb after apt-get through this file. */
const DOCKER_CLEAN = '/etc/apt/apt.conf.d/docker-clean';
const APT_ARCHIVES = /^\/var\/cache\/apt(\/archives)?(\/\*?|\/\.?\*|\/\*\.deb)?$/;

const removesDockerClean = (c: ShellCommand): boolean => c.name === 'rm' && c.args.some((a) => a.value === DOCKER_CLEAN);

/** Whether `/etc/apt/apt.conf.d/docker-clean` is gone when command `idx` of `run` runs. */
function dockerCleanRemoved(model: DockerfileModel, run: ParsedRun, idx: number): boolean {
  if (run.commands.slice(0, idx).some(removesDockerClean)) return true;
  const removing = (x: DfInstruction): boolean => x.keyword === 'RUN' && !!parseRun(model, x)?.commands.some(removesDockerClean);
  if (nearestBefore(model, run.ins, 'DL3009:docker-clean', removing)) return true;
  // An ONBUILD trigger also runs after the triggers written before it in its stage.
  const onbuild = run.ins.onbuild;
  return !!onbuild && model.triggers.some((t) => t.onbuild?.stage === onbuild.stage && t.index < run.ins.index && removing(t));
}

/**
 * Once docker-clean is removed (as for BuildKit's apt cache mounts), apt-get keeps every .deb it downloads in
 * /var/cache/apt/archives: in the image, unless that directory is a cache mount or `apt-get clean` follows.
 */
function checkArchives(model: DockerfileModel, run: ParsedRun, report: (r: Report) => void): void {
  if (hasCacheMount(model, run.ins, '/var/cache/apt/archives')) return;
  const idx = uncleaned(
    run.commands,
    (c) => aptGet(c)?.sub.value === 'install',
    (c) => aptGet(c)?.sub.value === 'clean' || aptGet(c)?.sub.value === 'dist-clean' || (c.name === 'rm' && c.args.some((a) => APT_ARCHIVES.test(a.value))),
  );
  if (idx < 0 || !dockerCleanRemoved(model, run, idx)) return;
  report({
    message: `Downloaded packages stay in the image: \`${DOCKER_CLEAN}\` is removed, so mount a cache on /var/cache/apt too (or add \`apt-get clean\` to this RUN)`,
    range: run.commands[idx].nameWord.range,
  });
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3009',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3009' },
  fix: { safety: 'unsafe', why: 'It deletes the apt lists, which a later `apt-get install` in the stage may still need.' },
  docs: {
    summary: 'Delete the apt-get lists after installing something, in the same RUN.',
    why:
      '`apt-get update` downloads package lists (tens of megabytes) into `/var/lib/apt/lists`. Removing them in ' +
      'a later RUN does not shrink the image, because the earlier layer still holds them. Only stages that end up ' +
      'in the final image are checked, and a cache mount on the lists directory is fine. Once ' +
      '`/etc/apt/apt.conf.d/docker-clean` is removed (as for BuildKit apt cache mounts), apt-get also keeps every ' +
      'package it downloads, in /var/cache/apt: that directory must then be a cache mount too, or `apt-get clean` follow.',
    bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\\n && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const run of shippedRuns(model)) {
      checkArchives(model, run, report);
      if (hasCacheMount(model, run.ins, '/var/lib/apt/lists')) continue;
      // The lists must go after the last update (`rm -rf /var/lib/apt/lists/* && apt-get update` leaves them).
      // `apt-get dist-clean` (apt 2.7+, Debian trixie) removes the lists too.
      const idx = uncleaned(
        run.commands,
        (c) => aptGet(c)?.sub.value === 'update',
        (c) => (c.name === 'rm' && c.args.some((a) => LISTS.test(a.value))) || aptGet(c)?.sub.value === 'dist-clean',
      );
      if (idx < 0) continue;
      const update = run.commands[idx];
      report({
        message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN',
        range: update.nameWord.range,
        fixes: appendCommandFix(model, run, 'rm -rf /var/lib/apt/lists/*'),
      });
    }
  },
  tests: [
    {
      name: 'lists left behind',
      input: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
      fixed: 'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'fix follows the leading-&& style',
      input: 'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
      fixed: 'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'fix follows the trailing-&& style',
      input: 'FROM debian\nRUN apt-get update && \\\n  apt-get install -y curl\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
      fixed: 'FROM debian\nRUN apt-get update && \\\n  apt-get install -y curl && \\\n  rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'a simulated install still leaves the lists update downloaded',
      input: 'FROM debian\nRUN apt-get update && apt-get install -s curl\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
      fixed: 'FROM debian\nRUN apt-get update && apt-get install -s curl && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'quoted cache mount of the lists', input: 'FROM debian\nRUN --mount="type=cache,target=/var/lib/apt/lists" apt-get update && apt-get install -y curl\n', expect: [] },
    { name: 'cleaned in the same RUN', input: 'FROM debian\nRUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n', expect: [] },
    { name: 'cleaned with ; and set -eux', input: 'FROM debian\nRUN set -eux; apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n', expect: [] },
    { name: 'apt-get dist-clean', input: 'FROM debian:trixie\nRUN set -eux; apt-get update; apt-get install -y curl; apt-get dist-clean\n', expect: [] },
    { name: 'apt-get clean keeps the lists', input: 'FROM debian\nRUN apt-get update && apt-get install -y curl && apt-get clean\n', expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }] },
    { name: 'rm -fr of the directory', input: 'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/lists\n', expect: [] },
    {
      name: 'not the final stage',
      input: 'FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian\nCOPY --from=build /x /x\n',
      expect: [],
    },
    {
      name: 'a stage the final one builds on',
      input: 'FROM debian AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nCMD ["curl"]\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
    },
    {
      name: 'cache mount on apt lists',
      input: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install -y curl\n',
      expect: [],
    },
    { name: 'cache mount on /var/lib/apt', input: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n', expect: [] },
    { name: 'cleanup in a later RUN does not help', input: 'FROM debian\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n', expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }] },
    {
      name: 'no fix when the RUN ends with a comment',
      input: 'FROM debian\nRUN apt-get update && apt-get install -y curl # tools\n',
      expect: [{ line: 2, col: 5, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
      fixed: 'FROM debian\nRUN apt-get update && apt-get install -y curl # tools\n',
    },
    {
      name: 'removing the lists before the update does not count',
      input: 'FROM debian\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n',
      expect: [{ line: 2, col: 36, message: 'Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN' }],
    },
    { name: 'apt-get -q=2 update', input: 'FROM debian\nRUN apt-get -q=2 update && apt-get -q=2 install curl && rm -rf /var/lib/apt/lists/*\n', expect: [] },
    {
      name: 'docker-clean removed: the downloaded packages stay unless /var/cache/apt is a cache mount too',
      input:
        'FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\n' +
        'RUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install -y curl\n',
      expect: [
        { line: 4, col: 23, message: 'Downloaded packages stay in the image: `/etc/apt/apt.conf.d/docker-clean` is removed, so mount a cache on /var/cache/apt too (or add `apt-get clean` to this RUN)' },
      ],
    },
    {
      name: 'docker-clean removed in the same RUN, as ONBUILD triggers',
      input: 'FROM debian\nONBUILD RUN --mount=type=cache,target=/var/lib/apt rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y curl\n',
      expect: [{ line: 2, col: 112, message: 'Downloaded packages stay in the image: `/etc/apt/apt.conf.d/docker-clean` is removed, so mount a cache on /var/cache/apt too (or add `apt-get clean` to this RUN)' }],
    },
    {
      name: 'docker-clean removed by an earlier ONBUILD trigger',
      input: 'FROM debian\nONBUILD RUN rm -f /etc/apt/apt.conf.d/docker-clean\nONBUILD RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n',
      expect: [{ line: 3, col: 70, message: 'Downloaded packages stay in the image: `/etc/apt/apt.conf.d/docker-clean` is removed, so mount a cache on /var/cache/apt too (or add `apt-get clean` to this RUN)' }],
    },
    {
      name: 'docker-clean removed, both apt directories are cache mounts',
      input:
        'FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\n' +
        'RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n',
      expect: [],
    },
    {
      name: 'docker-clean removed, then apt-get clean and the lists deleted',
      input: 'FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\n',
      expect: [],
    },
    {
      name: 'docker-clean removed in a build stage that is not shipped',
      input:
        'FROM debian AS build\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y gcc\n' +
        'FROM debian\nCOPY --from=build /x /x\n',
      expect: [],
    },
    { name: 'no update, nothing to delete', input: 'FROM debian\nRUN apt-get install -y ./local.deb\n', expect: [] },
  ],
};

export default rule;
