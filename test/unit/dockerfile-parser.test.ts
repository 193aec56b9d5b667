// Differential test of Slipway's Dockerfile parser (server/src/dockerfile/parser) against dockerfile-ast 0.7.1, the
// parser it replaces in the lint path: every accessor the parser implements must give the same value and the same
// range (or throw in the same cases) on the corpus, on every rule test input, on hand-written tricky files and on
// thousands of seeded mutations of all of them. SLIPWAY_DFP_CASES sets the number of mutations (default 3,000),
// SLIPWAY_DFP_SEED the seed.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDockerfile } from '../../server/src/dockerfile/parser';
import { parseWithDockerfileAst } from '../../server/src/dockerfile/parser/legacy';
import { allRules, ruleLanguages } from '../../server/src/engine/lint';
import { corpusDir, walk } from '../../server/src/conformance/corpus';
import { MUTATIONS, Rng } from '../fuzz/fuzzer';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

/** Calls `f`; a throw becomes `{throws: <error class>}` (both parsers must throw in the same cases). */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return { throws: e instanceof Error ? e.constructor.name : typeof e };
  }
}

const has = (o: Node, m: string) => typeof o?.[m] === 'function';

function argument(a: Node): unknown {
  return a === null || a === undefined ? a : [a.getValue(), a.getRange()];
}

function flag(f: Node): unknown {
  if (f === null) return null;
  return {
    name: f.getName(),
    range: f.getRange(),
    nameRange: f.getNameRange(),
    value: f.getValue(),
    valueRange: f.getValueRange(),
    text: f.toString(),
    options: f.getOptions().map((o: Node) => [o.getName(), o.getRange(), o.getNameRange(), o.getValue(), o.getValueRange(), o.toString()]),
    optionFrom: f.getOption('from')?.getName() ?? null,
  };
}

function property(p: Node): unknown {
  if (p === null) return null;
  return [p.getName(), p.getNameRange(), p.getValue(), p.getValueRange(), p.getRange(), attempt(() => p.getUnescapedValue())];
}

/** Everything the parser implements about one instruction. */
function instruction(ins: Node, depth = 0): Record<string, unknown> {
  const s: Record<string, unknown> = {
    class: ins.constructor.name,
    keyword: ins.getKeyword(),
    instruction: ins.getInstruction(),
    range: ins.getRange(),
    instructionRange: ins.getInstructionRange(),
    arguments: attempt(() => ins.getArguments().map(argument)),
    argumentsRange: attempt(() => ins.getArgumentsRange()),
    rawArgumentsContent: attempt(() => ins.getRawArgumentsContent()),
    argumentsContent: attempt(() => ins.getArgumentsContent()),
    text: attempt(() => ins.toString()),
    variables: attempt(() =>
      ins
        .getVariables()
        .map((v: Node) => [v.getName(), v.getNameRange(), v.getRange(), v.getModifier(), v.getModifierRange(), v.getSubstitutionParameter(), v.getSubstitutionRange(), v.toString()]),
    ),
    heredocs: attempt(() =>
      ins.getHeredocs().map((h: Node) => [h.getName(), h.getStartRange(), h.getNameRange(), h.getContentRange(), h.getDelimiterRange()]),
    ),
    hasFlags: has(ins, 'getFlags'),
  };
  if (has(ins, 'getFlags')) s.flags = attempt(() => ins.getFlags().map(flag));
  if (has(ins, 'getJSONStrings')) {
    s.json = attempt(() => ins.getJSONStrings().map((j: Node) => [j.getValue(), j.getRange(), j.getJSONValue(), j.getJSONRange()]));
  }
  if (has(ins, 'getProperties')) s.properties = attempt(() => ins.getProperties().map(property));
  if (has(ins, 'getProperty')) s.property = attempt(() => property(ins.getProperty()));
  if (has(ins, 'getImage')) {
    for (const m of ['getImage', 'getImageName', 'getImageRange', 'getImageNameRange', 'getImageTag', 'getImageTagRange', 'getImageDigest', 'getImageDigestRange', 'getRegistry', 'getRegistryRange', 'getBuildStage', 'getBuildStageRange']) {
      s[m] = attempt(() => ins[m]());
    }
    s.platformFlag = attempt(() => flag(ins.getPlatformFlag()));
  }
  if (has(ins, 'getFromFlag')) s.fromFlag = attempt(() => flag(ins.getFromFlag()));
  if (has(ins, 'getSubcommand')) s.subcommand = attempt(() => argument(ins.getSubcommand()));
  if (has(ins, 'getTrigger')) {
    s.trigger = attempt(() => ins.getTrigger());
    s.triggerWord = attempt(() => ins.getTriggerWord());
    s.triggerRange = attempt(() => ins.getTriggerRange());
    if (depth < 3) {
      s.triggerInstruction = attempt(() => {
        const t = ins.getTriggerInstruction();
        return t === null ? null : instruction(t, depth + 1);
      });
    }
  }
  return s;
}

function snapshot(doc: Node): Record<string, unknown> {
  return {
    escape: doc.getEscapeCharacter(),
    directives: doc.getDirectives().map((d: Node) => [d.getRange(), d.getName(), d.getNameRange(), d.getValue(), d.getValueRange(), d.toString()]),
    comments: doc.getComments().map((c: Node) => [c.getRange(), c.getContent()]),
    instructions: doc.getInstructions().map((i: Node) => instruction(i)),
  };
}

/** The first path where two JSON values differ. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`);
      if (d) return d;
    }
  }
  return `${at}: dockerfile-ast ${JSON.stringify(a)?.slice(0, 300)} vs Slipway ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Undefined when both parsers agree, else where they differ. */
function compare(text: string): string | undefined {
  const expected = JSON.parse(JSON.stringify(snapshot(parseWithDockerfileAst(text))));
  const actual = JSON.parse(JSON.stringify(snapshot(parseDockerfile(text))));
  return firstDifference(expected, actual);
}

function check(name: string, text: string): void {
  const d = compare(text);
  if (d) assert.fail(`${name}: ${d}\n--- input (${text.length} chars) ---\n${JSON.stringify(text.length > 3000 ? text.slice(0, 3000) + '…' : text)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs.

function corpusFiles(): { name: string; text: string }[] {
  let dir: string;
  try {
    dir = corpusDir();
  } catch {
    return [];
  }
  return [
    ...walk(path.join(dir, 'dockerfiles'), () => true),
    ...walk(path.join(dir, 'buildkit-checks'), (p) => path.basename(p) === 'Dockerfile'),
  ].map((p) => ({ name: path.relative(dir, p), text: fs.readFileSync(p, 'utf8') }));
}

function ruleInputs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const rule of allRules()) {
    if (!ruleLanguages(rule).includes('dockerfile')) continue;
    for (const t of rule.tests) out.push({ name: `${rule.id}: ${t.name}`, text: t.input });
  }
  return out;
}

const TRICKY: Record<string, string> = {
  empty: '',
  blank: '\n\n  \t\n',
  bom: '\uFEFFFROM alpine\nRUN echo hi\n',
  bomDirective: '\uFEFF# escape=`\nFROM alpine\n',
  crlf: 'FROM alpine AS base\r\nRUN apk add \\\r\n    curl \\\r\n    git\r\nCMD ["sh", "-c", "echo"]\r\n',
  loneCr: 'FROM alpine\rRUN a \\\rb\rENV A=1 \\\r B=2\r',
  mixedEol: 'FROM a\r\nRUN x \\\n  y \\\r  z\r\nCMD q\n',
  escapeBacktick: '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN Write-Host `\n    hi `\n    there\nCOPY C:\\a\\b C:\\c\\\nENV P=C:\\x `\n  Q=2\n',
  escapeInvalid: '# escape=x\n# escape=`\nFROM a\nRUN a `\n b\n',
  escapeFirstWins: '# escape=\\\n# escape=`\nFROM a\nRUN a `\n b \\\n c\n',
  propertyCommentFirst: 'ENV A=\\\n# c\n  b\nENV B \\\n  # c\n  d e\nLABEL x=\\\n  #c\n  "y z"\n',
  directives: '# syntax=docker/dockerfile:1\n#  escape = \\  \n# check=skip=all\nFROM a\n',
  directiveTrailingSpace: '# syntax=x \n# escape=`\nFROM a\n',
  directiveNoValue: '# syntax=\n# escape=\nFROM a\n',
  directiveLate: 'FROM a\n# escape=`\nRUN a `\n b\n',
  directiveCrLf: '# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM a\r\nRUN a `\r\n b\r\n',
  commentOnly: '# just a comment\n#\n#   \n',
  continuation: 'RUN apt-get update && \\\n    apt-get install -y \\\n      curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
  emptyContinuation: 'RUN a \\\n\n    b \\\n    \n    c\n',
  commentInContinuation: 'RUN a \\\n# comment\n    b \\\n    # indented comment\n    c\nENV A=1 \\\n# c\n    B=2\nLABEL a=b \\\n  # x\n  c=d\n',
  escapedSpace: 'RUN a\\ b c\\  \nRUN x \\  \n  y\nENV A=a\\ b B=c\nARG X\\ Y\n',
  // An argument that ends before any started (dockerfile-ast gives it a start one character before the arguments).
  escapedSpaceAfterContinuation: 'RUN apt-get update \\\n \\   && apt-get install -y curl\nRUN a \\\n\t\\ \tb\n',
  escapeTrailing: 'RUN a \\',
  escapeEof: 'RUN a \\\n',
  escapeSpacesEof: 'RUN a \\   ',
  keywordEscaped: 'RU\\\nN echo hi\nFR\\\n  OM a\nR\\UN x\nRUN\\\n echo\n',
  keywordOnly: 'FROM\nRUN\nCMD\nARG\nENV\nLABEL\nONBUILD\nHEALTHCHECK\nCOPY\n',
  keywordTabs: 'FROM\talpine\t AS\tb\nRUN\t\techo\t1\n',
  dollarEscapes: 'RUN echo \\$HOME $HOME ${HOME} ${HOME:-x} ${HOME:+y} ${A:?} ${B-} $ $\nENV A=$B${C}\\$D\n',
  variables: 'FROM ${REG:-docker.io}/lib/${IMG}:${TAG:-latest}@${DIGEST}\nRUN echo $A$B ${C}d $e"f" $g\'h\' ${i:-${j}} ${k \\\n  } ${l\nLABEL a=\'$x\' b="$y" c=$z\n',
  heredocBasic: 'RUN <<EOF\necho hi\nEOF\nCOPY <<EOF /x\ncontent\nEOF\n',
  heredocDash: 'RUN <<-EOF\n\techo hi\n\tEOF\nRUN <<-"EOT" bash\n\t\tx\n\tEOT\n',
  heredocQuoted: 'RUN <<"EOF"\n$x\nEOF\nRUN <<\'EOF\'\ny\nEOF\nRUN <<"EOF\nz\nEOF\n',
  heredocMulti: 'RUN <<A cat && <<B cat\na\nA\nb\nB\nCOPY <<one <<two /dest/\n1\none\n2\ntwo\n',
  heredocUnterminated: 'RUN <<EOF\necho hi\n',
  heredocOnbuild: 'ONBUILD RUN <<EOF\necho\nEOF\nONBUILD COPY <<X /y\nx\nX\n',
  heredocFlags: 'RUN --mount=type=cache,target=/root <<EOF\nx\nEOF\nADD --chmod=755 <<EOF /a\ny\nEOF\n',
  heredocEscaped: 'RUN <<EOF \\\n  cat\nline\nEOF\nRUN cat <\\\n<EOF\nz\nEOF\n',
  heredocSingle: 'RUN <<EOF\nRUN <<\nRUN <<<EOF\nRUN <<-\nRUN <<""\n',
  heredocCrlf: 'RUN <<EOF\r\necho hi\r\nEOF\r\nCMD x\r\n',
  heredocEmpty: 'RUN <<EOF\nEOF\nRUN <<EOF\n\nEOF\n',
  // dockerfile-ast's getHeredocs throws here (lone CRs end lines for the parser, not for its heredoc scan).
  heredocThrowsWithoutLt: 'FROM a\nRUN a \\\r\t\tb \\\n\t\t\\\r# c\r\n\t\tc \\\r\t; \\\r\n\td\n',
  heredocComment: 'RUN <<EOF\n# not a comment\nEOF\n# a comment\n',
  jsonForms: 'CMD ["a", "b"]\nCMD ["a","b" ]\nCMD [ "a" , "b" ]\nENTRYPOINT ["x\\"y", "z\\\\w"]\nSHELL ["powershell", "-Command"]\nVOLUME ["/a", "/b"]\nCMD []\nCMD [ ]\nCMD ["a"\nCMD ["a",]\nCMD [a]\nCMD ["a" "b"]\nCMD ["a", \\\n  "b"]\nCMD ["a\\\n b"]\nRUN ["x"] y\n',
  jsonBroken: 'CMD [\nCMD ["\nCMD ]\nCMD ["a"]]\nCMD [["a"]]\nCMD ["[", "]"]\nCMD ["a\\tb", "c\\u0041"]\nCMD ["\\ \n "]\n',
  flags: 'FROM --platform=$BUILDPLATFORM golang AS build\nCOPY --from=build --chown=1:1 /a /b\nRUN --mount=type=cache,target=/x,id=y --mount=type=secret,id=s --network=none cmd\nADD --checksum=sha256:abc https://x/y /z\nCOPY --link --from= a b\nRUN -- x\nRUN --=a b\nRUN a--b --mount=x c\nFROM --platform linux/amd64 img\nCOPY --\\\n  from=a b c\n',
  healthcheck: 'HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK --retries=3 x --start-period=1s CMD ["a"]\nHEALTHCHECK\n',
  from: 'FROM scratch\nFROM alpine:3.19\nFROM docker.io/library/alpine:3.19@sha256:abc\nFROM localhost:5000/x/y:z\nFROM localhost/img\nFROM my.registry/ns/img\nFROM img@sha256:deadbeef\nFROM a AS b\nFROM a as b c\nFROM a AS\nFROM ${X}:${Y}\nFROM a:$T/b\nFROM reg:${PORT}/img:${TAG}\nFROM a \\\n  AS b\nFROM al\\\npine:3\n',
  properties: 'ARG A\nARG B=1\nARG C="x y"\nARG D=\'q\'\nARG E F\nENV A=1 B=2\nENV C 1 2 3\nENV D="a b" E=\'c d\' F=e\\ f\nENV G=\nENV H==\nENV "I"=1\nENV \'J\'=2 K\nLABEL "com.x"="y" \'a b\'=c d="e\\"f"\nLABEL multi="a \\\n  b" other=1\nENV X=${Y:-a b}\nENV Q "with spaces"\nARG\nENV\n',
  propertyEscapes: 'ENV A=a\\\\b B="c\\"d" C=\'e\\f\' D=g\\\n  h\nENV E="x \\\n  y"\nENV F=\\ \nLABEL g="\\\n# c\n z"\n',
  onbuild: 'ONBUILD RUN echo hi\nONBUILD COPY --from=a b c\nONBUILD\nONBUILD ONBUILD RUN x\nONBUILD FROM a AS b\nONBUILD ENV A=1\nonbuild run x\n',
  casing: 'from alpine as Build\nrun echo\nCopy a b\nEnV A=1\nmaintainer me\nexpose 80/tcp\nstopsignal SIGTERM\nworkdir /a\nuser me\n',
  unknown: 'FROMM a\nRUNN b\nFOO\n123 x\n$X y\n',
  tabsAndSpaces: '  FROM a\n\tRUN b\n \t CMD c\nRUN \t x \t y\t\n',
  unicode: 'FROM alpine\nRUN echo "héllo wörld" 😀 \u2028 x\nLABEL naïve=ü\nENV Ω=1\n',
  hashInArgs: 'RUN echo # not a comment\nRUN a \\\n  #comment\n  b\nRUN a \\\n b # c\n',
  maintainer: 'MAINTAINER John Doe <john@example.com>\n',
  expose: 'EXPOSE 80 443/tcp 53/UDP 8000-8080\n',
  shellWindows: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN Get-ChildItem C:\\ `\n  | Out-Null\nWORKDIR C:\\app\n',
};

/** Characters the scanners treat specially, inserted at random places (on top of the fuzz suite's mutations). */
const DOCKER_BITS = ['\\', '`', '#', '# ', '<<', '<<-', '<<EOF', '\nEOF\n', '"', "'", '\t', ' ', '\r\n', '\r', '\n', '\n\n', '$', '${', '}', ':-', '=', '[', ']', ',', '--', '-', ':', '@', '/', '\\\n', '\\ \n', '`\n', '\\\r\n', '\n# c\n', '\n  \n', '\uFEFF', 'é'];

function dockerChars(text: string, rng: Rng): string {
  let t = text;
  for (let k = 1 + rng.int(6); k > 0; k--) {
    const i = rng.int(t.length + 1);
    t = t.slice(0, i) + rng.pick(DOCKER_BITS) + t.slice(i);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------

describe('Dockerfile parser: same results as dockerfile-ast', () => {
  it('on hand-written tricky Dockerfiles', () => {
    for (const [name, text] of Object.entries(TRICKY)) check(name, text);
  });

  it('on the corpus', (t) => {
    const files = corpusFiles();
    if (files.length === 0) return t.skip('corpus not found');
    for (const f of files) check(f.name, f.text);
  });

  it('on every rule test input', () => {
    const inputs = ruleInputs();
    assert.ok(inputs.length > 200, `rule test inputs: ${inputs.length}`);
    for (const r of inputs) check(r.name, r.text);
  });

  it('on seeded mutations of all of the above', () => {
    const seeds = [...Object.entries(TRICKY).map(([name, text]) => ({ name, text })), ...corpusFiles(), ...ruleInputs()].map((s) => ({
      kind: 'dockerfile' as const,
      name: s.name,
      text: s.text,
    }));
    const names = Object.keys(MUTATIONS);
    const cases = Number(process.env.SLIPWAY_DFP_CASES ?? 3000);
    const rng = new Rng(Number(process.env.SLIPWAY_DFP_SEED ?? 20240611));
    for (let i = 0; i < cases; i++) {
      const seed = rng.pick(seeds);
      let text = seed.text;
      const applied: string[] = [];
      for (let k = 1 + rng.int(3); k > 0; k--) {
        const m = rng.chance(0.4) ? 'dockerChars' : rng.pick(names);
        applied.push(m);
        text = m === 'dockerChars' ? dockerChars(text, rng) : MUTATIONS[m](text, rng, 'dockerfile', seeds);
      }
      if (text.length > 200_000) continue;
      check(`case ${i} (${seed.name}; ${applied.join(', ')})`, text);
    }
  });
});
