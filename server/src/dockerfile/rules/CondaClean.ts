import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { appendCommandFix, runMounts } from '../shell';
import { condaCleans, condaInstall, shippedRuns, uncleaned } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'CondaClean',
  language: 'dockerfile',
  severity: 'info',
  fix: { safety: 'unsafe', why: "It adds a command that deletes conda's package cache, which a later instruction may still use." },
  docs: {
    summary: '`conda clean --all` missing after `conda install` (also mamba and micromamba).',
    why:
      'conda keeps every downloaded package, unpacked and as an archive, in its package cache (`/opt/conda/pkgs` in the ' +
      'usual images), often more than the environment itself. Run `conda clean --all --yes` (`-afy`) in the same RUN, ' +
      'after the last install, or use a cache mount for the package cache. Only stages that end up in the final image ' +
      'are checked.',
    bad: 'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy=1.26.4\n',
    good: 'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy=1.26.4 && conda clean --all --yes\n',
  },
  check({ model, report }) {
    for (const run of shippedRuns(model)) {
      if (runMounts(model, run.ins).some((m) => m.type === 'cache' && /conda|mamba|\/pkgs$/.test(m.target ?? ''))) continue;
      // A clean counts only after the last install (`conda clean -afy && conda install …` leaves the cache behind).
      const idx = uncleaned(run.commands, (c) => !!condaInstall(c), condaCleans);
      if (idx < 0) continue;
      const cmd = run.commands[idx];
      report({
        message: `\`${cmd.name} clean --all\` missing after \`${cmd.name} ${condaInstall(cmd)!.command}\`: the package cache stays in the layer`,
        range: cmd.nameWord.range,
        fixes: appendCommandFix(model, run, `${cmd.name} clean --all --yes`),
      });
    }
  },
  tests: [
    {
      name: 'missing',
      input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4\n',
      expect: [{ line: 2, col: 5, message: '`conda clean --all` missing after `conda install`: the package cache stays in the layer' }],
      fixed: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 && conda clean --all --yes\n',
    },
    { name: 'conda clean -afy', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 && conda clean -afy\n', expect: [] },
    { name: 'rm of the package cache', input: 'FROM continuumio/miniconda3\nRUN conda env create -f environment.yml && rm -rf /opt/conda/pkgs/*\n', expect: [] },
    {
      name: 'micromamba',
      input: 'FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base -f env.yaml\n',
      expect: [{ line: 2, col: 5, message: '`micromamba clean --all` missing after `micromamba install`: the package cache stays in the layer' }],
      fixed: 'FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base -f env.yaml && micromamba clean --all --yes\n',
    },
    { name: 'a clean before the install is not a clean', input: 'FROM continuumio/miniconda3\nRUN conda clean -afy && conda create -y -n app python=3.12\n', expect: [{ line: 2, col: 25, message: '`conda clean --all` missing after `conda create`: the package cache stays in the layer' }] },
    { name: 'clean without --all keeps the packages', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 && conda clean -y --index-cache\n', expect: [{ line: 2, col: 5, message: '`conda clean --all` missing after `conda install`: the package cache stays in the layer' }] },
    { name: 'cache mount', input: 'FROM continuumio/miniconda3\nRUN --mount=type=cache,target=/opt/conda/pkgs conda install -y numpy=1.26.4\n', expect: [] },
    { name: 'a build stage not shipped', input: 'FROM continuumio/miniconda3 AS build\nRUN conda create -y -p /env python=3.12\nFROM debian:bookworm-slim\nCOPY --from=build /env /env\n', expect: [] },
    { name: 'other conda commands', input: 'FROM continuumio/miniconda3\nRUN conda config --add channels conda-forge && conda list && conda activate base\n', expect: [] },
  ],
};

export default rule;
