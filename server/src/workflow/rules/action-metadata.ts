import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Report, Rule } from '../../engine/types';
import { closest, didYouMean, replaceFix, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { Checker } from '../expr/checker';
import { ACTION_CONTEXTS, githubContext, jobContext, runnerContext, strategyContext } from '../expr/contexts';
import { findTemplates } from '../expr/analysis';
import { parseBare } from '../expr/parser';
import { mapScalar } from '../expr/source';
import { looseObj, mapObj, STRING, strictObj, type Ty } from '../expr/types';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

export const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const RETIRED = /^node1[26]$/;

/** The action's `runs.using` node. */
function usingNode(model: WorkflowModel): Scalar | undefined {
  const s = workflowStructure(model);
  const v = resolve(model, pairsOf(model, s.runs).get('using')?.value);
  return isScalar(v) ? (v as Scalar) : undefined;
}

/** Checks `${{ }}` of one scalar (or a bare `if:` condition) against the contexts of composite action steps. */
function checkExpressions(model: WorkflowModel, node: unknown, vars: Record<string, Ty>, report: (r: Report) => void, bare = false, key?: string): void {
  if (isMap(node)) {
    for (const p of (node as YAMLMap).items) checkExpressions(model, p.value, vars, report, false, key);
    return;
  }
  if (isSeq(node)) {
    for (const it of node.items) checkExpressions(model, it, vars, report, false, key);
    return;
  }
  if (!isScalar(node) || typeof node.value !== 'string') return;
  if (!bare && !node.value.includes('${{')) return; // nothing to check (and no need to map the characters)
  const ms = mapScalar(node as Scalar, model.text);
  if (!ms) return;
  const at = (s: number, e: number) =>
    ms.exact ? model.lines.range(ms.offsets[Math.min(s, ms.value.length)], ms.offsets[Math.max(s, Math.min(e, ms.value.length) - 1)] + 1) : model.rangeOf(node as Scalar);
  const run = (ast: Parameters<Checker['check']>[0]) => {
    const c = new Checker({ vars, workflowKey: key });
    c.check(ast);
    for (const d of c.diags) report({ message: d.message, range: at(d.start, d.end), severity: d.severity });
  };
  if (!ms.value.includes('${{')) {
    if (!bare || !ms.value.trim()) return;
    const r = parseBare(ms.value);
    if (r.error) report({ message: r.error.message, range: at(r.error.start, r.error.end) });
    else if (r.node) run(r.node);
    return;
  }
  const { templates, errors } = findTemplates(ms.value);
  for (const e of errors) report({ message: e.message, range: at(e.start, e.end) });
  for (const t of templates) if (t.node) run(t.node);
}

const rule: Rule<WorkflowModel> = {
  id: 'action-metadata',
  language: 'action',
  severity: 'error',
  compat: {},
  fix: { safety: 'unsafe', why: 'A did-you-mean or a newer runtime is a choice (GitHub ignores an unknown input key today: correcting its case would make it take effect).' },
  docs: {
    summary:
      'Problems in an action\'s metadata (`action.yml`) that the schema alone does not catch: unknown keys of an input (`descripton:`), outputs of a composite action without `value`, the retired `node12`/`node16` runtimes, `pre-if`/`post-if` without `pre`/`post`, and `${{ }}` in composite steps that read contexts actions do not have (`secrets`, `vars`, `needs`) or inputs and steps that are not declared.',
    why: 'GitHub ignores a misspelled input key (the input silently loses its description, default or `required`), a composite output without `value` is always empty, actions on node12/node16 no longer run as written, and a composite step cannot read secrets: they must be passed in as inputs.',
    bad: "name: Greet\ndescription: Says hello\ninputs:\n  who:\n    descripton: Whom to greet\noutputs:\n  greeting:\n    description: The text\nruns:\n  using: composite\n  steps:\n    - id: say\n      run: echo \"text=Hello ${{ inputs.who }} ${{ secrets.TOKEN }}\" >> \"$GITHUB_OUTPUT\"\n      shell: bash\n",
    good: "name: Greet\ndescription: Says hello\ninputs:\n  who:\n    description: Whom to greet\n  token:\n    description: A token\noutputs:\n  greeting:\n    description: The text\n    value: ${{ steps.say.outputs.text }}\nruns:\n  using: composite\n  steps:\n    - id: say\n      run: echo \"text=Hello ${{ inputs.who }} ${{ inputs.token }}\" >> \"$GITHUB_OUTPUT\"\n      shell: bash\n",
  },
  check({ model, report }) {
    if (model.kind !== 'action') return;
    const s = workflowStructure(model);
    const top = pairsOf(model, s.root);

    // inputs.<id>: only the four keys GitHub reads.
    const inputs = mapValue(model, top.get('inputs'));
    const inputNames: string[] = [];
    for (const ip of inputs?.items ?? []) {
      const id = scalarString(ip.key);
      if (id === undefined) continue;
      inputNames.push(id);
      const def = mapValue(model, ip as Pair);
      const present = new Set((def?.items ?? []).map((p) => scalarString(p.key)));
      for (const p of def?.items ?? []) {
        const k = scalarString(p.key);
        if (k === undefined || INPUT_KEYS.includes(k)) continue;
        const suggestion = INPUT_KEYS.find((x) => x.toLowerCase() === k.toLowerCase()) ?? closest(k, INPUT_KEYS.filter((x) => !present.has(x)));
        const range = model.keyRange(p as Pair);
        report({
          message: `unexpected key "${k}" for input "${id}" of action metadata. expected one of ${INPUT_KEYS.map((x) => `"${x}"`).join(', ')}` + didYouMean(suggestion, 'yaml'),
          range,
          severity: 'warning',
          fixes: suggestionFix(range, suggestion),
        });
      }
    }

    // runs.using: retired runtimes.
    const using = usingNode(model);
    const usingValue = scalarString(using);
    if (using && usingValue && RETIRED.test(usingValue)) {
      report({
        message: `the "${usingValue}" runtime is retired: GitHub no longer provides it and runs such actions on a newer Node.js, if at all. use "node20" (or "node24")`,
        range: model.rangeOf(using),
        severity: 'warning',
        fixes: [replaceFix(model.rangeOf(using), 'node20')],
      });
    }

    // pre-if / post-if without the script they guard: GitHub ignores them (probably a misspelt or removed pre/post).
    const runs = pairsOf(model, s.runs);
    for (const [cond, script] of [
      ['pre-if', 'pre'],
      ['post-if', 'post'],
    ] as const) {
      const p = runs.get(cond);
      if (!p || runs.has(script)) continue;
      report({
        message: `"${cond}" is given but "${script}" is not: the condition guards nothing and GitHub ignores it. add "${script}:" (the script to run) or remove "${cond}:"`,
        range: model.keyRange(p as Pair),
        severity: 'warning',
      });
    }

    const composite = usingValue === 'composite';
    // Contexts of composite steps: no secrets, vars or needs; inputs as declared; earlier steps with ids.
    const inputsTy = strictObj();
    for (const n of inputNames) inputsTy.props.set(n.toLowerCase(), STRING);
    const types = (steps: Ty): Record<string, Ty> => ({
      github: githubContext(),
      inputs: inputs || !top.has('inputs') ? inputsTy : looseObj(),
      strategy: strategyContext(),
      matrix: looseObj(),
      steps,
      job: jobContext(),
      runner: runnerContext(),
      env: mapObj(STRING),
    });
    // The names come from ACTION_CONTEXTS (shared with completion), the types from above.
    const base = (steps: Ty): Record<string, Ty> => {
      const all = types(steps);
      return Object.fromEntries(ACTION_CONTEXTS.map((n) => [n, all[n]]));
    };
    const stepsSoFar = strictObj();
    const stepTy = () => strictObj({ outputs: mapObj(STRING), conclusion: STRING, outcome: STRING });

    // outputs: composite outputs are mapped from steps with `value`.
    const outputs = mapValue(model, top.get('outputs'));
    if (composite) {
      for (const op of outputs?.items ?? []) {
        const id = scalarString(op.key);
        if (id === undefined) continue;
        const def = resolve(model, op.value);
        if (isMap(def) && pairsOf(model, def as YAMLMap).has('value')) continue;
        report({
          message: `output "${id}" of a composite action needs "value" (for example \`value: \${{ steps.<step id>.outputs.${id} }}\`); without it the output is always empty`,
          range: model.keyRange(op as Pair),
        });
      }
    }

    if (!composite) return;
    for (const step of s.actionSteps) {
      const vars = base(strictObj(new Map(stepsSoFar.props)));
      for (const p of step.node.items) {
        const k = scalarString(p.key);
        if (k === undefined || k === 'uses' || k === 'id' || k === 'shell') continue;
        checkExpressions(model, resolve(model, p.value) as Node, vars, report, k === 'if', k === 'if' ? 'jobs.<job_id>.steps.if' : 'jobs.<job_id>.steps.run');
      }
      if (step.id && !step.id.includes('${{')) stepsSoFar.props.set(step.id.toLowerCase(), stepTy());
    }
    const all = base(stepsSoFar);
    for (const op of outputs?.items ?? []) {
      const def = resolve(model, op.value);
      if (isMap(def)) checkExpressions(model, resolve(model, pairsOf(model, def as YAMLMap).get('value')?.value), all, report);
    }
  },
  tests: [
    {
      name: 'misspelled input keys, with a fix',
      path: 'action.yml',
      input: 'name: a\ndescription: d\ninputs:\n  x:\n    descripton: hi\n    Default: 1\n    type: string\nruns:\n  using: node20\n  main: index.js\n',
      expect: [
        { line: 5, col: 5, message: 'unexpected key "descripton" for input "x" of action metadata. expected one of "description", "required", "default", "deprecationMessage". Did you mean "description"?', severity: 'warning' },
        { line: 6, col: 5, message: 'unexpected key "Default" for input "x" of action metadata. expected one of "description", "required", "default", "deprecationMessage". Did you mean "default"?' },
        { line: 7, col: 5, message: 'unexpected key "type" for input "x" of action metadata. expected one of "description", "required", "default", "deprecationMessage"' },
      ],
      fixed: 'name: a\ndescription: d\ninputs:\n  x:\n    description: hi\n    default: 1\n    type: string\nruns:\n  using: node20\n  main: index.js\n',
    },
    {
      name: 'retired node runtimes, with a fix',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node16\n  main: index.js\n',
      expect: [{ line: 4, col: 10, message: 'the "node16" runtime is retired: GitHub no longer provides it and runs such actions on a newer Node.js, if at all. use "node20" (or "node24")', severity: 'warning' }],
      fixed: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n',
    },
    {
      name: 'pre-if and post-if without pre and post',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n  pre-if: runner.os == \'Linux\'\n  post-if: always()\n  post: cleanup.js\n',
      expect: [{ line: 6, col: 3, message: '"pre-if" is given but "pre" is not: the condition guards nothing and GitHub ignores it. add "pre:" (the script to run) or remove "pre-if:"', severity: 'warning' }],
    },
    {
      name: 'composite outputs without value and expressions of composite steps',
      path: 'action.yml',
      input: dedent`
        name: a
        description: d
        inputs:
          who:
            description: w
        outputs:
          o:
            description: out
          p:
            value: \${{ steps.late.outputs.x }}
        runs:
          using: composite
          steps:
            - run: echo \${{ secrets.TOKEN }} \${{ inputs.whom }} \${{ steps.late.outputs.x }}
              shell: bash
            - id: late
              if: github.event_name == 'push' && vars.X
              run: echo \${{ github.sha
              shell: bash
      `,
      expect: [
        { line: 7, col: 3, message: 'output "o" of a composite action needs "value" (for example `value: ${{ steps.<step id>.outputs.o }}`); without it the output is always empty' },
        { line: 14, col: 21, message: 'undefined variable "secrets". available variables are "env", "github", "inputs", "job", "matrix", "runner", "steps", "strategy"' },
        { line: 14, col: 49, message: 'property "whom" is not defined in object type {who: string}. Did you mean "who"?' },
        { line: 14, col: 67, message: 'property "late" is not defined in object type {}' },
        { line: 17, col: 42, message: 'undefined variable "vars". available variables are "env", "github", "inputs", "job", "matrix", "runner", "steps", "strategy"' },
        { line: 18, col: 17, message: 'expression is not closed: "}}" is missing' },
      ],
    },
    {
      name: 'a valid composite action, and actions without composite steps',
      path: 'action.yml',
      input: dedent`
        name: a
        description: d
        inputs:
          who:
            description: w
            required: true
            default: \${{ github.actor }}
            deprecationMessage: use x
        outputs:
          o:
            value: \${{ steps.s.outputs.o }}
        runs:
          using: composite
          steps:
            - id: s
              run: echo "o=\${{ inputs.who }} \${{ github.action_path }} \${{ runner.os }} \${{ env.X }} \${{ hashFiles('x') }}" >> "$GITHUB_OUTPUT"
              shell: bash
            - if: steps.s.outputs.o == 'x' && success()
              uses: actions/checkout@v4
              with:
                ref: \${{ steps.s.outputs.o }}
      `,
      expect: [],
    },
  ],
};

export default rule;
