import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns } from '../shell';
import { aptGet, aptSimulates } from '../packages';

/** `pkg=1.2`, `pkg=1.*`, `pkg/bookworm-backports` (release pin) and local `.deb` files count as pinned. */
function pinned(value: string): boolean {
  return value.includes('=') || value.includes('/') || value.endsWith('.deb');
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3008',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3008' },
  docs: {
    summary: 'Pin versions in `apt-get install`.',
    why:
      'Without versions the image you build next month installs whatever the mirror has then, so two builds of ' +
      'the same Dockerfile can differ and a rebuild can break with no change on your side. Pin `pkg=version` ' +
      '(or a release with `pkg/release`) for packages your software depends on. A simulation (`apt-get install -s`) ' +
      'installs nothing and is not reported.',
    bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\\n && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const apt = aptGet(cmd);
        // A simulation (`apt-get install -s`) installs nothing: there is no version to pin.
        if (!apt || apt.sub.value !== 'install' || aptSimulates(cmd)) continue;
        // Variables (`$PACKAGES`) may hold pinned names: not checkable.
        const loose = apt.packages.filter((p) => !p.dynamic && !pinned(p.value));
        if (!loose.length) continue;
        const names = loose.map((p) => p.value);
        report({
          message: `Pin versions in apt-get install: ${names.slice(0, 5).join(', ')}${names.length > 5 ? `, … (${names.length})` : ''}. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\``,
          range: loose[0].range,
        });
      }
    }
  },
  tests: [
    { name: 'unpinned package', input: 'FROM debian\nRUN apt-get install -y curl\n', expect: [{ line: 2, col: 24, message: 'Pin versions in apt-get install: curl. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`' }] },
    { name: 'pinned package', input: 'FROM debian\nRUN apt-get install -y curl=7.88.1-10\n', expect: [] },
    { name: 'a simulation installs nothing: no version to pin', input: 'FROM debian\nRUN apt-get install -s curl && apt-get --just-print install git\n', expect: [] },
    { name: 'pinned with wildcard version', input: 'FROM debian\nRUN apt-get install -y "curl=7.88.*"\n', expect: [] },
    { name: 'release pin and local .deb', input: 'FROM debian\nRUN apt-get install -y git/bookworm-backports ./pkg.deb\n', expect: [] },
    {
      name: 'continuation list reports once, at the first unpinned package',
      input: 'FROM debian\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      ca-certificates=20230311 \\\n      curl \\\n      git \\\n && rm -rf /var/lib/apt/lists/*\n',
      expect: [{ line: 5, col: 7, message: 'Pin versions in apt-get install: curl, git. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`' }],
    },
    { name: 'variables are not checked', input: 'FROM debian\nARG PKGS\nRUN apt-get install -y $PKGS "${EXTRA}"\n', expect: [] },
    { name: 'options before the subcommand', input: 'FROM debian\nRUN apt-get -y -q install curl\n', expect: [{ line: 2, col: 27, message: 'Pin versions in apt-get install: curl. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`' }] },
    { name: 'target release value is not a package', input: 'FROM debian\nRUN apt-get install -y -t bookworm-backports curl=8.0\n', expect: [] },
    { name: '-o values are not packages', input: 'FROM debian\nRUN apt-get -o Dpkg::Options::=--force-confold install -y curl=1\n', expect: [] },
    { name: 'env prefix and sudo', input: 'FROM debian\nRUN DEBIAN_FRONTEND=noninteractive sudo apt-get install -y vim\n', expect: [{ line: 2, col: 60, message: 'Pin versions in apt-get install: vim. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`' }] },
    { name: 'other apt-get subcommands', input: 'FROM debian\nRUN apt-get update && apt-get purge -y curl && apt-get source foo\n', expect: [] },
    { name: 'package named like a word in a string', input: 'FROM debian\nRUN echo "apt-get install curl"\n', expect: [] },
    { name: 'exec form', input: 'FROM debian\nRUN ["apt-get", "install", "-y", "curl"]\n', expect: [{ line: 2, col: 34, message: 'Pin versions in apt-get install: curl. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`' }] },
    { name: 'hadolint ignore', input: 'FROM debian\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', expect: [] },
    { name: 'PowerShell stage is not parsed', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get install curl\n', expect: [] },
  ],
};

export default rule;
