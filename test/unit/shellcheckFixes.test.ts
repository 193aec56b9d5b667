// Every ShellCheck fix offered on the corpus (../shared/corpus: its Dockerfiles, workflows, composite actions and
// Compose files, read where they are) is applied on its own and the file linted and analysed again: the file still
// reads as before (no new error from a rule of Slipway's own: YAML syntax, Dockerfile parse…, and no new ShellCheck
// parse error), the fixed code is gone from its line, the text changed only on the fix's lines, between its edits'
// ends, and the script ShellCheck reads after the fix differs from the one before exactly as the document does (the
// mapping between script and document put the edits where ShellCheck meant them). All the fixes are checked (about
// 570 at the time of writing): the re-analysis is one batch of shellcheck runs, and unchanged scripts come from the
// cache. Needs shellcheck (as the ShellCheck rule's own tests do).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';
import type { LintResult } from '../../server/src/engine/lint';
import { emptyConfig } from '../../server/src/engine/config';
import { detectLanguage } from '../../server/src/engine/languages';
import { applyEdits, LineIndex } from '../../server/src/engine/text';
import type { Finding, Language } from '../../server/src/engine/types';
import { analyseManySync, clearScriptCache, ScriptsRequest } from '../../server/src/scripts/analyse';
import { corpusDir, walk } from '../../server/src/conformance/corpus';

interface CorpusFile {
  file: string;
  language: Language;
}

/** The corpus files Slipway lints: the workflow suites (not under .github/workflows), then everything detected by path. */
function corpusFiles(): CorpusFile[] {
  const root = corpusDir();
  const yaml = (p: string) => /\.ya?ml$/.test(p);
  const detected = (p: string) => detectLanguage(p) !== undefined;
  return [
    ...walk(path.join(root, 'actionlint'), yaml).map((file) => ({ file, language: 'workflow' as const })),
    ...walk(path.join(root, 'starter-workflows'), yaml).map((file) => ({ file, language: 'workflow' as const })),
    ...['dockerfiles', 'buildkit-checks', 'realworld'].flatMap((d) => walk(path.join(root, d), detected).map((file) => ({ file, language: detectLanguage(file)! }))),
  ];
}

function request(f: CorpusFile, text: string): ScriptsRequest & { lint: LintResult } {
  const config = emptyConfig();
  return { text, language: f.language, lint: lint({ text, language: f.language, path: f.file, config }), config };
}

const isScriptFinding = (f: Finding) => /^SC\d+$/.test(f.rule) || f.rule === 'pyflakes';

/** How many times each key occurs. */
function counts(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Keys counted more often in `after` than in `before`. */
function added(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
}

/** What changed between two strings: the differing middle of each, after their common prefix and suffix. */
function change(a: string, b: string): { removed: string; inserted: string; at: number } {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { removed: a.slice(p, a.length - s), inserted: b.slice(p, b.length - s), at: p };
}

describe('ShellCheck fixes on the corpus', () => {
  it('each fix, applied alone: the file still reads, the code is gone from its line, and only the fix changed', () => {
    const files = corpusFiles();
    assert.ok(files.length > 600, `expected the corpus, found ${files.length} files`);
    clearScriptCache();
    const originals = files.map((f) => request(f, fs.readFileSync(f.file, 'utf8')));
    const analysed = analyseManySync(originals);
    assert.deepEqual([...new Set(analysed.flatMap((a) => a.missing))], [], 'shellcheck and pyflakes must be installed');

    interface Case {
      where: string;
      index: number;
      finding: Finding;
      after: ScriptsRequest & { lint: LintResult };
    }
    const cases: Case[] = [];
    const problems: string[] = [];
    analysed.forEach((a, index) => {
      const orig = originals[index];
      for (const finding of a.findings) {
        for (const fix of finding.fixes ?? []) {
          const where = `${path.relative(corpusDir(), files[index].file)}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.rule}`;
          const lines = new LineIndex(orig.text);
          const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), line: e.range.start.line, endLine: e.range.end.line, newText: e.newText }));
          // The edits are on the finding's lines, inside the document, and write no line break.
          for (const e of edits) {
            if (e.line < finding.range.start.line || e.endLine > finding.range.end.line) problems.push(`${where}: an edit on line ${e.line + 1}, outside the finding's lines`);
            if (/[\r\n]/.test(e.newText) || /[\r\n]/.test(orig.text.slice(e.start, e.end))) problems.push(`${where}: an edit across a line break`);
          }
          const text = applyEdits(orig.text, fix.edits);
          // Outside the span from the first edit's start to the last edit's end, the text is the original's.
          const from = Math.min(...edits.map((e) => e.start));
          const to = Math.max(...edits.map((e) => e.end));
          const grown = text.length - orig.text.length;
          if (text.slice(0, from) !== orig.text.slice(0, from) || text.slice(to + grown) !== orig.text.slice(to)) problems.push(`${where}: the text changed outside the fix's edits`);
          cases.push({ where, index, finding, after: request(files[index], text) });
        }
      }
    });
    const fixedAnalysed = analyseManySync(cases.map((c) => c.after));

    cases.forEach((c, i) => {
      const before = originals[c.index];
      const { after } = c;
      // (a) The file reads as before: no new error of Slipway's own rules, no rule crash, no new script finding of
      // error severity (ShellCheck's parse errors).
      const errorKeys = (list: Finding[]) => counts(list.filter((f) => f.severity === 'error').map((f) => `${f.rule} line ${f.range.start.line + 1}`));
      for (const k of added(errorKeys(before.lint.findings), errorKeys(after.lint.findings))) problems.push(`${c.where}: new error ${k}`);
      if (after.lint.crashes.length) problems.push(`${c.where}: a rule crashed: ${after.lint.crashes.map((x) => x.rule).join(', ')}`);
      for (const k of added(errorKeys(analysed[c.index].findings), errorKeys(fixedAnalysed[i].findings))) problems.push(`${c.where}: new script error ${k}`);
      // (b) The fixed code is reported fewer times on its line.
      const line = c.finding.range.start.line;
      const on = (list: Finding[]) => list.filter((f) => f.rule === c.finding.rule && f.range.start.line === line).length;
      if (on(fixedAnalysed[i].findings) >= on(analysed[c.index].findings)) problems.push(`${c.where}: still reported on its line after the fix`);
      // (c) The script ShellCheck reads changed exactly as the document did: the same scripts, one of them differing,
      // by the characters the edits removed and inserted.
      const sb = before.lint.scripts.map((s) => s.script.text);
      const sa = after.lint.scripts.map((s) => s.script.text);
      const differing = sb.flatMap((t, j) => (t === sa[j] ? [] : [j]));
      if (sb.length !== sa.length || differing.length !== 1) {
        problems.push(`${c.where}: ${sb.length} scripts before, ${sa.length} after, ${differing.length} changed`);
        return;
      }
      const doc = change(before.text, after.text);
      const script = change(sb[differing[0]], sa[differing[0]]);
      if (doc.removed !== script.removed || doc.inserted !== script.inserted) problems.push(`${c.where}: the document changed ${JSON.stringify(doc)}, the script ${JSON.stringify(script)}`);
      else if (before.lint.scripts[differing[0]].script.offsetOf(script.at) !== doc.at) problems.push(`${c.where}: the script changed at document offset ${before.lint.scripts[differing[0]].script.offsetOf(script.at)}, the document at ${doc.at}`);
    });

    assert.deepEqual(problems, []);
    // Fixes are offered in Dockerfiles and in workflows' literal blocks (not in Compose files, whose `$$` and quoting
    // make the script's text differ from the document's); the corpus has hundreds of each.
    const byLanguage = counts(cases.map((c) => originals[c.index].language));
    assert.ok((byLanguage.get('dockerfile') ?? 0) > 150, `dockerfile fixes: ${byLanguage.get('dockerfile')}`);
    assert.ok((byLanguage.get('workflow') ?? 0) > 150, `workflow fixes: ${byLanguage.get('workflow')}`);
    assert.ok(counts(cases.map((c) => c.finding.rule)).size >= 2, 'fixes of more than one ShellCheck code');
  });
});
