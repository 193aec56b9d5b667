// Expression completion in workflows and action.yml: contexts filtered by GitHub's availability table (the one the
// analyzer checks with), `inputs.*` with their declarations, implicit `if:` expressions; and the open call that
// signature help describes.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { WorkflowModel } from '../../server/src/workflow/model';
import { workflowCompletion } from '../../server/src/workflow/features/completion';
import { openCall, workflowSignatureHelp } from '../../server/src/workflow/features/signatureHelp';
import { workflowKeyOf } from '../../server/src/workflow/features/availability';
import { cursorContext } from '../../server/src/workflow/features/context';
import { analyzeExpressions } from '../../server/src/workflow/expr/analysis';
import { ALL_CONTEXTS } from '../../server/src/workflow/expr/contexts';

/** Completion at the `|` of `text`. */
function complete(text: string, kind: 'workflow' | 'action' = 'workflow') {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  const character = lines[line].indexOf('|');
  return workflowCompletion(new WorkflowModel(text.replace('|', ''), kind), { line, character });
}
const labels = (text: string, kind: 'workflow' | 'action' = 'workflow') => complete(text, kind).map((i) => i.label);
const CONTEXT_NAMES = new Set([...ALL_CONTEXTS, 'jobs']);
const contextLabels = (text: string, kind: 'workflow' | 'action' = 'workflow') => labels(text, kind).filter((l) => CONTEXT_NAMES.has(l));

/** Places of an expression (`X` stands for it), with the key GitHub's table names them by. */
const PLACES: [string, string, string | undefined][] = [
  ['run-name', 'run-name: ${{ X }}\non: push\njobs: {}\n', 'run-name'],
  ['workflow env', 'on: push\nenv:\n  A: ${{ X }}\njobs: {}\n', 'env'],
  ['job runs-on', 'on: push\njobs:\n  a:\n    runs-on: ${{ X }}\n', 'jobs.<job_id>.runs-on'],
  ['job if', 'on: push\njobs:\n  a:\n    if: ${{ X }}\n    runs-on: x\n', 'jobs.<job_id>.if'],
  ['job env', 'on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      A: ${{ X }}\n', 'jobs.<job_id>.env'],
  ['container credentials', 'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: i\n      credentials:\n        username: ${{ X }}\n', 'jobs.<job_id>.container.credentials'],
  ['service env', 'on: push\njobs:\n  a:\n    runs-on: x\n    services:\n      db:\n        image: i\n        env:\n          A: ${{ X }}\n', 'jobs.<job_id>.services.<service_id>.env.<env_id>'],
  ['environment url', 'on: push\njobs:\n  a:\n    runs-on: x\n    environment:\n      name: n\n      url: ${{ X }}\n', 'jobs.<job_id>.environment.url'],
  ['job outputs', 'on: push\njobs:\n  a:\n    runs-on: x\n    outputs:\n      o: ${{ X }}\n', 'jobs.<job_id>.outputs.<output_id>'],
  ['step run', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ X }}\n', 'jobs.<job_id>.steps.run'],
  ['step if', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - if: ${{ X }}\n        run: echo\n', 'jobs.<job_id>.steps.if'],
  ['step with', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ X }}\n', 'jobs.<job_id>.steps.with'],
  ['call with', 'on: push\njobs:\n  a:\n    uses: o/r/.github/workflows/w.yml@v1\n    with:\n      x: ${{ X }}\n', 'jobs.<job_id>.with.<with_id>'],
  ['call secrets', 'on: push\njobs:\n  a:\n    uses: o/r/.github/workflows/w.yml@v1\n    secrets:\n      x: ${{ X }}\n', 'jobs.<job_id>.secrets.<secrets_id>'],
  ['workflow_call output', 'on:\n  workflow_call:\n    outputs:\n      o:\n        value: ${{ X }}\njobs: {}\n', 'on.workflow_call.outputs.<output_id>.value'],
  ['workflow_call input default', 'on:\n  workflow_call:\n    inputs:\n      i:\n        type: string\n        default: ${{ X }}\njobs: {}\n', 'on.workflow_call.inputs.<inputs_id>.default'],
  ['job name', 'on: push\njobs:\n  a:\n    name: ${{ X }}\n    runs-on: x\n', 'jobs.<job_id>.name'],
  ['workflow name (unrestricted)', 'name: ${{ X }}\non: push\njobs: {}\n', undefined],
];

describe('workflow expression completion', () => {
  for (const [what, template, key] of PLACES) {
    it(`offers at ${what} exactly the contexts the analyzer accepts there`, () => {
      const files = { readFile: () => undefined, exists: () => false };
      const accepted = [...CONTEXT_NAMES].filter((c) => {
        const diags = analyzeExpressions(new WorkflowModel(template.replace('X', `${c}.x`)), files, '/p/.github/workflows/ci.yml').diags;
        return !diags.some((d) => d.rule === 'context-availability' || d.message.startsWith('undefined variable'));
      });
      assert.deepEqual(contextLabels(template.replace('X', '|')).sort(), accepted.sort());
      // the key the cursor's path is named by
      assert.equal(keyOfTemplate(template), key);
    });
  }

  it('offers no steps, env or secrets in runs-on, and nothing of a context that is not allowed there', () => {
    const wf = 'on: push\njobs:\n  a:\n    runs-on: ${{ | }}\n';
    assert.deepEqual(contextLabels(wf), ['github', 'vars', 'strategy', 'matrix', 'needs', 'inputs']);
    assert.deepEqual(labels('on: push\njobs:\n  a:\n    runs-on: ${{ steps.| }}\n    steps:\n      - id: s\n        run: echo\n'), []);
    // status functions only in if:, hashFiles only in steps
    const fns = labels(wf).filter((l) => !CONTEXT_NAMES.has(l));
    assert.ok(!fns.includes('always') && !fns.includes('hashFiles') && fns.includes('format'), fns.join());
    const inStep = labels('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - if: |\n        run: echo\n');
    assert.ok(inStep.includes('always') && inStep.includes('hashFiles') && inStep.includes('steps') && !inStep.includes('secrets'), inStep.join());
  });

  it('completes in `if:` conditions without ${{ }}, quoted or not, but not in a comment', () => {
    const wf = (cond: string) => `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - id: s\n        run: echo\n      - if: ${cond}\n        run: echo\n`;
    const items = complete(wf("github.event_name == 'push' && steps.|"));
    assert.deepEqual(items.map((i) => [i.label, i.textEdit]), [['s', { range: { start: { line: 7, character: 49 }, end: { line: 7, character: 49 } }, newText: 's' }]]);
    assert.deepEqual(labels(wf('"steps.s.out|')), ['outputs', 'outcome', 'conclusion']);
    assert.deepEqual(labels(wf('x # steps.|')), []);
    assert.deepEqual(labels(wf('>-\n          steps.|')).filter((l) => l === 's'), [], 'a block scalar condition is left alone');
  });

  it('completes inputs with their type and description, in workflows and action.yml', () => {
    const wf = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      target:',
      '        description: Where to deploy',
      '        type: choice',
      '        options: [staging, prod]',
      '        required: true',
      '  workflow_call:',
      '    inputs:',
      '      target:',
      '        type: string',
      '      retries:',
      '        type: number',
      '        default: 3',
      'jobs:',
      '  a:',
      '    runs-on: ${{ inputs.| }}',
    ].join('\n');
    const items = complete(wf);
    assert.deepEqual(
      items.map((i) => [i.label, i.detail, (i.documentation as { value: string } | undefined)?.value]),
      [
        ['target', 'input (choice)', 'Where to deploy\n\ntype: `choice` · required · options: `staging`, `prod` · declared in `on.workflow_dispatch.inputs` and `on.workflow_call.inputs`'],
        ['retries', 'input (number)', 'type: `number` · default: `3` · declared in `on.workflow_call.inputs`'],
      ],
    );
    const action = 'name: a\ndescription: d\ninputs:\n  who:\n    description: Whom to greet\n    required: false\n    default: world\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.| }}\n      shell: bash\n';
    assert.deepEqual(
      complete(action, 'action').map((i) => [i.label, i.detail, (i.documentation as { value: string } | undefined)?.value]),
      [['who', 'input', 'Whom to greet\n\noptional · default: `world`']],
    );
    // action.yml steps: no secrets, vars or needs
    assert.deepEqual(contextLabels(action.replace('inputs.|', '|'), 'action'), ['github', 'env', 'job', 'steps', 'runner', 'strategy', 'matrix', 'inputs']);
  });

  it('completes github.event for the triggers, nested, with the events in the detail', () => {
    const wf = (expr: string) => `on: [push, pull_request]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \${{ ${expr} }}\n`;
    const top = complete(wf('github.event.|'));
    const pr = top.find((i) => i.label === 'pull_request')!;
    assert.equal(pr.detail, 'object (pull_request)');
    assert.equal(top.find((i) => i.label === 'after')?.detail, 'string (push, pull_request)');
    assert.equal(top.find((i) => i.label === 'ref')?.detail, 'string (push)');
    const head = complete(wf('github.event.pull_request.head.s|'));
    assert.deepEqual(head.map((i) => i.label), ['label', 'ref', 'repo', 'sha', 'user']);
    assert.deepEqual((head.find((i) => i.label === 'sha')?.textEdit as { range: unknown }).range, { start: { line: 5, character: 53 }, end: { line: 5, character: 54 } });
    // one trigger: no event list in the detail
    const one = complete('on: push\njobs:\n  a:\n    if: github.event.|\n');
    assert.equal(one.find((i) => i.label === 'ref')?.detail, 'string');
    // action.yml has no triggers
    assert.deepEqual(labels('name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ github.event.| }}\n      shell: bash\n', 'action'), []);
  });
});

describe('workflow signature help', () => {
  it('finds the innermost open call and its argument, skipping strings and finished calls', () => {
    assert.deepEqual(openCall("format('{0}, (x)', "), { name: 'format', arg: 1 });
    assert.deepEqual(openCall("format('a', contains(x, "), { name: 'contains', arg: 1 });
    assert.deepEqual(openCall("format('a', contains(x, y), "), { name: 'format', arg: 2 });
    assert.deepEqual(openCall("join(fromJSON('[1,2]'), "), { name: 'join', arg: 1 });
    assert.deepEqual(openCall("startsWith('a,b"), { name: 'startsWith', arg: 0 });
    assert.deepEqual(openCall("contains(fromJSON('[1]')[0], (a || b"), { name: 'contains', arg: 1 });
    assert.equal(openCall('github.ref == x'), undefined);
    assert.equal(openCall('toJSON(x) && y'), undefined);
  });

  it('labels the parameters and picks the parameter of variadic functions and case()', () => {
    const at = (expr: string) => {
      const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \${{ ${expr}`;
      return workflowSignatureHelp(new WorkflowModel(text), { line: 5, character: text.split('\n')[5].length });
    };
    const f = at("format('{0} {1}', a, ")!;
    assert.equal(f.signatures[0].label, 'format(string: string, replaceValue: any...) -> string');
    assert.deepEqual(f.signatures[0].parameters!.map((p) => p.label), [[7, 21], [23, 43]]);
    assert.equal(f.activeParameter, 1);
    const c = at('case(a, b, c, ')!;
    assert.equal(c.signatures[0].label, 'case(predicate: bool, value: any, default: any...) -> any');
    assert.equal(c.activeParameter, 1);
    const j = at('join(x, y, ')!;
    assert.deepEqual([j.activeSignature, j.activeParameter], [0, 2], 'too many arguments: no parameter of join matches');
    assert.equal(at('success(')!.signatures[0].label, 'success() -> bool');
    assert.equal(at('github.sha'), null);
  });
});

/** The GitHub key of the place marked X in a template, from the cursor's context there. */
function keyOfTemplate(template: string): string | undefined {
  const lines = template.split('\n');
  const line = lines.findIndex((l) => l.includes('X'));
  const ctx = cursorContext(new WorkflowModel(template), { line, character: lines[line].indexOf('X') });
  const keys = ctx.path.map((p) => p.key);
  return workflowKeyOf(ctx.mode === 'value' && ctx.key !== undefined ? [...keys, ctx.key] : keys);
}
