import * as path from 'node:path';
import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/nodes';
import type { FileHost, Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { projectRoot } from '../localFiles';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';

export const RUNS_FILE_RULE = 'action-runs-file';

/** The `runs` keys of a JavaScript action that name a script of the action's folder. */
const NODE_KEYS = ['main', 'pre', 'post'];

/** Folders bundlers and compilers write to by convention (ncc, rollup, tsc, esbuild): a script there is built. */
const BUILD_DIR = /^(\.\/)?(dist|lib|build|out)\//;

/** A package.json in the action's folder or a folder above it (up to the repository root): the scripts may be built. */
function hasPackageJson(dir: string, root: string | undefined, files: FileHost): boolean {
  for (let d = dir, k = 0; k < 12; k++) {
    if (files.exists(path.posix.join(d, 'package.json'))) return true;
    const up = path.posix.dirname(d);
    if (d === root || up === d) break;
    d = up;
  }
  return false;
}

const rule: Rule<WorkflowModel> = {
  id: RUNS_FILE_RULE,
  language: 'action',
  severity: 'error',
  compat: { actionlint: 'action' },
  docs: {
    summary:
      'The files an action runs must exist in its folder: `runs.main`, `runs.pre` and `runs.post` of a JavaScript action (`using: node20`, `node24`), and `runs.image` of a Docker action when it names a Dockerfile (not `docker://`). A missing script that may be built (under `dist/`, `lib/`, `build/` or `out/`, or with a `package.json` in the folder of the action or above) is a warning: it must be committed at the ref that runs the action, which the working tree may not be.',
    why: 'GitHub reads these paths relative to the folder of `action.yml` when the step starts; a file that is not there (renamed, misspelt, never built) makes every step that uses the action fail before anything runs.',
    bad: 'name: Greet\ndescription: Says hello\nruns:\n  using: node20\n  main: index.js\n',
    good: 'name: Greet\ndescription: Says hello\nruns:\n  using: node20\n  main: main.js\n',
    files: { 'main.js': 'console.log("hello");\n' },
  },
  check({ model, files, path: docPath, report }) {
    if (model.kind !== 'action' || !docPath) return;
    const runs = pairsOf(model, workflowStructure(model).runs);
    const using = scalarString(resolve(model, runs.get('using')?.value));
    if (!using) return;
    const keys = /^node\d+$/.test(using) ? NODE_KEYS : using === 'docker' ? ['image'] : [];
    const dir = path.posix.dirname(docPath.replace(/\\/g, '/'));
    let pkg: boolean | undefined;
    for (const key of keys) {
      const node = resolve(model, runs.get(key)?.value);
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      const value = node.value.trim();
      if (!value || value.includes('${{') || (key === 'image' && value.startsWith('docker://'))) continue;
      if (files.exists(path.posix.join(dir, value))) continue;
      // A script that is built (often not committed on the main branch) is a warning: it must be there at the ref
      // that runs the action, which this working tree may not be.
      let built: string | undefined;
      if (key !== 'image') {
        if (BUILD_DIR.test(value)) built = `"${value.replace(/^\.\//, '').split('/')[0]}/" holds build output`;
        else if ((pkg ??= hasPackageJson(dir, projectRoot(docPath, files), files))) built = 'there is a package.json';
      }
      const mayBuild = built !== undefined;
      report({
        message:
          `file ${JSON.stringify(value)} does not exist in the action's folder. it is specified at "${key}" key in "runs" section` +
          (mayBuild ? `: it may be built (${built}), but it must be in the repository at the ref that runs the action, or the action fails to start` : ': the action fails to start'),
        range: model.rangeOf(node as Scalar),
        severity: mayBuild ? 'warning' : 'error',
      });
    }
  },
  tests: [
    {
      name: 'missing main, pre and post of a JavaScript action',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node24\n  pre: setup.js\n  main: src/index.js\n  post: "./cleanup.js"\n',
      files: { 'setup.js': '' },
      expect: [
        { line: 6, col: 9, message: 'file "src/index.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: the action fails to start', severity: 'error' },
        { line: 7, col: 9, message: 'file "./cleanup.js" does not exist in the action\'s folder. it is specified at "post" key in "runs" section: the action fails to start', severity: 'error' },
      ],
    },
    {
      name: 'a script a package.json may build is a warning; the folder of the action is the one of action.yml',
      path: 'actions/greet/action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n',
      files: { 'package.json': '{}', 'actions/greet/src/main.ts': '', 'index.js': '' },
      expect: [{ line: 5, col: 9, message: 'file "index.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: it may be built (there is a package.json), but it must be in the repository at the ref that runs the action, or the action fails to start', severity: 'warning' }],
    },
    {
      name: 'a script in a build folder is a warning',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: ./dist/index.js\n  post: lib/post.js\n',
      expect: [
        { line: 5, col: 9, message: 'file "./dist/index.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: it may be built ("dist/" holds build output), but it must be in the repository at the ref that runs the action, or the action fails to start', severity: 'warning' },
        { line: 6, col: 9, message: 'file "lib/post.js" does not exist in the action\'s folder. it is specified at "post" key in "runs" section: it may be built ("lib/" holds build output), but it must be in the repository at the ref that runs the action, or the action fails to start', severity: 'warning' },
      ],
    },
    {
      name: 'a Dockerfile of a Docker action',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: docker\n  image: docker/Dockerfile\n',
      files: { Dockerfile: 'FROM alpine\n', 'package.json': '{}' },
      expect: [{ line: 5, col: 10, message: 'file "docker/Dockerfile" does not exist in the action\'s folder. it is specified at "image" key in "runs" section: the action fails to start', severity: 'error' }],
    },
    {
      name: 'files that exist, and paths made with an expression',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: dist/index.js\n  post: ${{ github.action_path }}/x.js\n',
      files: { 'dist/index.js': '' },
      expect: [],
    },
    {
      name: 'a registry image is not a file',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: docker\n  image: docker://alpine:3.20\n',
      expect: [],
    },
  ],
};

export default rule;
