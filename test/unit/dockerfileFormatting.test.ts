import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { formatDocument, FormatOptions } from '../../server/src/dockerfile/features/formatting';
import { applyEdits } from '../../server/src/engine/text';
import { corpusDir, walk } from '../../server/src/conformance/corpus';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';

function format(text: string, opts?: FormatOptions): string {
  return applyEdits(text, formatDocument(new DockerfileModel(text), opts));
}

// The parse used to compare meaning is dockerfile-ast's own, not Slipway's parser (which is what is being tested).
const { DockerfileParser } = require('dockerfile-ast') as typeof import('dockerfile-ast');

type AstInstruction = ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>[number];

function heredocsOfAst(ins: AstInstruction): { getContentRange(): { start: Pos; end: Pos } | null; getNameRange(): { start: Pos } }[] {
  const h = (ins as unknown as { getHeredocs?: () => [] }).getHeredocs;
  return typeof h === 'function' ? h.call(ins) : [];
}

interface Pos {
  line: number;
  character: number;
}

function offsetAt(lines: string[], p: Pos): number {
  let o = 0;
  for (let l = 0; l < p.line; l++) o += lines[l].length + 1;
  return o + p.character;
}

/**
 * The logical line BuildKit builds from an instruction's physical lines: continuation escapes removed, comment and
 * empty continuation lines dropped, leading whitespace of continuation lines kept; then whitespace runs outside quotes
 * collapsed (they only separate words) and the keyword upper-cased.
 */
function joined(lines: string[], escape: string, from: number, to: number): string {
  const cont = new RegExp(`\\${escape}[ \t]*$`);
  let s = '';
  for (let l = from; l <= to; l++) {
    const raw = lines[l];
    if (l > from && (raw.trim() === '' || raw.trim().startsWith('#'))) continue;
    const t = l === from ? raw.trimStart() : raw;
    s += t.replace(cont, '');
    if (!cont.test(t)) break;
  }
  let out = '';
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      out += c;
      if (c === escape && q === '"') out += s[++i] ?? '';
      else if (c === q) q = '';
    } else if (c === ' ' || c === '\t') {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += c;
      if (c === escape) out += s[++i] ?? '';
      else if (c === '"' || c === "'") q = c;
    }
  }
  out = out.trim();
  const sp = out.search(/\s|$/);
  // Keywords, the ONBUILD trigger's keyword and FROM's AS are case-insensitive.
  let rest = out.slice(sp);
  const kw = out.slice(0, sp).toUpperCase();
  if (kw === 'ONBUILD') rest = rest.replace(/^(\s+)(\S+)/, (_, ws: string, w: string) => ws + w.toUpperCase());
  if (kw === 'FROM') rest = rest.replace(/(\s)as(\s)/i, '$1AS$2');
  return kw + rest;
}

/**
 * What BuildKit would see, read by dockerfile-ast: keyword, flags, arguments and here-document bodies (byte for byte)
 * of each instruction, and its logical line.
 */
function meaning(text: string) {
  const ast = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const escape = ast.getEscapeCharacter();
  return ast.getInstructions().map((i) => {
    const node = i as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] };
    const keyword = i.getKeyword();
    let args = i.getArguments().map((a) => a.getValue());
    if (keyword === 'FROM' && args.length === 3 && /^as$/i.test(args[1])) args = [args[0], 'AS', args[2]];
    if (keyword === 'ONBUILD' && args.length) args = [args[0].toUpperCase(), ...args.slice(1)];
    const heredocs = heredocsOfAst(i);
    const bodyStart = heredocs.length ? Math.min(...heredocs.map((h) => h.getNameRange().start.line + 1)) : undefined;
    const range = i.getRange();
    return {
      keyword,
      flags: node.getFlags?.call(i).map((f) => `${f.getName()}=${f.getValue()}`) ?? [],
      args,
      heredocs: heredocs.map((h) => {
        const r = h.getContentRange();
        return r ? text.slice(offsetAt(lines, r.start), offsetAt(lines, r.end)) : '';
      }),
      line: joined(lines, escape, range.start.line, (bodyStart ?? range.end.line + 1) - 1),
    };
  });
}

/** Every Dockerfile of the corpus, and every Dockerfile rule's test inputs and documented examples. */
function dockerfiles(): { name: string; text: string }[] {
  const corpus = walk(corpusDir(), (p) => /(^Dockerfile|\.Dockerfile)$/.test(path.basename(p)));
  const out = corpus.map((f) => ({ name: f, text: fs.readFileSync(f, 'utf8') }));
  for (const rule of allRules()) {
    if (![rule.language].flat().includes('dockerfile')) continue;
    out.push({ name: `${rule.id} bad`, text: rule.docs.bad }, { name: `${rule.id} good`, text: rule.docs.good });
    for (const c of rule.tests) out.push({ name: `${rule.id}: ${c.name}`, text: c.input });
  }
  return out;
}

describe('Dockerfile formatting', () => {
  it('upper-cases keywords, indents continuation lines, trims trailing whitespace', () => {
    const input = 'from alpine:3.20 as base   \n  run apk add --no-cache \\\n  curl \\\n  git   \nonbuild run echo hi\n\n   # comment  \n';
    assert.equal(format(input), 'FROM alpine:3.20 AS base\nRUN apk add --no-cache \\\n    curl \\\n    git\nONBUILD RUN echo hi\n\n# comment\n');
  });

  it('keeps continuation indentation inside quotes and where it would split a word', () => {
    const input = 'FROM alpine\nRUN echo "a \\\n  b" && \\\n  echo c\\\nd\nRUN x=\'1 \\\n      2\'\n';
    assert.equal(format(input), 'FROM alpine\nRUN echo "a \\\n  b" && \\\n    echo c\\\nd\nRUN x=\'1 \\\n      2\'\n');
  });

  it('never touches here-document bodies', () => {
    const input = 'FROM alpine\nrun <<EOF   \n  set -e  \n\techo hi\nEOF\ncopy <<-X /a\n\t  keep   \n\tX\n';
    assert.equal(format(input), 'FROM alpine\nRUN <<EOF\n  set -e  \n\techo hi\nEOF\nCOPY <<-X /a\n\t  keep   \n\tX\n');
  });

  it('keeps existing continuation indentation when ignoreMultilineInstructions is set', () => {
    const input = 'from alpine\nrun a \\\n  b \\\n\tc   \n';
    assert.equal(format(input, { ignoreMultilineInstructions: true }), 'FROM alpine\nRUN a \\\n  b \\\n\tc\n');
  });

  it('respects the escape directive', () => {
    const input = '# escape=`\nfrom mcr.microsoft.com/windows/servercore:ltsc2022\nrun dir `\n  c:\\ `\n      /s\n';
    assert.equal(format(input), '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    c:\\ `\n        /s\n');
  });

  it('writes AS in the case of the FROM keyword it writes (no FromAsCasing warning)', () => {
    const input = 'from alpine as base\nFROM alpine As b2\nfrom alpine \\\n  as b3\nFROM --platform=linux/amd64 alpine aS b4\nFROM alpine AS b5\n';
    const out = format(input);
    assert.equal(out, 'FROM alpine AS base\nFROM alpine AS b2\nFROM alpine \\\n    AS b3\nFROM --platform=linux/amd64 alpine AS b4\nFROM alpine AS b5\n');
    const config = mergeConfig(emptyConfig(), { enabled: new Set(['FromAsCasing']) });
    const findings = lint({ text: out, language: 'dockerfile', path: '/p/Dockerfile', files: { readFile: () => undefined, exists: () => false }, config, only: new Set(['FromAsCasing']) }).findings;
    assert.deepEqual(findings.map((f) => f.message), []);
  });

  it('keeps the relative indentation of nested continuation lines', () => {
    const tabs = 'FROM alpine\nRUN set -eux; \\\n\tif [ -f x ]; then \\\n\t\techo a; \\\n\t\techo b; \\\n\tfi; \\\n\tapk add \\\n\t\tcurl \\\n\t\tgit\n';
    assert.equal(format(tabs), 'FROM alpine\nRUN set -eux; \\\n    if [ -f x ]; then \\\n        echo a; \\\n        echo b; \\\n    fi; \\\n    apk add \\\n        curl \\\n        git\n');
    const spaces = 'FROM alpine\nRUN apt-get install \\\n      curl \\\n        git \\\n      && rm -rf /var/lib/apt/lists/*\n';
    assert.equal(format(spaces), 'FROM alpine\nRUN apt-get install \\\n    curl \\\n      git \\\n    && rm -rf /var/lib/apt/lists/*\n');
    assert.equal(format(format(tabs)), format(tabs));
  });

  it('never changes what dockerfile-ast reads in any corpus Dockerfile or rule example, and is idempotent', () => {
    const files = dockerfiles();
    assert.ok(files.filter((f) => f.name.startsWith(corpusDir())).length >= 190, 'the corpus Dockerfiles');
    // And each made messy: lines indented by 0 to 2 spaces or a tab, keywords and AS in lower case.
    const messy = files.map((f) => ({
      name: `${f.name} (messy)`,
      text: f.text
        .split('\n')
        .map((line, i) => ['', ' ', '  ', '\t'][i % 4] + line.replace(/^(\s*)([A-Za-z]+)(\s)/, (_, ws: string, kw: string, sp: string) => ws + kw.toLowerCase() + sp).replace(/(\s)AS(\s)/, '$1as$2'))
        .join('\n'),
    }));
    let changed = 0;
    for (const f of [...files, ...messy]) {
      for (const opts of [{}, { ignoreMultilineInstructions: true }]) {
        const once = format(f.text, opts);
        if (once !== f.text) changed++;
        assert.deepEqual(meaning(once), meaning(f.text), `meaning changed: ${f.name}`);
        assert.equal(format(once, opts), once, `not idempotent: ${f.name}`);
      }
    }
    assert.ok(changed > 50, `the corpus has something to format (${changed})`);
  });
});
