import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, positionals } from '../shell';
import { pipSpecPinned, UV_VALUE_FLAGS, uvCommand } from '../packages';

/** `ruff@0.5.0` pins in `uv tool install` (and `@latest` does not). */
function toolPinned(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at > 0 && !spec.includes('://') && !spec.includes(' @ ')) return spec.slice(at + 1) !== 'latest';
  return pipSpecPinned(spec);
}

const rule: Rule<DockerfileModel> = {
  id: 'UvPinVersions',
  language: 'dockerfile',
  severity: 'warning',
  docs: {
    summary: 'Pin versions in `uv pip install` and `uv tool install`.',
    why:
      '`uv pip install flask` installs whatever release is newest on the day of the build, exactly as `pip install` ' +
      'does (DL3013): a new major version can break the image with no change to the Dockerfile. Pin with ' +
      '`flask==3.0.3` (`ruff@0.5.0` for `uv tool install`) or install from a requirements, constraints or lock file ' +
      '(`uv pip install -r`, `uv sync`, which are not reported).',
    bad: 'FROM python:3.12-slim\nRUN uv pip install --system --no-cache flask\n',
    good: 'FROM python:3.12-slim\nRUN uv pip install --system --no-cache flask==3.0.3\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const uv = uvCommand(cmd);
        if (!uv || (uv.command !== 'pip install' && uv.command !== 'tool install')) continue;
        const values = uv.args.map((a) => a.value);
        // Requirements, constraints and pyproject groups pin (or are the place to pin); `.` installs the local project.
        if (values.some((v) => /^(-r|--requirements?|-c|--constraints?|--group)(=|$)/.test(v) || /^-[a-zA-Z]*[rc]$/.test(v) || v === '.')) continue;
        const pkgs = positionals({ ...cmd, args: uv.args }, UV_VALUE_FLAGS);
        const isPinned = uv.command === 'tool install' ? toolPinned : pipSpecPinned;
        // `uv tool install` takes one package; the words after it belong to the tool's own options.
        const loose = (uv.command === 'tool install' ? pkgs.slice(0, 1) : pkgs).filter((p) => !p.dynamic && !isPinned(p.value));
        if (!loose.length) continue;
        report({
          message: `Pin versions in uv ${uv.command}: ${loose.map((p) => p.value).join(', ')}. Instead of \`uv ${uv.command} <package>\` use \`uv ${uv.command} <package>==<version>\``,
          range: loose[0].range,
        });
      }
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM python:3.12\nRUN uv pip install --system flask "uvicorn[standard]==0.30.1" requests\n', expect: [{ line: 2, col: 29, message: 'Pin versions in uv pip install: flask, requests. Instead of `uv pip install <package>` use `uv pip install <package>==<version>`' }] },
    { name: 'pinned', input: 'FROM python:3.12\nRUN uv pip install --system flask==3.0.3 "requests>=2.31,<3"\n', expect: [] },
    { name: 'requirements, constraints and the local project', input: 'FROM python:3.12\nRUN uv pip install -r requirements.txt && uv pip install -c c.txt flask && uv pip install --system -e .\n', expect: [] },
    { name: 'value flags are not packages', input: 'FROM python:3.12\nRUN uv pip install --python 3.12 --index-url https://pypi.example.com/simple flask==3.0.3\n', expect: [] },
    {
      name: 'uv tool install',
      input: 'FROM python:3.12\nRUN uv tool install ruff && uv tool install black@24.4.2 && uv tool install mypy@latest\n',
      expect: [
        { line: 2, col: 21, message: 'Pin versions in uv tool install: ruff. Instead of `uv tool install <package>` use `uv tool install <package>==<version>`' },
        { line: 2, col: 77, message: 'Pin versions in uv tool install: mypy@latest. Instead of `uv tool install <package>` use `uv tool install <package>==<version>`' },
      ],
    },
    { name: 'lockfile installs are pinned', input: 'FROM python:3.12\nRUN uv sync --frozen && uv pip sync requirements.txt\n', expect: [] },
    { name: 'variables', input: 'FROM python:3.12\nRUN uv pip install --system "$PKG"\n', expect: [] },
  ],
};

export default rule;
