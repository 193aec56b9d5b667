// DockerfileModel wraps dockerfile-ast: each answer it keeps must be the library's own answer, asked once; the calls
// the library cannot answer (docs/upstream.md) are guarded in the model, never by patching the library.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser, JSONInstruction, ModifiableInstruction, PropertyInstruction, type Instruction } from 'dockerfile-ast';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { allRules, compareRuleIds, ruleLanguages } from '../../server/src/engine/lint';
import { ruleIds } from '../../server/src/engine/types';
import { dockerfileDocumentSymbols } from '../../server/src/dockerfile/features/documentSymbols';
import { dockerfileSemanticTokens } from '../../server/src/dockerfile/features/semanticTokens';
import { dockerfileHover } from '../../server/src/dockerfile/features/hover';
import { dockerfileCompletion } from '../../server/src/dockerfile/features/completion';
import { dockerfileReferences } from '../../server/src/dockerfile/features/navigation';
import { CORPUS, Rng } from '../fuzz/fuzzer';

function corpusDockerfiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^(Dockerfile|Containerfile)(\..*)?$|\.Dockerfile$/i.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  if (fs.existsSync(CORPUS)) walk(CORPUS);
  return out;
}

/** Every Dockerfile test input of the rules, the corpus, and seeded mutations of both (continuations, quotes, flags). */
function inputs(): string[] {
  const texts = [...corpusDockerfiles()];
  for (const r of allRules()) {
    if (!ruleLanguages(r).includes('dockerfile')) continue;
    texts.push(r.docs.bad, r.docs.good, ...r.tests.map((t) => t.input));
  }
  const rng = new Rng(20261206);
  const bits = ['\\\n', '\n', ' ', '\t', '\r\n', '"', "'", '[', ']', '--mount=type=cache,target=/x ', '--x ', 'a--b ', '\\ ', ' #c\n', '$A', '${B}', '<<EOF\n', '#', '`', '\\'];
  const mutants: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let t = rng.pick(texts);
    for (let k = 0; k < 3; k++) {
      const at = rng.int(t.length + 1);
      t = rng.chance(0.6) ? t.slice(0, at) + rng.pick(bits) + t.slice(at) : t.slice(0, at) + t.slice(at + 1 + rng.int(6));
    }
    mutants.push(t);
  }
  return [...texts, ...mutants];
}

const range = (r: { start: { line: number; character: number }; end: { line: number; character: number } } | null | undefined) =>
  r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : String(r);

/** What the library answers for one instruction, asked directly. */
function libraryView(node: Instruction) {
  const heredocs = (() => {
    const h = (node as Instruction & { getHeredocs?: () => { getName(): string; getContentRange(): unknown }[] }).getHeredocs;
    if (typeof h !== 'function') return [];
    try {
      return h.call(node).map((x) => `${x.getName()}@${range(x.getContentRange() as never)}`);
    } catch {
      return [];
    }
  })();
  return {
    args: node.getArguments().map((a) => `${a.getValue()}@${range(a.getRange())}`),
    argsRange: range(node.getArgumentsRange()),
    raw: node.getRawArgumentsContent(),
    content: node.getArgumentsContent(),
    flags: node instanceof ModifiableInstruction ? node.getFlags().map((f) => `${f.getName()}=${f.getValue()}@${range(f.getRange())}`) : [],
    json: node instanceof JSONInstruction ? node.getJSONStrings().map((j) => `${j.getValue()}@${range(j.getRange())}`) : [],
    heredocs,
    properties: node instanceof PropertyInstruction ? node.getProperties().map((p) => `${p.getName()}=${p.getValue()}@${range(p.getRange())}`) : [],
  };
}

describe('DockerfileModel over dockerfile-ast', () => {
  it("keeps the library's own answers for every instruction and stage (corpus, rule inputs, 3,000 mutations)", () => {
    let instructions = 0;
    for (const text of inputs()) {
      const model = new DockerfileModel(text);
      const lib = DockerfileParser.parse(text).getInstructions();
      assert.equal(model.instructions.length, lib.length, JSON.stringify(text.slice(0, 200)));
      model.instructions.forEach((ins, i) => {
        instructions++;
        const want = libraryView(lib[i]);
        const got = {
          args: ins.args.map((a) => `${a.getValue()}@${range(a.getRange())}`),
          argsRange: range(ins.argsRange),
          raw: ins.rawArgsContent,
          content: ins.argsContent,
          flags: ins.flags.map((f) => `${f.getName()}=${f.getValue()}@${range(f.getRange())}`),
          json: ins.jsonStrings.map((j) => `${j.getValue()}@${range(j.getRange())}`),
          heredocs: ins.heredocs.map((x) => `${x.getName()}@${range(x.getContentRange())}`),
          properties: ins.properties.map((p) => `${p.getName()}=${p.getValue()}@${range(p.getRange())}`),
        };
        assert.deepEqual(got, want, `instruction ${i} of ${JSON.stringify(text.slice(0, 300))}`);
        // The model answers "no variables" without asking the library when the instruction has no `$`: so does it.
        if (!model.textOf(ins.range).includes('$')) {
          assert.equal(ins.variables.length, 0);
          assert.equal(lib[i].getVariables().length, 0, `variables of instruction ${i} of ${JSON.stringify(text.slice(0, 300))}`);
        }
        assert.equal(ins.keyword, lib[i].getKeyword());
        assert.equal(range(ins.range), range(lib[i].getRange()));
      });
      const froms = DockerfileParser.parse(text).getFROMs();
      assert.equal(model.stages.length, froms.length);
      model.stages.forEach((s, i) => {
        assert.equal(s.image, froms[i].getImage());
        assert.equal(range(s.imageRange ?? undefined), range(froms[i].getImageRange() ?? undefined));
        // A quoted image is read unquoted (the builder's reading); the library keeps the quotes.
        if (s.image === s.imageValue) assert.equal(s.imageName, froms[i].getImageName());
        assert.equal(s.name, froms[i].getBuildStage() || undefined);
        assert.equal(range(s.nameRange), range(froms[i].getBuildStageRange() ?? undefined));
        assert.equal(s.platformFlag?.getValue(), froms[i].getPlatformFlag()?.getValue());
      });
    }
    assert.ok(instructions > 5000, `${instructions} instructions compared`);
  });

  it('an escaped blank before a comment on the last line of a continuation: the arguments end as the library says', () => {
    for (const text of ['FROM a\nRUN a \\\n  b) \\\n\t# c1\n\t\\ # c2\n', 'FROM a\nRUN a \\\n  b) \\\n\t\\ # c2\nCMD x\n']) {
      const model = new DockerfileModel(text);
      assert.equal(range(model.instructions[1].argsRange), range(DockerfileParser.parse(text).getInstructions()[1].getArgumentsRange()));
      assert.equal(range(model.instructions[1].argsRange), '1:4-2:4');
    }
  });

  it('asks the library once: the same arrays come back on every call', () => {
    const model = new DockerfileModel('FROM alpine AS a\nRUN --mount=type=cache,target=/x echo $A <<EOF\nbody\nEOF\nENV A=1 B=2\nCMD ["x"]\n');
    for (const ins of model.instructions) {
      assert.equal(ins.args, ins.args);
      assert.equal(ins.heredocs, ins.heredocs);
      assert.equal(ins.properties, ins.properties);
      assert.equal(ins.variables, ins.variables);
      assert.equal(ins.argsRange, ins.argsRange);
    }
    const run = model.instructions[1];
    assert.deepEqual(run.flags.map((f) => f.getName()), ['mount']);
    assert.deepEqual(run.heredocs.map((h) => h.getName()), ['EOF']);
    assert.deepEqual(run.variables.map((v) => v.getName()), ['A']);
  });

  it('parentStage: a FROM naming an earlier stage, with or without a tag; never a later one; none without names', () => {
    const m = new DockerfileModel('FROM python:3.12 AS base\nFROM base AS build\nFROM Base:1.0\nFROM later\nFROM alpine AS later\n');
    assert.deepEqual(
      m.stages.map((s) => m.parentStage(s)?.name),
      [undefined, 'base', 'base', undefined, undefined],
    );
    const plain = new DockerfileModel('FROM python:3.12\nFROM python:3.12\nFROM 0\n');
    assert.deepEqual(plain.stages.map((s) => plain.parentStage(s)), [undefined, undefined, undefined]);
  });

  it('argValues and imageValue: arguments as the builder reads them, quotes and escapes removed, variables kept', () => {
    const m = new DockerfileModel(
      'FROM "golang:1.22" AS build\nCOPY "go.mod" \'go.sum\' a\\$b C:\\\\app "$DIR/x" \'$HOME\' "./"\nFROM \'build\'\nUSER "root"\n',
    );
    assert.deepEqual(m.stages.map((s) => [s.image, s.imageValue, s.imageName]), [
      ['"golang:1.22"', 'golang:1.22', 'golang'],
      ["'build'", 'build', 'build'],
    ]);
    assert.deepEqual(m.instructions[1].argValues, ['go.mod', 'go.sum', 'a$b', 'C:\\app', '$DIR/x', '$HOME', './']);
    // Ranges stay where the words are written, quotes included.
    assert.deepEqual(m.instructions[1].args.map((a) => m.textOf(a.getRange())).slice(0, 2), ['"go.mod"', "'go.sum'"]);
    assert.equal(m.parentStage(m.stages[1])?.name, 'build');
    assert.deepEqual(m.instructions[3].argValues, ['root']);
    // With `# escape=\``, a backslash is an ordinary character.
    const win = new DockerfileModel('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY "C:\\src" C:\\app\\\n');
    assert.deepEqual(win.instructions[1].argValues, ['C:\\src', 'C:\\app\\']);
  });

  describe('dockerfile-ast recursion guard (docs/upstream.md)', () => {
    // When this first assertion fails, dockerfile-ast no longer recurses: the guard in DfInstruction.variables can go.
    it('the library still overflows the stack on an indented instruction before the first FROM', () => {
      assert.throws(() => DockerfileParser.parse(' RUN $A\n').getInstructions()[0].getVariables(), RangeError);
      assert.throws(() => DockerfileParser.parse('FROM alpine\n').resolveVariable('A', 1), RangeError);
    });

    it('the model answers without variables there, and with them everywhere else', () => {
      // The instructions before the first FROM span (0,1)-(1,9): only line 0's first column is outside them.
      const m = new DockerfileModel(' RUN $A\n ENV B=$C\nFROM alpine\nRUN echo $D\n');
      assert.deepEqual(m.instructions.map((i) => i.variables.map((v) => v.getName())), [[], ['C'], [], ['D']]);
      assert.equal(m.resolvesVariablesAt(0), false);
      assert.equal(m.resolvesVariablesAt(2), true);
    });

    it('editor features on such documents answer instead of throwing', () => {
      for (const text of [' RUN $A\n', ' ARG X=$Y\n ENV Z=$X\nFROM scratch\n', 'FROM alpine\n\n', '# only a comment\n', '', '  \\\n RUN ${A:-b}\n']) {
        const m = new DockerfileModel(text);
        assert.ok(Array.isArray(dockerfileDocumentSymbols(m)));
        assert.ok(dockerfileSemanticTokens(m).data.length % 5 === 0);
        for (let line = 0; line <= m.lines.lineCount; line++) {
          for (const character of [0, 1, 3, 6]) {
            const pos = { line, character };
            dockerfileHover(m, pos);
            assert.ok(Array.isArray(dockerfileCompletion(m, pos)));
            assert.ok(Array.isArray(dockerfileReferences(m, pos, true)));
          }
        }
      }
    });
  });
});

describe('finding order', () => {
  it('rule ids compare as localeCompare orders them (every id and alias of every rule)', () => {
    const ids = [...new Set(allRules().flatMap((r) => ruleIds(r)))];
    assert.ok(ids.length > 100);
    for (const a of ids) for (const b of ids) assert.equal(Math.sign(compareRuleIds(a, b)), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
  });
});
