import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, positionals, type ShellWord } from '../shell';
import { PIP_VALUE_FLAGS, pipInstall, pipSpecPinned as pinned } from '../packages';

/** pipx install options that take a value (`--editable` is a switch in pipx, unlike pip's `-e <path>`). */
const PIPX_VALUE_FLAGS = new Set(['python', 'pip-args', 'suffix', 'index-url', 'i', 'preinstall', 'spec', 'backend']);

const rule: Rule<DockerfileModel> = {
  id: 'DL3013',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3013' },
  docs: {
    summary: 'Pin versions in `pip install` (and `pipx install`).',
    why:
      '`pip install flask` installs whatever release is newest on the day of the build; a new major version can ' +
      'break the image without any change to the Dockerfile. Pin with `flask==3.0.3` or install from a ' +
      'requirements or constraints file. `pipx install` installs with pip and is checked the same way.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name === 'pipx') {
          // pipx installs each application with pip into its own environment: the same pin applies (hadolint too).
          const pos = positionals(cmd, PIPX_VALUE_FLAGS);
          if (pos[0]?.value !== 'install' || cmd.args.some((a) => a.value === '--spec' || a.value.startsWith('--spec='))) continue;
          const loose = pos.slice(1).filter((p) => !p.dynamic && !pinned(p.value));
          if (!loose.length) continue;
          report({
            message: `Pin versions in pipx: ${loose.map((p) => p.value).join(', ')}. Instead of \`pipx install <package>\` use \`pipx install <package>==<version>\``,
            range: loose[0].range,
          });
          continue;
        }
        const pip = pipInstall(cmd);
        if (!pip) continue;
        const values = pip.args.map((a) => a.value);
        // Requirements and constraints files pin (or are the place to pin); `.` installs the local project.
        if (values.some((v) => /^(-r|--requirement|-c|--constraint)(=|$)/.test(v) || /^-[a-zA-Z]*[rc]$/.test(v) || v === '.')) continue;
        const view = { ...cmd, args: pip.args };
        const loose: ShellWord[] = positionals(view, PIP_VALUE_FLAGS).filter((p) => !p.dynamic && !pinned(p.value));
        if (!loose.length) continue;
        report({
          message: `Pin versions in pip: ${loose.map((p) => p.value).join(', ')}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``,
          range: loose[0].range,
        });
      }
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM python:3.12\nRUN pip install flask\n', expect: [{ line: 2, col: 17, message: 'Pin versions in pip: flask. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`' }] },
    { name: '== pin', input: 'FROM python:3.12\nRUN pip install flask==3.0.3 "requests>=2.31,<3"\n', expect: [] },
    { name: 'extras with a pin', input: 'FROM python:3.12\nRUN pip install "uvicorn[standard]==0.30.1"\n', expect: [] },
    { name: 'extras without a pin', input: 'FROM python:3.12\nRUN pip install "uvicorn[standard]"\n', expect: [{ line: 2, col: 17, message: 'Pin versions in pip: uvicorn[standard]. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`' }] },
    { name: 'requirements file', input: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n', expect: [] },
    { name: 'requirement long form', input: 'FROM python:3.12\nRUN pip install --requirement=requirements.txt gunicorn\n', expect: [] },
    { name: 'constraints file', input: 'FROM python:3.12\nRUN pip install -c constraints.txt flask\n', expect: [] },
    { name: 'local project', input: 'FROM python:3.12\nRUN pip install . && pip install -e ./lib && pip install ./dist/app-1.0-py3-none-any.whl\n', expect: [] },
    { name: 'git URL with a ref', input: 'FROM python:3.12\nRUN pip install git+https://github.com/org/repo.git@v1.2.0\n', expect: [] },
    { name: 'git URL without a ref', input: 'FROM python:3.12\nRUN pip install git+https://github.com/org/repo.git\n', expect: [{ line: 2, col: 17, message: 'Pin versions in pip: git+https://github.com/org/repo.git. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`' }] },
    { name: 'python -m pip', input: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip setuptools==70.0.0\n', expect: [{ line: 2, col: 38, message: 'Pin versions in pip: pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`' }] },
    { name: 'index url value is not a package', input: 'FROM python:3.12\nRUN pip install -i https://pypi.example.com/simple flask==3.0.3\n', expect: [] },
    { name: 'variables', input: 'FROM python:3.12\nARG PKG\nRUN pip install "$PKG" ${EXTRA}\n', expect: [] },
    { name: 'pip other subcommands', input: 'FROM python:3.12\nRUN pip download flask && pip uninstall -y flask && pip --version\n', expect: [] },
    { name: 'pipenv installs from its lockfile', input: 'FROM python:3.12\nRUN pipenv install --system --deploy\n', expect: [] },
    {
      name: 'pipx install unpinned',
      input: 'FROM python:3.12\nRUN pipx install --python python3.12 black && pipx install "poetry==1.8.5"\n',
      expect: [{ line: 2, col: 38, message: 'Pin versions in pipx: black. Instead of `pipx install <package>` use `pipx install <package>==<version>`' }],
    },
    { name: 'pipx install pinned, local or from git with a ref', input: 'FROM python:3.12\nRUN pipx install black==24.4.2 ./tool git+https://github.com/o/r.git@v1 && pipx install --editable .\n', expect: [] },
    { name: 'pipx --python value from a substitution', input: 'FROM python:3.12\nRUN pipx install --python "$(which python)" "poetry==1.8.5"\n', expect: [] },
    { name: 'pipx other subcommands', input: 'FROM python:3.12\nRUN pipx ensurepath && pipx run black --check . && pipx upgrade-all\n', expect: [] },
  ],
};

export default rule;
