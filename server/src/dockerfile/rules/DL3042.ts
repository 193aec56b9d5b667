import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, hasCacheMount, insertAfter, runMounts } from '../shell';
import { nearestBefore, pipInstall } from '../packages';
import type { DfInstruction } from '../model';

/** The value an ENV or ARG instruction gives PIP_NO_CACHE_DIR, if it sets it. */
function pipNoCacheValue(x: DfInstruction): string | undefined {
  if (x.keyword !== 'ENV' && x.keyword !== 'ARG') return undefined;
  let value: string | undefined;
  for (const a of x.args) {
    const m = /^PIP_NO_CACHE_DIR=["']?([^"']*)["']?$/.exec(a.getValue());
    if (m) value = m[1];
  }
  return value;
}

// pip disables its cache for any boolean value of PIP_NO_CACHE_DIR, `0`, `false`, `no` and `off` included: it
// checks that the value reads as a boolean, then turns the cache off either way, as it always did (pip's
// cmdoptions `_handle_no_cache_dir`). Any other value makes pip fail with an error, so it is no setting.
const BOOLEAN = /^(y|yes|t|true|on|1|n|no|f|false|off|0)$/i;

const rule: Rule<DockerfileModel> = {
  id: 'DL3042',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3042' },
  fix: { safety: 'safe', why: 'pip installs the same packages without its cache; only the cache directory is no longer left in the layer.' },
  docs: {
    summary: 'Avoid the pip cache directory: use `pip install --no-cache-dir`.',
    why:
      'pip keeps every downloaded wheel in `~/.cache/pip`; in an image that cache is never reused but stays in ' +
      'the layer, often adding tens or hundreds of megabytes. `ENV PIP_NO_CACHE_DIR=1` or a cache mount are fine too.',
    bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      const installs = run.commands.map((c) => ({ c, pip: pipInstall(c) })).filter((x) => x.pip);
      if (!installs.length) continue;
      // ENV PIP_NO_CACHE_DIR=1 in the stage (or one it builds on), or the variable set in the RUN.
      // The nearest ENV/ARG that sets PIP_NO_CACHE_DIR decides.
      const setting = nearestBefore(model, run.ins, 'PIP_NO_CACHE_DIR', (x) => pipNoCacheValue(x) !== undefined);
      const envSet = setting ? BOOLEAN.test(pipNoCacheValue(setting)!) : false;
      if (envSet) continue;
      if (run.commands.some((c) => [...c.assignments, ...c.args].some((w) => w.value.startsWith('PIP_NO_CACHE_DIR=') && BOOLEAN.test(w.value.slice(17))))) continue;
      // A cache mount keeps the pip cache out of the layer.
      if (hasCacheMount(model, run.ins, '/root/.cache/pip') || runMounts(model, run.ins).some((m) => m.type === 'cache' && /pip/.test(m.target ?? ''))) continue;
      for (const { c, pip } of installs) {
        if (pip!.all.some((a) => a.value === '--no-cache-dir' || a.value.startsWith('--cache-dir'))) continue;
        report({
          message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
          range: pip!.install.range,
          fixes: [{ title: 'Add `--no-cache-dir`', edits: [insertAfter(pip!.install, '--no-cache-dir')], preferred: true }],
        });
      }
    }
  },
  tests: [
    {
      name: 'missing',
      input: 'FROM python:3.12\nRUN pip install -r requirements.txt\n',
      expect: [{ line: 2, col: 9, message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' }],
      fixed: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n',
    },
    {
      name: 'python -m pip',
      input: 'FROM python:3.12\nRUN python -m pip install flask==3.0.3\n',
      expect: [{ line: 2, col: 19, message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' }],
      fixed: 'FROM python:3.12\nRUN python -m pip install --no-cache-dir flask==3.0.3\n',
    },
    { name: 'present', input: 'FROM python:3.12\nRUN pip3 install --no-cache-dir flask==3.0.3\n', expect: [] },
    { name: 'ENV PIP_NO_CACHE_DIR', input: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n', expect: [] },
    { name: 'ENV in the parent stage', input: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install flask==3.0.3\n', expect: [] },
    { name: 'ENV set to off disables the cache too (pip takes any boolean value so)', input: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install flask==3.0.3\n', expect: [] },
    { name: 'env prefix or export with a false value disables the cache too', input: 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=0 pip install flask==3.0.3 && export PIP_NO_CACHE_DIR=false && pip install jq==1.7.0\n', expect: [] },
    { name: 'a value pip does not read as a boolean is no setting', input: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=/tmp/x\nRUN pip install flask==3.0.3\n', expect: [{ line: 3, col: 9, message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' }] },
    { name: 'env prefix', input: 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3\n', expect: [] },
    { name: 'cache mount', input: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n', expect: [] },
    { name: 'other stage ENV does not count', input: 'FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask==3.0.3\n', expect: [{ line: 4, col: 9, message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' }] },
    { name: 'not an install', input: 'FROM python:3.12\nRUN pip freeze && pip wheel . -w /wheels\n', expect: [] },
  ],
};

export default rule;
