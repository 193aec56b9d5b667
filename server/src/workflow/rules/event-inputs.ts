import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const MAX_DISPATCH_INPUTS = 25;

function isNumberText(s: string): boolean {
  return s.trim() !== '' && !isNaN(Number(s));
}

const rule: Rule<WorkflowModel> = {
  id: 'event-inputs',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'events' },
  docs: {
    summary: 'Inputs of `workflow_dispatch` and `workflow_call` that GitHub rejects or that cannot work: a `choice` without options, a default that is not one of the options or not of the input\'s type, `options` on a non-choice input, duplicate options, more than 25 dispatch inputs, and a required input with a default (a warning: the default is never used).',
    why: 'GitHub rejects the workflow or the "Run workflow" form, and a default of the wrong type fails every run that relies on it.',
    bad: 'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        type: choice\n        options: [staging, production]\n        default: prod\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh "${{ inputs.env }}"\n',
    good: 'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        type: choice\n        options: [staging, production]\n        default: production\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh "${{ inputs.env }}"\n',
  },
  check({ model, report }) {
    for (const ev of workflowStructure(model).events) {
      if (ev.name !== 'workflow_dispatch' && ev.name !== 'workflow_call') continue;
      if (!isMap(ev.config)) continue;
      const inputsPair = pairsOf(model, ev.config as YAMLMap).get('inputs');
      const inputs = mapValue(model, inputsPair);
      if (!inputs) continue;
      const dispatch = ev.name === 'workflow_dispatch';
      if (dispatch && inputs.items.length > MAX_DISPATCH_INPUTS)
        report({
          message: `maximum number of inputs for "workflow_dispatch" event is ${MAX_DISPATCH_INPUTS} but ${inputs.items.length} inputs are provided. see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#providing-inputs`,
          range: model.rangeOf(ev.node),
        });
      for (const p of inputs.items) {
        const name = scalarString(p.key);
        const def = resolve(model, p.value);
        if (name === undefined || !isMap(def)) continue;
        const pairs = pairsOf(model, def as YAMLMap);
        const typeNode = resolve(model, pairs.get('type')?.value);
        const type = scalarString(typeNode) ?? (dispatch ? 'string' : undefined);
        const defaultPair = pairs.get('default');
        const defNode = resolve(model, defaultPair?.value) as Node | undefined;
        const defText = isScalar(defNode) ? scalarString(defNode) : undefined;
        const isExpr = defText?.includes('${{');
        const where = dispatch ? `input ${JSON.stringify(name)} of workflow_dispatch event` : `input ${JSON.stringify(name)} of workflow_call event`;
        const at = model.keyRange(p);
        if (dispatch) {
          const optPair = pairs.get('options');
          const opts = resolve(model, optPair?.value);
          if (type === 'choice') {
            if (!isSeq(opts) || opts.items.length === 0) report({ message: `input type of ${JSON.stringify(name)} is "choice" but "options" is not set`, range: at });
            else {
              const seen = new Map<string, Node>();
              const values: string[] = [];
              for (const o of opts.items) {
                const r = resolve(model, o);
                const v = scalarString(r);
                if (v === undefined) continue;
                values.push(v);
                if (seen.has(v)) report({ message: `option ${JSON.stringify(v)} is duplicated in options of ${JSON.stringify(name)} input`, range: model.rangeOf(r as Scalar) });
                else seen.set(v, r as Node);
              }
              if (defText !== undefined && !isExpr && defNode && isScalar(defNode) && defNode.value !== null && !values.includes(defText))
                report({ message: `default value ${JSON.stringify(defText)} of ${JSON.stringify(name)} input is not included in its options ${values.map((v) => JSON.stringify(v)).join(', ')}`, range: model.rangeOf(defNode) });
            }
          } else if (optPair) {
            report({ message: `"options" can not be set to ${JSON.stringify(name)} input because its input type is not "choice"`, range: at });
          }
        }
        if (defNode && isScalar(defNode) && defNode.value !== null && !isExpr && defText !== undefined) {
          const range = model.rangeOf(defNode);
          if (type === 'boolean' && typeof defNode.value !== 'boolean' && !/^(true|false)$/.test(defText))
            report({ message: `${where} is typed as boolean. its default value must be true or false but got ${JSON.stringify(defText)}`, range });
          if (type === 'number' && typeof defNode.value !== 'number' && !isNumberText(defText))
            report({ message: `${where} is typed as number but its default value ${JSON.stringify(defText)} cannot be parsed as a number`, range });
        }
        const req = resolve(model, pairs.get('required')?.value);
        if (!dispatch && isScalar(req) && req.value === true && defNode && isScalar(defNode) && defNode.value !== null)
          report({
            message: `${where} has the default value ${JSON.stringify(defText ?? '')}, but it is also required. if an input is marked as required, its default value will never be used`,
            range: model.rangeOf(defNode),
            severity: 'warning',
          });
      }
    }
  },
  tests: [
    {
      name: 'choice inputs',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              a:
                type: choice
              b:
                type: choice
                options: [x, y, x]
                default: z
              c:
                type: boolean
                options: [x]
                default: foo
              d:
                type: number
                default: hello
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 7, message: 'input type of "a" is "choice" but "options" is not set' },
        { line: 8, col: 25, message: 'option "x" is duplicated in options of "b" input' },
        { line: 9, col: 18, message: 'default value "z" of "b" input is not included in its options "x", "y", "x"' },
        { line: 10, col: 7, message: '"options" can not be set to "c" input because its input type is not "choice"' },
        { line: 13, col: 18, message: 'input "c" of workflow_dispatch event is typed as boolean. its default value must be true or false but got "foo"' },
        { line: 16, col: 18, message: 'input "d" of workflow_dispatch event is typed as number but its default value "hello" cannot be parsed as a number' },
      ],
    },
    {
      name: 'workflow_call defaults',
      input: dedent`
        on:
          workflow_call:
            inputs:
              n:
                type: number
                default: foooo
              b:
                type: boolean
                default: '123'
              r:
                type: string
                required: true
                default: a
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 6, col: 18, message: 'input "n" of workflow_call event is typed as number but its default value "foooo" cannot be parsed as a number' },
        { line: 9, col: 18, message: 'input "b" of workflow_call event is typed as boolean. its default value must be true or false but got "123"' },
        { line: 13, col: 18, message: 'input "r" of workflow_call event has the default value "a", but it is also required. if an input is marked as required, its default value will never be used', severity: 'warning' },
      ],
    },
    {
      name: 'more than 25 dispatch inputs',
      input: `on:\n  workflow_dispatch:\n    inputs:\n${Array.from({ length: 26 }, (_, i) => `      i${i}:\n        type: string\n`).join('')}jobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`,
      expect: [{ line: 2, col: 3, message: 'maximum number of inputs for "workflow_dispatch" event is 25 but 26 inputs are provided. see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#providing-inputs' }],
    },
    {
      name: 'valid inputs',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              env:
                type: choice
                options: [a, b]
                default: b
              dry:
                type: boolean
                default: false
              n:
                type: number
                default: '3'
              where:
                type: environment
              s:
                default: x
          workflow_call:
            inputs:
              flag:
                type: boolean
                default: \${{ github.event_name == 'push' }}
              opt:
                type: string
                required: false
                default: x
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
