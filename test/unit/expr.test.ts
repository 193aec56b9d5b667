// Direct tests of the GitHub Actions expression library: lexer, parser, checker and source mapping.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { lex } from '../../server/src/workflow/expr/lexer';
import { parseBare, parseExpression, type ExprNode } from '../../server/src/workflow/expr/parser';
import { Checker, isConstant } from '../../server/src/workflow/expr/checker';
import { fixedContexts } from '../../server/src/workflow/expr/contexts';
import { formatPlaceholders } from '../../server/src/workflow/expr/functions';
import { mapScalar } from '../../server/src/workflow/expr/source';
import { findTemplates } from '../../server/src/workflow/expr/analysis';
import { tyString, strictObj, STRING } from '../../server/src/workflow/expr/types';
import { WorkflowModel } from '../../server/src/workflow/model';
import { analyzeExpressions } from '../../server/src/workflow/expr/analysis';

function show(n: ExprNode): string {
  switch (n.type) {
    case 'null':
      return 'null';
    case 'bool':
      return String(n.value);
    case 'number':
      return `#${n.value}`;
    case 'string':
      return `'${n.value}'`;
    case 'var':
      return n.name;
    case 'prop':
      return `${show(n.object)}.${n.name}`;
    case 'filter':
      return `${show(n.object)}.*`;
    case 'index':
      return `${show(n.object)}[${show(n.index)}]`;
    case 'call':
      return `${n.name}(${n.args.map(show).join(', ')})`;
    case 'not':
      return `!(${show(n.operand)})`;
    case 'binary':
      return `(${show(n.left)} ${n.op} ${show(n.right)})`;
  }
}

function parse(src: string): ExprNode {
  const r = parseExpression(src + ' }}');
  assert.equal(r.error, undefined, r.error?.message);
  return r.node!;
}

describe('expression lexer', () => {
  it('lexes literals and operators with offsets', () => {
    const r = lex("a.b-c == 'it''s' && 0x1F <= -1.5e2 }}");
    assert.equal(r.error, undefined);
    assert.deepEqual(
      r.tokens.map((t) => t.kind),
      ['ident', '.', 'ident', '==', 'string', '&&', 'int', '<=', 'float', 'end'],
    );
    assert.equal(r.tokens[4].value, "it's");
    assert.equal(r.tokens[6].value, 31);
    assert.equal(r.tokens[8].value, -150);
    assert.equal(r.tokens[2].start, 2);
  });
  it('reports double quotes, unterminated strings and a missing }} at their offsets', () => {
    assert.match(lex('a == "x" }}').error!.message, /only single quotes/);
    assert.equal(lex('a == "x" }}').error!.start, 5);
    assert.match(lex("'abc").error!.message, /EOF while lexing end of string/);
    assert.match(lex('a == b').error!.message, /"}}" is missing/);
    assert.match(lex('a = b }}').error!.message, /did you mean '=='/);
  });
  it('does not end the expression at }} inside a string', () => {
    const r = lex("format('{0}}}', x) }} tail");
    assert.equal(r.error, undefined);
    assert.equal(r.end, "format('{0}}}', x) }}".length);
  });
});

describe('expression parser', () => {
  it('follows GitHub precedence', () => {
    assert.equal(show(parse('a || b && c == d < e')), '(a || (b && (c == (d < e))))');
    assert.equal(show(parse('!a == b')), '(!(a) == b)');
    assert.equal(show(parse('(a || b) && c')), '((a || b) && c)');
  });
  it('parses property access, indexes, filters and calls', () => {
    assert.equal(show(parse("github.event.commits[0]['id']")), "github.event.commits[#0]['id']");
    assert.equal(show(parse('x.*.name')), 'x.*.name');
    assert.equal(show(parse("contains(fromJSON('[1]'), 1)")), "contains(fromJSON('[1]'), #1)");
    assert.equal(show(parse('f()')), 'f()');
  });
  it('keeps keywords case sensitive', () => {
    assert.equal(parse('true').type, 'bool');
    assert.equal(parse('TRUE').type, 'var');
  });
  it('reports errors with the offending offset', () => {
    const r = parseExpression('(a || b }}');
    assert.match(r.error!.message, /unbalanced parentheses/);
    assert.equal(r.error!.start, 8);
    const e = parseExpression('a b }}');
    assert.match(e.error!.message, /unexpected identifier "b"/);
    assert.equal(e.error!.start, 2);
    assert.match(parseExpression(' }}').error!.message, /empty/);
    assert.match(parseExpression('f(a b) }}').error!.message, /expecting "," or "\)"/);
  });
  it('parses a bare if condition', () => {
    assert.equal(show(parseBare("github.ref == 'x'").node!), "(github.ref == 'x')");
    assert.ok(parseBare('(a').error);
  });
  it('finds every template in a string', () => {
    const { templates } = findTemplates("a ${{ x }} b ${{ format('}}', y) }} c");
    assert.deepEqual(
      templates.map((t) => [t.start, t.end]),
      [
        [2, 10],
        [13, 35],
      ],
    );
  });
});

function checkExpr(src: string, key?: string) {
  const node = parse(src);
  const c = new Checker({ vars: { ...fixedContexts(), steps: strictObj({ a: strictObj({ outputs: strictObj({ x: STRING }) }) }) }, workflowKey: key });
  const ty = c.check(node);
  return { ty: tyString(ty), diags: c.diags.map((d) => `${d.rule}@${d.start}: ${d.message}`) };
}

describe('expression checker', () => {
  it('types literals, contexts and functions', () => {
    assert.equal(checkExpr("format('{0}', 1)").ty, 'string');
    assert.equal(checkExpr('github.event.anything').ty, 'any');
    assert.equal(checkExpr('runner.os').ty, 'string');
    assert.equal(checkExpr("fromJSON('{\"a\": [true]}')").ty, '{a: array<bool>}');
    assert.equal(checkExpr('github.event.commits.*.id').ty, 'array<any>');
    assert.equal(checkExpr("github.ref_protected && 60 || 20").ty, 'number');
    assert.equal(checkExpr('TOJSON(github)').ty, 'string');
  });
  it('reports undefined variables, properties and functions', () => {
    assert.match(checkExpr('foo').diags[0], /undefined-reference@0: undefined variable "foo"/);
    assert.match(checkExpr('runner.oss').diags[0], /undefined-reference@7: property "oss"/);
    assert.match(checkExpr('steps.b.outputs').diags[0], /property "b" is not defined/);
    assert.match(checkExpr('nope(1)').diags[0], /undefined function "nope"/);
    assert.deepEqual(checkExpr('secrets.ANY_NAME').diags, []);
  });
  it('checks arity, argument types and format placeholders', () => {
    assert.match(checkExpr('startsWith(1)').diags[0], /number of arguments is wrong/);
    assert.match(checkExpr("join(github, ',')").diags[0], /1st argument of function call is not assignable/);
    assert.match(checkExpr("format('{0} {1}', 1)").diags[0], /contains placeholder \{1\} but only 1 arguments/);
    assert.deepEqual(checkExpr("format('{{0}} {0}', 1)").diags, []);
    assert.match(checkExpr("fromJSON('[1,')").diags[0], /broken JSON/);
  });
  it('checks context and special function availability per key', () => {
    assert.match(checkExpr('env.X', 'jobs.<job_id>.if').diags[0], /context "env" is not allowed here. available contexts are "github", "inputs", "needs", "vars"/);
    assert.deepEqual(checkExpr('always()', 'jobs.<job_id>.steps.if').diags, []);
    assert.match(checkExpr('always()', 'jobs.<job_id>.steps.run').diags[0], /calling function "always" is not allowed here/);
    assert.match(checkExpr("hashFiles('x')", 'jobs.<job_id>.env').diags.join(), /hashFiles/);
    assert.match(checkExpr('env.X', 'jobs.<job_id>.steps.shell').diags[0], /no context is available here/);
  });
  it('warns about comparisons that are always false', () => {
    const d = checkExpr("github.ref == fromJSON('{}')");
    assert.match(d.diags[0], /"string" value cannot be compared to "\{\}" value/);
    assert.deepEqual(checkExpr('1 < github.run_number').diags, []);
  });
  it('knows constant expressions', () => {
    assert.ok(isConstant(parse("contains(format('{0}', 'a'), 'a')")));
    assert.ok(!isConstant(parse("contains(github.ref, 'a')")));
    assert.ok(!isConstant(parse("fromJSON('true')")));
  });
  it('parses format placeholders with escapes', () => {
    assert.deepEqual([...formatPlaceholders('{0} {{x}} {1}').used], [0, 1]);
    assert.equal(formatPlaceholders('{x}').badAt, 0);
  });
});

function scalarOf(src: string, key: string): Scalar {
  const doc = parseDocument(src, { keepSourceTokens: true });
  const v = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  assert.ok(isScalar(v));
  return v as Scalar;
}

describe('source mapping of scalars', () => {
  const cases: [string, string, string][] = [
    ['plain', 'k: echo ${{ a.b }}\n', 'a.b'],
    ['plain multi-line', 'k: one\n  two ${{ a.b }}\n', 'a.b'],
    ['single-quoted', "k: 'it''s ${{ a.b }}'\n", 'a.b'],
    ['double-quoted with escapes', 'k: "x\\n\\"y\\" ${{ a.b }}"\n', 'a.b'],
    ['double-quoted folded', 'k: "one\n  two ${{ a.b }}"\n', 'a.b'],
    ['literal block', 'k: |\n  echo 1\n\n  echo ${{ a.b }}\n', 'a.b'],
    ['folded block', 'k: >-\n  one\n  two ${{ a.b }}\n\n  three\n', 'a.b'],
    ['folded block, more indented', 'k: >\n  one\n    indented ${{ a.b }}\n  two\n', 'a.b'],
    ['literal block, keep', 'k: |+\n  ${{ a.b }}\n\n', 'a.b'],
  ];
  for (const [name, src, needle] of cases) {
    it(`maps every character exactly: ${name}`, () => {
      const m = mapScalar(scalarOf(src, 'k'))!;
      assert.ok(m.exact, `not exact for ${JSON.stringify(src)}`);
      const i = m.value.indexOf(needle);
      assert.ok(i >= 0);
      assert.equal(src.slice(m.offsets[i], m.offsets[i] + needle.length), needle);
    });
  }
});

describe('expression analysis of a workflow', () => {
  const wf = (text: string) => analyzeExpressions(new WorkflowModel(text), { readFile: () => undefined, exists: () => false }, '/p/.github/workflows/ci.yml');
  it('maps positions inside a multi-line run block', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo one\n          echo ${{ runner.oss }}\n';
    const m = new WorkflowModel(text);
    const d = wf(text).diags;
    assert.equal(d.length, 1);
    const pos = m.lines.positionAt(d[0].start);
    assert.deepEqual([pos.line + 1, pos.character + 1], [8, 27]);
  });
  it('keeps steps, needs, matrix and inputs open where they are dynamic', () => {
    const text =
      "on:\n  workflow_call:\n    inputs:\n      m:\n        type: string\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        include: ${{ fromJSON(inputs.m) }}\n    steps:\n      - id: ${{ matrix.id }}x\n        run: echo\n      - run: echo ${{ matrix.any }} ${{ steps.whatever.outputs.x }}\n";
    const d = wf(text).diags.filter((x) => x.rule === 'undefined-reference');
    assert.deepEqual(d, []);
  });
  it('types workflow_call outputs against job outputs', () => {
    const text =
      'on:\n  workflow_call:\n    outputs:\n      o:\n        value: ${{ jobs.a.outputs.missing }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    outputs:\n      present: x\n    steps:\n      - run: echo\n';
    const d = wf(text).diags;
    assert.equal(d.length, 1);
    assert.match(d[0].message, /property "missing" is not defined in object type \{present: string\}/);
  });
});
