import type { Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../yaml/nodes';
import type { Report, Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { localUses, documentProjectRoot, readLocalWorkflow } from '../localFiles';
import { resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const FORMAT = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/(?:[^@\s]+\/)?[^@/\s]+\.ya?ml@[^@\s]+$/;
const LOCAL = /^\.\/[^@\s]+\.ya?ml$/;
/** GitHub's self-repository reference (July 2026): this repository at the running commit, never with an `@ref`. */
const SELF = /^\$\/[^@\s]+\.ya?ml$/;

/**
 * The type of a literal `with:` value as GitHub reads it (undefined for `${{ }}`, whose value is known only at run
 * time, and for anything that is not a scalar). A string of digits is taken as a number, as actionlint does.
 */
function literalType(model: WorkflowModel, value: unknown): 'string' | 'number' | 'boolean' | 'null' | undefined {
  const v = resolve(model, value);
  if (!isScalar(v)) return undefined;
  const x = v.value;
  if (x === null) return 'null';
  if (typeof x === 'boolean') return 'boolean';
  if (typeof x === 'number' || typeof x === 'bigint') return 'number';
  if (typeof x !== 'string' || x.includes('${{')) return undefined;
  if (x === 'true' || x === 'false') return 'boolean';
  return x.trim() !== '' && Number.isFinite(Number(x)) ? 'number' : 'string';
}

/**
 * A literal given to a typed input of the callee. GitHub rejects the call when a `number` input gets something
 * that is not a number or a `boolean` input something other than true/false ("Unexpected value"): errors. A
 * boolean or an empty value given to a `string` input is turned into text, which is rarely meant: a warning.
 */
function checkType(model: WorkflowModel, p: Pair, def: { name: string; type?: string }, uses: string, report: (r: Report) => void): void {
  const want = def.type;
  if (want !== 'string' && want !== 'number' && want !== 'boolean') return;
  const got = literalType(model, p.value);
  if (got === undefined || got === want) return;
  if (want === 'string' && got === 'number') return;
  const node = resolve(model, p.value);
  report({
    message: `input ${JSON.stringify(def.name)} is typed as ${want} by reusable workflow ${JSON.stringify(uses)}. ${got} value cannot be assigned`,
    range: isScalar(node) && p.value && got !== 'null' ? model.rangeOf(p.value as Scalar) : model.keyRange(p),
    severity: want === 'string' ? 'warning' : undefined,
  });
}

const rule: Rule<WorkflowModel> = {
  id: 'reusable-workflow',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'workflow-call' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the input or secret it suggests is a guess.' },
  docs: {
    summary: 'A job\'s `uses:` must be `owner/repo/path/to/workflow.yml@ref`, `./.github/workflows/workflow.yml` or `$/.github/workflows/workflow.yml` (no `@ref`); a local called workflow must have `on: workflow_call`, and the call must pass its required inputs and secrets and no unknown ones.',
    why: 'GitHub rejects the calling workflow when the reference is malformed or the inputs do not match, and only tells you after the push. Checking against the callee in the same repository catches renamed or newly required inputs.',
    bad: 'on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    with:\n      enviroment: prod\n',
    good: 'on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    with:\n      environment: prod\n',
    files: {
      '.github/workflows/deploy.yml': 'on:\n  workflow_call:\n    inputs:\n      environment:\n        type: string\n        required: true\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n',
    },
  },
  check({ model, files, path: docPath, report }) {
    // Found upwards through the file system: only for local workflows.
    const root = () => documentProjectRoot(model, docPath, files);
    for (const job of workflowStructure(model).jobs) {
      if (job.uses === undefined || !job.usesNode || job.uses.includes('${{')) continue;
      const uses = job.uses.trim();
      const range = model.rangeOf(job.usesNode);
      if (uses === '') continue;
      const local = localUses(uses);
      if (local?.kind === 'self' && !SELF.test(uses)) {
        const at = uses.indexOf('@');
        report({
          message:
            at >= 0
              ? `self-repository reusable workflow call ${JSON.stringify(uses)} at "uses" must not have a @ref: "$/" always calls this repository at the commit being run. remove ${JSON.stringify(uses.slice(at))}, or use "{owner}/{repo}/path/to/workflow.yml@{ref}" for another ref`
              : `self-repository reusable workflow call ${JSON.stringify(uses)} at "uses" is not following the format "$/path/to/workflow.yml"`,
          range,
        });
        continue;
      }
      if (local ? local.kind === 'workspace' && !LOCAL.test(uses) : !FORMAT.test(uses)) {
        report({
          message: `reusable workflow call ${JSON.stringify(uses)} at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details`,
          range,
        });
        continue;
      }
      const r = local ? root() : undefined;
      if (!r) continue;
      const callee = readLocalWorkflow(r, uses, files);
      if (!callee) {
        report({ message: `reusable workflow ${JSON.stringify(uses)} does not exist in this repository`, range });
        continue;
      }
      if (!callee.callable) {
        report({ message: `workflow ${JSON.stringify(uses)} cannot be called: its "on:" has no "workflow_call" trigger`, range });
        continue;
      }
      const check = (section: 'with' | 'secrets', defs: typeof callee.inputs, what: string) => {
        const node = resolve(model, job.pairs.get(section)?.value);
        if (section === 'secrets' && isScalar(node) && node.value === 'inherit') return;
        const given = new Map<string, Pair>();
        if (isMap(node)) for (const p of (node as YAMLMap).items) {
          const n = scalarString(p.key);
          if (n !== undefined) given.set(n.toLowerCase(), p);
        }
        const names = [...defs.values()].map((d) => d.name);
        for (const [lower, p] of given) {
          const def = defs.get(lower);
          if (def) {
            if (section === 'with') checkType(model, p, def, uses, report);
            continue;
          }
          const n = scalarString(p.key)!;
          const r = model.keyRange(p);
          const suggestion = closest(n, names.filter((x) => !given.has(x.toLowerCase())));
          report({
            message: `${what} ${JSON.stringify(n)} is not defined in ${JSON.stringify(uses)} reusable workflow. ${names.length ? `defined ${what}s are ${names.map((x) => JSON.stringify(x)).join(', ')}` : `it defines no ${what}s`}` + didYouMean(suggestion, 'yaml'),
            range: r,
            fixes: suggestionFix(r, suggestion),
          });
        }
        for (const d of defs.values()) {
          if (!d.required || d.hasDefault || given.has(d.name.toLowerCase())) continue;
          report({ message: `${what} ${JSON.stringify(d.name)} is required by ${JSON.stringify(uses)} reusable workflow, but it is not given in "${section}:"`, range });
        }
      };
      check('with', callee.inputs, 'input');
      check('secrets', callee.secrets, 'secret');
    }
  },
  tests: [
    {
      name: 'malformed references',
      input:
        'on: push\njobs:\n  a:\n    uses: owner/repo@main\n  b:\n    uses: ./foo/bar/workflow.yml@main\n  c:\n    uses: foo/workflow.yml@main\n  d:\n    uses: foo/bar/workflow.yml\n',
      expect: [
        { line: 4, col: 11, message: 'reusable workflow call "owner/repo@main" at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details' },
        { line: 6, col: 11, message: 'reusable workflow call "./foo/bar/workflow.yml@main" at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details' },
        { line: 8, col: 11, message: 'reusable workflow call "foo/workflow.yml@main" at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details' },
        { line: 10, col: 11, message: 'reusable workflow call "foo/bar/workflow.yml" at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details' },
      ],
    },
    {
      name: 'inputs and secrets checked against the local callee',
      input: dedent`
        on: push
        jobs:
          a:
            uses: ./.github/workflows/called.yml
            with:
              nmae: x
            secrets:
              tokn: \${{ secrets.T }}
          b:
            uses: ./.github/workflows/missing.yml
          c:
            uses: ./.github/workflows/plain.yml
      `,
      files: {
        '.github/workflows/called.yml':
          'on:\n  workflow_call:\n    inputs:\n      name:\n        type: string\n        required: true\n      opt:\n        type: string\n    secrets:\n      token:\n        required: true\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
        '.github/workflows/plain.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      },
      expect: [
        { line: 4, col: 11, message: 'input "name" is required by "./.github/workflows/called.yml" reusable workflow, but it is not given in "with:"' },
        { line: 4, col: 11, message: 'secret "token" is required by "./.github/workflows/called.yml" reusable workflow, but it is not given in "secrets:"' },
        { line: 6, col: 7, message: 'input "nmae" is not defined in "./.github/workflows/called.yml" reusable workflow. defined inputs are "name", "opt". Did you mean "name"?' },
        { line: 8, col: 7, message: 'secret "tokn" is not defined in "./.github/workflows/called.yml" reusable workflow. defined secrets are "token". Did you mean "token"?' },
        { line: 10, col: 11, message: 'reusable workflow "./.github/workflows/missing.yml" does not exist in this repository' },
        { line: 12, col: 11, message: 'workflow "./.github/workflows/plain.yml" cannot be called: its "on:" has no "workflow_call" trigger' },
      ],
    },
    {
      name: 'self-repository calls ($/): callee present and absent, inputs and secrets checked, @ref rejected',
      input: dedent`
        on: push
        jobs:
          a:
            uses: $/.github/workflows/reuse.yml
            with:
              envv: prod
          b:
            uses: $/.github/workflows/missing.yml
          c:
            uses: $/.github/workflows/reuse.yml@v1
          d:
            uses: $/.github/workflows/reuse
          e:
            uses: $/.github/workflows/reuse.yml
            with:
              env: prod
            secrets:
              token: \${{ secrets.T }}
      `,
      files: {
        '.github/workflows/reuse.yml':
          'on:\n  workflow_call:\n    inputs:\n      env:\n        type: string\n        required: true\n    secrets:\n      token:\n        required: true\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      },
      expect: [
        { line: 4, col: 11, message: 'input "env" is required by "$/.github/workflows/reuse.yml" reusable workflow, but it is not given in "with:"' },
        { line: 4, col: 11, message: 'secret "token" is required by "$/.github/workflows/reuse.yml" reusable workflow, but it is not given in "secrets:"' },
        { line: 6, col: 7, message: 'input "envv" is not defined in "$/.github/workflows/reuse.yml" reusable workflow. defined inputs are "env". Did you mean "env"?' },
        { line: 8, col: 11, message: 'reusable workflow "$/.github/workflows/missing.yml" does not exist in this repository' },
        { line: 10, col: 11, message: 'self-repository reusable workflow call "$/.github/workflows/reuse.yml@v1" at "uses" must not have a @ref: "$/" always calls this repository at the commit being run. remove "@v1", or use "{owner}/{repo}/path/to/workflow.yml@{ref}" for another ref' },
        { line: 12, col: 11, message: 'self-repository reusable workflow call "$/.github/workflows/reuse" at "uses" is not following the format "$/path/to/workflow.yml"' },
      ],
    },
    {
      name: 'literal values of typed inputs: numbers and booleans must be such, expressions are not judged',
      input: dedent`
        on: push
        jobs:
          a:
            uses: ./.github/workflows/typed.yml
            with:
              retries: "three"
              dry: maybe
              label: true
          b:
            uses: ./.github/workflows/typed.yml
            with:
              retries: yes
              dry: 1
              label:
          c:
            uses: ./.github/workflows/typed.yml
            with:
              retries: \${{ github.run_attempt }}
              dry: "false"
              label: 3
              any: [1]
          d:
            uses: ./.github/workflows/typed.yml
            with:
              retries: "3"
              dry: true
              label: x\${{ github.sha }}
      `,
      files: {
        '.github/workflows/typed.yml':
          'on:\n  workflow_call:\n    inputs:\n      retries:\n        type: number\n      dry:\n        type: boolean\n      label:\n        type: string\n      any:\n        type: string\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      },
      expect: [
        { line: 6, col: 16, message: 'input "retries" is typed as number by reusable workflow "./.github/workflows/typed.yml". string value cannot be assigned', severity: 'error' },
        { line: 7, col: 12, message: 'input "dry" is typed as boolean by reusable workflow "./.github/workflows/typed.yml". string value cannot be assigned', severity: 'error' },
        { line: 8, col: 14, message: 'input "label" is typed as string by reusable workflow "./.github/workflows/typed.yml". boolean value cannot be assigned', severity: 'warning' },
        { line: 12, col: 16, message: 'input "retries" is typed as number by reusable workflow "./.github/workflows/typed.yml". string value cannot be assigned' },
        { line: 13, col: 12, message: 'input "dry" is typed as boolean by reusable workflow "./.github/workflows/typed.yml". number value cannot be assigned' },
        { line: 14, col: 7, message: 'input "label" is typed as string by reusable workflow "./.github/workflows/typed.yml". null value cannot be assigned', severity: 'warning' },
      ],
    },
    {
      name: 'valid calls',
      input: dedent`
        on: push
        jobs:
          a:
            uses: ./.github/workflows/called.yml
            with:
              NAME: x
            secrets: inherit
          b:
            uses: octo-org/example-repo/.github/workflows/reusable.yml@v1
            with:
              anything: 1
      `,
      files: {
        '.github/workflows/called.yml':
          'on:\n  workflow_call:\n    inputs:\n      name:\n        type: string\n        required: true\n    secrets:\n      token:\n        required: true\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      },
      expect: [],
    },
  ],
};

export default rule;
