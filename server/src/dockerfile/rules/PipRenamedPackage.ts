import type { Fix, Rule, Severity } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, positionals, type ShellCommand, type ShellWord } from '../shell';
import { nearestBefore, PIP_VALUE_FLAGS, pipInstall } from '../packages';
import { keyValues, unquote } from '../scope';

interface Renamed {
  /** The PyPI name to install instead. */
  use: string;
  /** Why installing the old name fails, with the date it started failing. */
  why: string;
  /** An ENV name that makes the install work again (the package's own escape hatch), if any. */
  allowEnv?: string;
  /** Version pins that still install (older real releases), if any. */
  worksWhenPinned?: (spec: string) => boolean;
}

/**
 * PyPI names that fail to install (bundled list; keys normalized as PEP 503 does). Each failure is documented by the
 * package's maintainers or seen with pip's own message:
 * - sklearn: https://github.com/scikit-learn/sklearn-pypi-package — since 2023-12-01 every install raises an error.
 * - tensorflow-gpu: https://pypi.org/project/tensorflow-gpu/ — since December 2022 the newest release (2.12.0) is an
 *   empty package whose install fails; the older releases (≤ 2.11) still install when pinned.
 * - PIL: https://pypi.org/project/PIL/ has no installable files ("from versions: none"); Pillow is its fork.
 */
const RENAMED: Record<string, Renamed> = {
  sklearn: {
    use: 'scikit-learn',
    why: 'the sklearn package fails to install since 2023-12-01',
    allowEnv: 'SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL',
  },
  'tensorflow-gpu': {
    use: 'tensorflow',
    why: 'tensorflow-gpu 2.12 and later fail to install since December 2022 (tensorflow has included GPU support since 2.1)',
    worksWhenPinned: (spec) => {
      const m = /^(?:==|===)\s*(\d+)\.(\d+)/.exec(spec.trim());
      return !!m && (Number(m[1]) < 2 || (Number(m[1]) === 2 && Number(m[2]) < 12));
    },
  },
  pil: { use: 'Pillow', why: 'PIL has no installable release on PyPI' },
};

/** `name[extras]spec` → the parts, or undefined for paths, URLs and options. */
function requirement(v: string): { name: string; extras: string; spec: string } | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(v);
  if (!m || m[3].startsWith('@') || /^[./:]/.test(m[3])) return undefined;
  return { name: m[1], extras: m[2] ?? '', spec: m[3] };
}

const normalize = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** `pip install` arguments, for pip, `python -m pip` and `uv pip`. */
function installArgs(cmd: ShellCommand): ShellWord[] | undefined {
  const pip = pipInstall(cmd);
  if (pip) return pip.args;
  if (cmd.name === 'uv' && cmd.args[0]?.value === 'pip' && cmd.args[1]?.value === 'install') return cmd.args.slice(2);
  return undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'PipRenamedPackage',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'It installs another package, with its own versions.' },
  docs: {
    summary: '`pip install` names a package that no longer installs under that name (`sklearn`, `tensorflow-gpu`, `PIL`).',
    why:
      'Some import names were never the PyPI name, and some packages were retired by replacing them with a release ' +
      'that raises an error: `pip install sklearn` fails since 2023-12-01 (use `scikit-learn`), `tensorflow-gpu` ' +
      'since December 2022 (use `tensorflow`, which has GPU support), and `PIL` never had an installable release ' +
      '(use `Pillow`). The build stops at that RUN. A milder warning when the install may still work: a pinned ' +
      'tensorflow-gpu older than 2.12, sklearn with its escape hatch `SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL` ' +
      'set, a version constraint, or another package index (`--index-url`, `--find-links`). The fix renames an ' +
      'unversioned requirement only (the old name\'s versions mean nothing for the new one).',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir sklearn\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir scikit-learn\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const args = installArgs(cmd);
        if (!args) continue;
        const values = args.map((a) => a.value);
        if (values.includes('--no-index')) continue;
        const otherIndex = values.some((v) => /^(-i|--index-url|--extra-index-url|-f|--find-links)(=|$)/.test(v) || /^-[if]./.test(v));
        for (const w of positionals({ ...cmd, args }, PIP_VALUE_FLAGS)) {
          if (w.dynamic) continue;
          const req = requirement(w.value);
          const entry = req && RENAMED[normalize(req.name)];
          if (!req || !entry) continue;
          let severity: Severity = 'error';
          let note = '';
          if (entry.allowEnv) {
            const name = entry.allowEnv;
            const set =
              cmd.assignments.some((a) => a.value.startsWith(name + '=')) ||
              !!nearestBefore(model, run.ins, `env:${name}`, (x) => (x.keyword === 'ENV' || x.keyword === 'ARG') && keyValues(model, x).pairs.some((p) => unquote(p.key, model.escape) === name));
            if (set) {
              severity = 'warning';
              note = `; ${name} lets it install for now`;
            }
          }
          if (req.spec && (!entry.worksWhenPinned || entry.worksWhenPinned(req.spec) || !/^(==|===)/.test(req.spec.trim()))) {
            severity = 'warning';
            if (entry.worksWhenPinned?.(req.spec)) note = '; older releases still install, but get no updates';
          }
          if (otherIndex) severity = 'warning';
          const nameRange = { start: w.range.start, end: { line: w.range.start.line, character: w.range.start.character + req.name.length } };
          // Rename in place only when the word is written plainly (no quotes before the name) and has no version.
          const plain = model.textOf(nameRange) === req.name;
          const fixes: Fix[] | undefined =
            plain && !req.spec ? [{ title: `Install ${entry.use} instead`, preferred: true, edits: [{ range: nameRange, newText: entry.use }] }] : undefined;
          report({ message: `Install ${entry.use} instead of ${req.name}: ${entry.why}${note}`, range: w.range, severity, fixes });
        }
      }
    }
  },
  tests: [
    {
      name: 'pip install sklearn',
      input: 'FROM python:3.12\nRUN pip install --no-cache-dir sklearn numpy==2.1.0\n',
      expect: [{ line: 2, col: 32, severity: 'error', message: 'Install scikit-learn instead of sklearn: the sklearn package fails to install since 2023-12-01' }],
      fixed: 'FROM python:3.12\nRUN pip install --no-cache-dir scikit-learn numpy==2.1.0\n',
    },
    {
      name: 'normalized names and extras, python -m pip',
      input: 'FROM python:3.12\nRUN python3 -m pip install Tensorflow_GPU "pil"\n',
      expect: [
        { line: 2, col: 28, message: 'Install tensorflow instead of Tensorflow_GPU: tensorflow-gpu 2.12 and later fail to install since December 2022 (tensorflow has included GPU support since 2.1)', severity: 'error' },
        { line: 2, col: 43, severity: 'error', message: 'Install Pillow instead of pil: PIL has no installable release on PyPI' },
      ],
      fixed: 'FROM python:3.12\nRUN python3 -m pip install tensorflow "pil"\n',
    },
    {
      name: 'an old tensorflow-gpu pinned still installs',
      input: 'FROM python:3.9\nRUN pip install tensorflow-gpu==2.10.1\n',
      expect: [{ line: 2, col: 17, message: 'Install tensorflow instead of tensorflow-gpu: tensorflow-gpu 2.12 and later fail to install since December 2022 (tensorflow has included GPU support since 2.1); older releases still install, but get no updates', severity: 'warning' }],
    },
    { name: 'tensorflow-gpu==2.12.0 fails', input: 'FROM python:3.9\nRUN pip install tensorflow-gpu==2.12.0\n', expect: [{ line: 2, col: 17, message: 'Install tensorflow instead of tensorflow-gpu: tensorflow-gpu 2.12 and later fail to install since December 2022 (tensorflow has included GPU support since 2.1)', severity: 'error' }] },
    {
      name: 'the sklearn escape hatch set in ENV',
      input: 'FROM python:3.12\nENV SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True\nRUN pip install sklearn\n',
      expect: [{ line: 3, col: 17, message: 'Install scikit-learn instead of sklearn: the sklearn package fails to install since 2023-12-01; SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL lets it install for now', severity: 'warning' }],
      fixed: 'FROM python:3.12\nENV SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True\nRUN pip install scikit-learn\n',
    },
    {
      name: 'the escape hatch on the command',
      input: 'FROM python:3.12\nRUN SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=1 pip install sklearn\n',
      expect: [{ line: 2, col: 68, message: 'Install scikit-learn instead of sklearn: the sklearn package fails to install since 2023-12-01; SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL lets it install for now', severity: 'warning' }],
    },
    { name: 'another index', input: 'FROM python:3.12\nRUN pip install --index-url https://mirror.example/simple PIL\n', expect: [{ line: 2, col: 59, message: 'Install Pillow instead of PIL: PIL has no installable release on PyPI', severity: 'warning' }] },
    { name: 'uv pip install', input: 'FROM python:3.12\nRUN uv pip install --system sklearn\n', expect: [{ line: 2, col: 29, message: 'Install scikit-learn instead of sklearn: the sklearn package fails to install since 2023-12-01', severity: 'error' }] },
    { name: 'the right names', input: 'FROM python:3.12\nRUN pip install scikit-learn tensorflow Pillow sklearn-pandas\n', expect: [] },
    { name: 'no index at all', input: 'FROM python:3.12\nRUN pip install --no-index --find-links /wheels sklearn\n', expect: [] },
    { name: 'pip uninstall is not an install', input: 'FROM python:3.12\nRUN pip uninstall -y sklearn\n', expect: [] },
    { name: 'a local path', input: 'FROM python:3.12\nRUN pip install ./sklearn\n', expect: [] },
  ],
};

export default rule;
