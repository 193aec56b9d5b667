import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns } from '../shell';
import { condaInstall } from '../packages';

/**
 * A conda match spec that names a version: `numpy=1.26`, `numpy==1.26.4`, `"numpy>=1.26"`, `"numpy 1.26.*"`, a
 * bracketed `numpy[version='>=1.26']`; a local package archive or URL is fixed too.
 */
function pinned(spec: string): boolean {
  if (/[=<>!~]/.test(spec) || /\s/.test(spec.trim())) return true;
  if (/\.(conda|tar\.bz2)$/.test(spec) || spec.includes('://') || spec.startsWith('/') || spec.startsWith('.')) return true;
  return false;
}

const rule: Rule<DockerfileModel> = {
  id: 'CondaPinVersions',
  language: 'dockerfile',
  severity: 'warning',
  docs: {
    summary: 'Pin versions in `conda install` and `conda create` (also mamba and micromamba).',
    why:
      '`conda install numpy` resolves to the newest build on the day of the build, so two builds of the same ' +
      'Dockerfile can get different (and incompatible) libraries. Pin with `numpy=1.26.4`, or install from an ' +
      'environment or lock file (`-f`, `--file`, `conda env create`), which is not reported.',
    bad: 'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy && conda clean -afy\n',
    good: 'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy=1.26.4 && conda clean -afy\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const conda = condaInstall(cmd);
        // `update`/`upgrade` move to newer versions by design; files pin (or are the place to pin).
        if (!conda || (conda.command !== 'install' && conda.command !== 'create') || conda.usesFile) continue;
        const loose = conda.packages.filter((p) => !p.dynamic && !pinned(p.value));
        if (!loose.length) continue;
        report({
          message: `Pin versions in ${cmd.name} ${conda.command}: ${loose.map((p) => p.value).join(', ')}. Instead of \`${cmd.name} ${conda.command} <package>\` use \`${cmd.name} ${conda.command} <package>=<version>\``,
          range: loose[0].range,
        });
      }
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM continuumio/miniconda3\nRUN conda install -y -c conda-forge numpy pandas=2.2.2 scipy\n', expect: [{ line: 2, col: 37, message: 'Pin versions in conda install: numpy, scipy. Instead of `conda install <package>` use `conda install <package>=<version>`' }] },
    { name: 'pinned forms', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 "scipy>=1.13" "pandas 2.2.*" conda-forge::xarray==2024.6.0\n', expect: [] },
    { name: 'conda create', input: 'FROM continuumio/miniconda3\nRUN conda create -y -n app python=3.12 pip\n', expect: [{ line: 2, col: 40, message: 'Pin versions in conda create: pip. Instead of `conda create <package>` use `conda create <package>=<version>`' }] },
    { name: 'environment files', input: 'FROM continuumio/miniconda3\nRUN conda env create -f environment.yml && conda install -y --file requirements.txt && micromamba install -y -f env.yaml\n', expect: [] },
    { name: 'mamba and micromamba', input: 'FROM mambaorg/micromamba\nRUN micromamba install -y -n base python=3.12 jupyterlab\n', expect: [{ line: 2, col: 47, message: 'Pin versions in micromamba install: jupyterlab. Instead of `micromamba install <package>` use `micromamba install <package>=<version>`' }] },
    { name: 'update moves on by design', input: 'FROM continuumio/miniconda3\nRUN conda update -y -n base conda\n', expect: [] },
    { name: 'local archives and variables', input: 'FROM continuumio/miniconda3\nRUN conda install -y ./pkg-1.0-0.conda "$EXTRA"\n', expect: [] },
  ],
};

export default rule;
