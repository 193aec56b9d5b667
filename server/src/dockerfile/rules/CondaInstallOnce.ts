import type { Range, Rule } from '../../engine/types';
import type { DockerfileModel, Stage } from '../model';
import { allRuns, type ShellCommand } from '../shell';
import { condaInstall } from '../packages';

/** The environment an install goes into: `-n NAME`, `-p PREFIX`, or the active one (base, unless activated). */
function environmentOf(cmd: ShellCommand): string {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    const eq = /^--(name|prefix)=(.*)$/.exec(v);
    if (eq) return `${eq[1][0]}:${eq[2]}`;
    if (['-n', '--name', '-p', '--prefix'].includes(v)) return `${v.replace(/^-+/, '')[0]}:${args[i + 1]?.value ?? ''}`;
  }
  return '';
}

/** An install that brings in the installer itself (`conda install mamba`, the libmamba solver) must come first. */
const INSTALLER = /^(conda|mamba|micromamba|conda-libmamba-solver|libmamba)([=<>!~ ]|$)/;

const rule: Rule<DockerfileModel> = {
  id: 'CondaInstallOnce',
  language: 'dockerfile',
  severity: 'info',
  docs: {
    summary: '`conda install` (or mamba, micromamba) into the same environment in several RUNs of a stage: install once.',
    why:
      'Each `conda install` runs the solver again over the whole environment (often the slowest step of the build) ' +
      'and may upgrade or downgrade what an earlier install chose; each RUN is also a layer of its own, so a package ' +
      'that a later install replaces stays in the image, and one `conda clean --all` cannot cover the layers before it. ' +
      'Install the packages in one command, or list them in an environment.yml (`conda env update -f`, ' +
      '`micromamba install -f`). Installs into different environments (`-n`, `-p`), and one that installs mamba or ' +
      'the solver itself, are not counted.',
    bad:
      'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy=1.26.4 && conda clean -afy\n' +
      'RUN conda install -y pandas=2.2.2 && conda clean -afy\n',
    good: 'FROM continuumio/miniconda3:24.7.1-0\nRUN conda install -y numpy=1.26.4 pandas=2.2.2 && conda clean -afy\n',
  },
  check({ model, report }) {
    // The first RUN of each stage that installs into each environment, with the line it starts on.
    const first = new Map<Stage, Map<string, { index: number; line: number }>>();
    for (const run of allRuns(model)) {
      const stage = run.ins.stage;
      if (!stage || run.ins.onbuild) continue;
      let envs = first.get(stage);
      if (!envs) first.set(stage, (envs = new Map()));
      const reported = new Set<string>();
      for (const cmd of run.commands) {
        const conda = condaInstall(cmd);
        if (!conda || conda.command !== 'install') continue;
        if (conda.packages.some((p) => INSTALLER.test(p.value))) continue;
        const env = environmentOf(cmd);
        const earlier = envs.get(env);
        if (!earlier) {
          envs.set(env, { index: run.ins.index, line: run.ins.range.start.line + 1 });
          continue;
        }
        if (earlier.index === run.ins.index || reported.has(env)) continue;
        reported.add(env);
        const range: Range = { start: cmd.nameWord.range.start, end: conda.sub.range.end };
        report({
          message:
            `\`${cmd.name} install\` into this environment already ran in an earlier RUN of this stage (line ${earlier.line}): ` +
            `install the packages in one command (or from an environment.yml) so the solver runs once and one \`${cmd.name} clean --all\` covers them`,
          range,
        });
      }
    }
  },
  tests: [
    {
      name: 'two RUNs that each install into the base environment',
      input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4\nRUN apt-get update\nRUN conda install -y pandas=2.2.2\n',
      expect: [{ line: 4, col: 5, message: '`conda install` into this environment already ran in an earlier RUN of this stage (line 2): install the packages in one command (or from an environment.yml) so the solver runs once and one `conda clean --all` covers them' }],
    },
    {
      name: 'mamba, micromamba, and every later RUN',
      input: 'FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base python=3.12\nRUN micromamba install -y -n base numpy=1.26.4\nRUN micromamba install -y -n base scipy=1.14.1\n',
      expect: [
        { line: 3, col: 5, message: '`micromamba install` into this environment already ran in an earlier RUN of this stage (line 2): install the packages in one command (or from an environment.yml) so the solver runs once and one `micromamba clean --all` covers them' },
        { line: 4, col: 5, message: '`micromamba install` into this environment already ran in an earlier RUN of this stage (line 2): install the packages in one command (or from an environment.yml) so the solver runs once and one `micromamba clean --all` covers them' },
      ],
    },
    { name: 'one RUN, one finding at most', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4\nRUN conda install -y scipy=1.14.1 && conda install -y pandas=2.2.2\n', expect: [{ line: 3, col: 5, message: '`conda install` into this environment already ran in an earlier RUN of this stage (line 2): install the packages in one command (or from an environment.yml) so the solver runs once and one `conda clean --all` covers them' }] },
    { name: 'one install', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 pandas=2.2.2 && conda clean -afy\n', expect: [] },
    { name: 'several installs in one RUN', input: 'FROM continuumio/miniconda3\nRUN conda install -y numpy=1.26.4 && conda install -y -c pytorch pytorch=2.4.1\n', expect: [] },
    {
      name: 'distinct environments',
      input: 'FROM continuumio/miniconda3\nRUN conda create -y -n a python=3.12 && conda create -y -n b python=3.11\nRUN conda install -y -n a numpy=1.26.4\nRUN conda install -y --name=b numpy=1.24.4\nRUN conda install -y -p /opt/env numpy=1.26.4\n',
      expect: [],
    },
    { name: 'installing mamba first', input: 'FROM continuumio/miniconda3\nRUN conda install -y -c conda-forge mamba=1.5.8\nRUN mamba install -y numpy=1.26.4\n', expect: [] },
    { name: 'create and env update are not installs', input: 'FROM continuumio/miniconda3\nRUN conda create -y -n app python=3.12\nRUN conda env update -n app -f environment.yml\n', expect: [] },
    { name: 'different stages', input: 'FROM continuumio/miniconda3 AS a\nRUN conda install -y numpy=1.26.4\nFROM continuumio/miniconda3\nRUN conda install -y pandas=2.2.2\n', expect: [] },
  ],
};

export default rule;
