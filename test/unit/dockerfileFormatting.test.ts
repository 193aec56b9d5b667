import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { formatDocument, FormatOptions } from '../../server/src/dockerfile/features/formatting';
import { heredocBodyStart, heredocsOf } from '../../server/src/dockerfile/features/util';
import { applyEdits } from '../../server/src/engine/text';
import { corpusDir, walk } from '../../server/src/conformance/corpus';

function format(text: string, opts?: FormatOptions): string {
  return applyEdits(text, formatDocument(new DockerfileModel(text), opts));
}

/**
 * The logical line BuildKit builds from an instruction's physical lines: continuation escapes removed, comment and
 * empty continuation lines dropped, leading whitespace of continuation lines kept; then whitespace runs outside quotes
 * collapsed (they only separate words) and the keyword upper-cased.
 */
function joined(m: DockerfileModel, from: number, to: number): string {
  const cont = new RegExp(`\\${m.escape}[ \t]*$`);
  let s = '';
  for (let l = from; l <= to; l++) {
    const raw = m.lines.lineText(l);
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
      if (c === m.escape && q === '"') out += s[++i] ?? '';
      else if (c === q) q = '';
    } else if (c === ' ' || c === '\t') {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += c;
      if (c === m.escape) out += s[++i] ?? '';
      else if (c === '"' || c === "'") q = c;
    }
  }
  out = out.trim();
  const sp = out.search(/\s|$/);
  return out.slice(0, sp).toUpperCase() + out.slice(sp);
}

/** What BuildKit would see, for comparison: keyword, flags, arguments and here-document bodies of each instruction. */
function meaning(text: string) {
  const m = new DockerfileModel(text);
  return m.instructions.map((i) => {
    const node = i.node as unknown as { getFlags?: () => { toString(): string }[] };
    return {
      keyword: i.keyword,
      flags: node.getFlags?.call(i.node).map((f) => f.toString()) ?? [],
      args: i.node.getArguments().map((a) => a.getValue()),
      heredocs: heredocsOf(i.node).map((h) => (h.getContentRange() ? m.textOf(h.getContentRange()!) : '')),
      line: joined(m, i.range.start.line, (heredocBodyStart(i.node) ?? i.range.end.line + 1) - 1),
    };
  });
}

describe('Dockerfile formatting', () => {
  it('upper-cases keywords, indents continuation lines, trims trailing whitespace', () => {
    const input = 'from alpine:3.20 as base   \n  run apk add --no-cache \\\n  curl \\\n\t\tgit   \nonbuild run echo hi\n\n   # comment  \n';
    assert.equal(format(input), 'FROM alpine:3.20 as base\nRUN apk add --no-cache \\\n    curl \\\n    git\nONBUILD RUN echo hi\n\n# comment\n');
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
    assert.equal(format(input), '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    c:\\ `\n    /s\n');
  });

  it('formats every corpus Dockerfile without changing its instructions, and idempotently', () => {
    const dir = path.join(corpusDir(), 'dockerfiles');
    const files = walk(dir, (p) => /Dockerfile[^/]*$/.test(path.basename(p)) && !p.endsWith('.md'));
    assert.equal(files.length, 53, `expected the 53 corpus Dockerfiles, found ${files.length}`);
    let changed = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const once = format(text);
      if (once !== text) changed++;
      assert.deepEqual(meaning(once), meaning(text), `meaning changed: ${f}`);
      assert.equal(format(once), once, `not idempotent: ${f}`);
    }
    assert.ok(changed > 0, 'the corpus has something to format');
  });
});
