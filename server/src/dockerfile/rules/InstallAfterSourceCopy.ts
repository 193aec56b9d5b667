import type { Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { copyArgs, pipInstall, PIP_VALUE_FLAGS } from '../packages';
import { parseRun, positionals, type ShellCommand } from '../shell';

interface Install {
  /** The files the install reads (what to COPY first). */
  manifest: string;
}

const NPM_VALUE_FLAGS = new Set(['prefix', 'C', 'workspace', 'w', 'registry', 'cache', 'userconfig', 'omit', 'include', 'install-strategy']);

/** A command that installs the dependencies a manifest lists (not named packages, not the project itself). */
function installFromManifest(cmd: ShellCommand): Install | undefined {
  const pip = pipInstall(cmd);
  if (pip) {
    for (let i = 0; i < pip.args.length; i++) {
      const v = pip.args[i].value;
      const m = /^(?:-r|--requirement)(?:=(.+))?$/.exec(v) ?? /^-r(.+)$/.exec(v);
      if (m) {
        const file = m[1] ?? pip.args[i + 1]?.value;
        if (file && !pip.args[i + 1]?.dynamic) return { manifest: file };
      }
    }
    return undefined;
  }
  const pos = positionals(cmd, cmd.name === 'npm' ? NPM_VALUE_FLAGS : []).map((w) => w.value);
  switch (cmd.name) {
    case 'npm':
      if (pos[0] === 'ci' || ((pos[0] === 'install' || pos[0] === 'i') && pos.length === 1)) return { manifest: 'package.json and package-lock.json' };
      return undefined;
    case 'yarn':
      if (pos.length === 0 || (pos[0] === 'install' && pos.length === 1)) return { manifest: 'package.json and yarn.lock' };
      return undefined;
    case 'pnpm':
      if ((pos[0] === 'install' || pos[0] === 'i') && pos.length === 1) return { manifest: 'package.json and pnpm-lock.yaml' };
      return undefined;
    case 'poetry':
      return pos[0] === 'install' ? { manifest: 'pyproject.toml and poetry.lock' } : undefined;
    case 'pipenv':
      return (pos[0] === 'install' && pos.length === 1) || pos[0] === 'sync' ? { manifest: 'Pipfile and Pipfile.lock' } : undefined;
    case 'uv':
      return pos[0] === 'sync' ? { manifest: 'pyproject.toml and uv.lock' } : undefined;
    case 'bundle':
      return pos[0] === 'install' || pos.length === 0 ? { manifest: 'Gemfile and Gemfile.lock' } : undefined;
    case 'composer':
      return pos[0] === 'install' ? { manifest: 'composer.json and composer.lock' } : undefined;
    case 'go':
      return pos[0] === 'mod' && pos[1] === 'download' ? { manifest: 'go.mod and go.sum' } : undefined;
    case 'conda':
    case 'mamba':
    case 'micromamba': {
      if (pos[0] !== 'env' || (pos[1] !== 'create' && pos[1] !== 'update')) return undefined;
      const i = cmd.args.findIndex((a) => a.value === '-f' || a.value === '--file');
      const f = i >= 0 ? cmd.args[i + 1] : cmd.args.find((a) => a.value.startsWith('--file='));
      if (!f || f.dynamic) return undefined;
      return { manifest: f.value.startsWith('--file=') ? f.value.slice(7) : f.value };
    }
  }
  return undefined;
}

/** A COPY/ADD of the whole build context (`COPY . /app`), not from a stage or an image. */
function copiesContext(model: DockerfileModel, ins: DfInstruction): boolean {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return false;
  if (ins.flags.some((f) => f.getName().toLowerCase() === 'from')) return false;
  const a = copyArgs(model, ins);
  if (!a || a.values.length < 2) return false;
  return a.values.slice(0, -1).some((v) => /^(\.\/?|\.\/\.|\*)$/.test(v));
}

const rule: Rule<DockerfileModel> = {
  id: 'InstallAfterSourceCopy',
  language: 'dockerfile',
  severity: 'info',
  docs: {
    summary: 'Dependencies should be installed from their manifest before the rest of the source is copied.',
    why:
      'Each instruction\'s cache depends on everything before it. After `COPY . /app`, any change to any file of the ' +
      'project invalidates the `pip install -r requirements.txt` (or `npm ci`, `poetry install`, `go mod download`…) ' +
      'that follows, so every code change downloads and builds all dependencies again: for an ML image, gigabytes ' +
      'of torch and CUDA wheels. Copy the manifest alone first, install, then copy the rest. Info, not a warning: ' +
      'the image is the same, only the builds are slower. No quick fix: the install may read other files of the ' +
      'project (`-e .` in requirements.txt, a local path, a workspace), so which files to copy first is the ' +
      'author\'s call.',
    bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "serve.py"]\n',
    good:
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n' +
      'CMD ["python", "serve.py"]\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let copy: DfInstruction | undefined;
      const installedBefore = new Set<string>();
      for (const ins of stage.instructions) {
        if (!copy && copiesContext(model, ins)) {
          copy = ins;
          continue;
        }
        const run = parseRun(model, ins);
        if (!run) continue;
        for (const cmd of run.commands) {
          const inst = installFromManifest(cmd);
          if (!inst) continue;
          // The manifest was installed before the source came in: a later install of it is cheap (cached wheels).
          if (!copy) {
            installedBefore.add(inst.manifest);
            continue;
          }
          if (installedBefore.has(inst.manifest)) continue;
          const last = cmd.args[cmd.args.length - 1] ?? cmd.nameWord;
          const first = cmd.words.includes(cmd.nameWord) ? cmd.nameWord : cmd.words[0];
          const what = model.textOf({ start: first.range.start, end: last.range.end });
          report({
            message:
              `\`${what.length > 60 ? what.slice(0, 57) + '...' : what}\` runs after the whole source is copied (line ${copy.range.start.line + 1}), ` +
              `so every code change reinstalls all dependencies: copy ${inst.manifest} first and install before copying the rest`,
            range: first.range.start.line === last.range.end.line ? { start: first.range.start, end: last.range.end } : first.range,
          });
        }
      }
    }
  },
  tests: [
    {
      name: 'COPY . then pip install -r',
      input: 'FROM python:3.12\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n',
      expect: [
        { line: 4, col: 5, message: '`pip install --no-cache-dir -r requirements.txt` runs after the whole source is copied (line 3), so every code change reinstalls all dependencies: copy requirements.txt first and install before copying the rest' },
      ],
    },
    { name: 'requirements first', input: 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .\n', expect: [] },
    {
      name: 'npm ci after COPY ./ (JSON form)',
      input: 'FROM node:22\nWORKDIR /src\nCOPY ["./", "/src/"]\nRUN apt-get update && npm ci --omit dev\n',
      expect: [{ line: 4, col: 23, message: '`npm ci --omit dev` runs after the whole source is copied (line 3), so every code change reinstalls all dependencies: copy package.json and package-lock.json first and install before copying the rest' }],
    },
    { name: 'npm install of named packages', input: 'FROM node:22\nCOPY . .\nRUN npm install -g pm2\n', expect: [] },
    {
      name: 'poetry, go mod download, conda env create',
      input: 'FROM python:3.12\nCOPY . .\nRUN poetry install --no-root\nRUN go mod download\nRUN conda env create -f environment.yml\n',
      expect: [
        { line: 3, col: 5, message: '`poetry install --no-root` runs after the whole source is copied (line 2), so every code change reinstalls all dependencies: copy pyproject.toml and poetry.lock first and install before copying the rest' },
        { line: 4, col: 5, message: '`go mod download` runs after the whole source is copied (line 2), so every code change reinstalls all dependencies: copy go.mod and go.sum first and install before copying the rest' },
        { line: 5, col: 5, message: '`conda env create -f environment.yml` runs after the whole source is copied (line 2), so every code change reinstalls all dependencies: copy environment.yml first and install before copying the rest' },
      ],
    },
    { name: 'COPY of one folder is not the whole source', input: 'FROM python:3.12\nCOPY src/ /app/src/\nRUN pip install -r requirements.txt\n', expect: [] },
    { name: 'COPY --from a build stage', input: 'FROM python:3.12 AS b\nFROM python:3.12\nCOPY --from=b . /app\nRUN pip install -r /app/requirements.txt\n', expect: [] },
    { name: 'each stage on its own', input: 'FROM python:3.12 AS src\nCOPY . .\nFROM python:3.12\nRUN pip install -r requirements.txt\n', expect: [] },
    { name: 'pip install . needs the source', input: 'FROM python:3.12\nCOPY . .\nRUN pip install .\n', expect: [] },
  ],
};

export default rule;
