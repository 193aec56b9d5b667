// Safe and unsafe quick fixes (`slipway lint --fix` applies the safe ones): every rule that offers a fix says which
// kind it is, and every safe fix, applied round after round as --fix does, to each rule's own cases and to the whole
// corpus, leaves a file that still reads (no new error, no crash), has lost the findings it fixed, and, for a
// Dockerfile, has the same stages and the same instructions in effect.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, lint, parseFor } from '../../server/src/engine/lint';
import { emptyConfig } from '../../server/src/engine/config';
import { detectLanguage } from '../../server/src/engine/languages';
import { applySafeFixesOnce, fixSafety, fixText, ruleOfFinding, safeFixOf } from '../../server/src/engine/fix';
import type { Finding, Language, Rule, RuleCase } from '../../server/src/engine/types';
import { isFindingOf } from '../../server/src/engine/types';
import type { DockerfileModel } from '../../server/src/dockerfile/model';
import { corpusDir, walk } from '../../server/src/conformance/corpus';
import { caseContext, describeFinding, lintCase } from '../helpers/ruleHarness';

const rules = allRules();

/** Every case of a rule, and its documented bad example, as cases. */
function casesOf(rule: Rule<unknown>): Pick<RuleCase, 'input' | 'files' | 'options' | 'path'>[] {
  return [...rule.tests, { input: rule.docs.bad, files: rule.docs.files, options: rule.docs.options }];
}

/** The fixes a rule offers in its own cases and examples (external analysers' rules excepted: they need the tool). */
function offeredFixes(rule: Rule<unknown>): { finding: Finding; fix: NonNullable<Finding['fixes']>[number] }[] {
  if (rule.external) return [];
  return casesOf(rule).flatMap((c) => lintCase(rule, c, c.input).filter((f) => isFindingOf(f, rule)).flatMap((finding) => (finding.fixes ?? []).map((fix) => ({ finding, fix }))));
}

/**
 * What a Dockerfile does, for comparing it before and after a fix: per stage its base image and name (lower case,
 * as BuildKit reads it) and the keywords of the instructions in effect (an earlier CMD, ENTRYPOINT or HEALTHCHECK
 * of a stage is overridden by the last one and left out).
 */
function dockerfileShape(text: string): string[] {
  const model = parseFor('dockerfile', text) as DockerfileModel;
  return model.stages.map((s) => {
    const last = new Map<string, number>();
    s.instructions.forEach((ins, i) => ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword) && last.set(ins.keyword, i));
    const effective = s.instructions.filter((ins, i) => !last.has(ins.keyword) || last.get(ins.keyword) === i).map((ins) => ins.keyword);
    // A base that is an earlier stage is read without quotes and case, as BuildKit resolves it.
    const image = s.image?.replace(/^"(.*)"$/, '$1') ?? '';
    const base = model.stages.some((o) => o.index < s.index && o.name?.toLowerCase() === image.toLowerCase()) ? image.toLowerCase() : s.image;
    return `${base} AS ${s.name?.toLowerCase() ?? '-'}: ${effective.join(' ')}`;
  });
}

/** Error findings counted by rule, for "no new error" (positions move with the fixes). */
function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

function newErrors(before: readonly Finding[], after: readonly Finding[]): string[] {
  const b = errorCounts(before);
  return [...errorCounts(after)].filter(([rule, n]) => n > (b.get(rule) ?? 0)).map(([rule]) => rule);
}

describe('fix safety in the rule registry', () => {
  it('every rule that offers a fix declares whether it is safe, and no rule declares a fix it never offers', () => {
    const undeclared: string[] = [];
    const stale: string[] = [];
    for (const rule of rules) {
      const offered = rule.external === 'shellcheck' || offeredFixes(rule).length > 0;
      if (offered && !rule.fix) undeclared.push(rule.id);
      if (!offered && rule.fix) stale.push(rule.id);
      if (rule.fix) assert.ok(rule.fix.why.length > 20 && /[.!]$/.test(rule.fix.why), `${rule.id}: fix.why should be a sentence`);
    }
    assert.deepEqual(undeclared, [], 'rules offering fixes without `fix: { safety, why }`');
    assert.deepEqual(stale, [], 'rules declaring `fix` without offering one in their cases');
  });

  it('ShellCheck fixes are unsafe, and a finding without a rule is never fixed', () => {
    const sc: Finding = { rule: 'SC2086', message: 'x', severity: 'info', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, fixes: [{ title: 't', edits: [] }] };
    assert.equal(ruleOfFinding('SC2086')?.id, 'ShellCheck');
    assert.equal(fixSafety(sc.fixes![0], ruleOfFinding('SC2086')), 'unsafe');
    assert.equal(safeFixOf(sc), undefined);
    assert.equal(safeFixOf({ ...sc, rule: 'no-such-rule' }), undefined);
  });

  it('a fix of its own safety overrides the rule: a repeat of the very same flag is removed safely, two different values are not', () => {
    const rule = rules.find((r) => r.id === 'DuplicateFlag')!;
    const same = lintCase(rule, {}, 'FROM alpine AS a\nFROM alpine\nCOPY --from=a --from=a /x /x\n').filter((f) => f.rule === 'DuplicateFlag');
    const other = lintCase(rule, {}, 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine\nCOPY --from=a --from=b /x /x\n').filter((f) => f.rule === 'DuplicateFlag');
    assert.equal(same.length, 1);
    assert.equal(other.length, 1);
    assert.equal(safeFixOf(same[0])?.title, 'Remove the second --from');
    assert.equal(safeFixOf(other[0]), undefined);
  });

  it('the counts: some rules of each file family have safe fixes', () => {
    const safe = rules.filter((r) => r.fix?.safety === 'safe').map((r) => r.id);
    assert.ok(safe.length >= 15, safe.join(', '));
    assert.ok(safe.includes('JSONArgsRecommended') && safe.includes('ConsistentInstructionCasing'));
    assert.ok(!safe.includes('ShellCheck') && !safe.includes('DL3059') && !safe.includes('job-needs'));
  });
});

describe('safe fixes keep what the file means', () => {
  it("applied to each rule's cases as --fix applies them: the file still reads, the fixed findings are gone, a Dockerfile keeps its stages and instructions", async () => {
    const problems: string[] = [];
    let applied = 0;
    const fixedRules = new Set<string>();
    for (const rule of rules) {
      if (rule.external) continue;
      for (const c of casesOf(rule)) {
        const before = lintCase(rule, c, c.input);
        if (!before.some((f) => isFindingOf(f, rule) && safeFixOf(f))) continue;
        const where = `${rule.id} ${JSON.stringify(c.input.slice(0, 60))}`;
        // Only this rule's findings are fixed, so that the check is about its fixes.
        const res = await fixText(c.input, (t) => lintCase(rule, c, t).filter((f) => isFindingOf(f, rule)));
        if (!res.converged) problems.push(`${where}: did not converge`);
        if (res.conflicts.length) problems.push(`${where}: conflicts ${JSON.stringify(res.conflicts)}`);
        if (!res.applied.length) {
          problems.push(`${where}: a safe fix was offered but nothing applied`);
          continue;
        }
        applied += res.applied.length;
        fixedRules.add(rule.id);
        const after = lintCase(rule, c, res.text);
        for (const e of newErrors(before, after)) problems.push(`${where}: new error ${e}\n${res.text}`);
        const left = after.filter((f) => isFindingOf(f, rule) && safeFixOf(f));
        if (left.length) problems.push(`${where}: still offers a safe fix: ${left.map(describeFinding).join('; ')}`);
        if (after.filter((f) => isFindingOf(f, rule)).length >= before.filter((f) => isFindingOf(f, rule)).length) problems.push(`${where}: no fewer findings`);
        if (caseContext(rule, c).language === 'dockerfile') {
          const a = dockerfileShape(c.input);
          const b = dockerfileShape(res.text);
          if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${where}: the Dockerfile changed shape:\n${a.join('\n')}\n->\n${b.join('\n')}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    // Every rule marked safe shows its fix at work in its own cases.
    const safeRules = rules.filter((r) => r.fix?.safety === 'safe').map((r) => r.id);
    assert.deepEqual(safeRules.filter((id) => !fixedRules.has(id)), [], 'safe rules whose fixes no case exercises');
    assert.ok(applied > 40, `applied ${applied}`);
  });

  it('applied to every corpus file with all rules, as --fix does: no new error, no crash, nothing safe left, Dockerfiles keep their shape', async () => {
    const root = corpusDir();
    const yaml = (p: string) => /\.ya?ml$/.test(p);
    const files: { file: string; language: Language }[] = [
      ...walk(path.join(root, 'actionlint'), yaml).map((file) => ({ file, language: 'workflow' as const })),
      ...walk(path.join(root, 'starter-workflows'), yaml).map((file) => ({ file, language: 'workflow' as const })),
      ...['dockerfiles', 'buildkit-checks', 'realworld'].flatMap((d) => walk(path.join(root, d), (p) => detectLanguage(p) !== undefined).map((file) => ({ file, language: detectLanguage(file)! }))),
    ];
    assert.ok(files.length > 600, `expected the corpus, found ${files.length} files`);
    const problems: string[] = [];
    const byRule = new Map<string, number>();
    let changedFiles = 0;
    for (const { file, language } of files) {
      const original = fs.readFileSync(file, 'utf8');
      const lintText = (text: string) => {
        const r = lint({ text, language, path: file, config: emptyConfig() });
        if (r.crashes.length) problems.push(`${file}: crash in ${r.crashes.map((c) => c.rule).join(', ')}`);
        return r.findings;
      };
      const before = lintText(original);
      if (!before.some((f) => safeFixOf(f))) continue;
      const res = await fixText(original, lintText);
      const where = path.relative(root, file);
      if (!res.converged) problems.push(`${where}: did not converge`);
      if (res.text === original) continue;
      changedFiles++;
      for (const n of res.applied) byRule.set(n.rule, (byRule.get(n.rule) ?? 0) + 1);
      const after = lintText(res.text);
      // A file GitHub or the builder rejected (a key in the wrong case) may, once repaired, show what the rejection
      // hid (the `cron` under a `Schedule:` key): it must still parse, but other errors may appear.
      const rejected = res.applied.some((n) => before.some((f) => f.rule === n.rule && f.severity === 'error'));
      const parseErrors = (list: readonly Finding[]) => list.filter((f) => f.severity === 'error' && ['yaml-syntax', 'duplicate-key'].includes(f.rule));
      if (rejected) for (const e of newErrors(parseErrors(before), parseErrors(after))) problems.push(`${where}: new error ${e}`);
      else for (const e of newErrors(before, after)) problems.push(`${where}: new error ${e}`);
      // What is left with a safe fix is only what overlaps another fix (reported by --fix, not applied).
      const conflicted = new Set(res.conflicts.flat().map((n) => n.rule));
      const left = applySafeFixesOnce(res.text, after);
      if (left.applied.length) problems.push(`${where}: safe fixes still apply: ${left.applied.map((n) => n.rule).join(', ')}`);
      for (const f of after) if (safeFixOf(f) && !conflicted.has(f.rule)) problems.push(`${where}: ${describeFinding(f)} still has a safe fix`);
      if (language === 'dockerfile' && JSON.stringify(dockerfileShape(original)) !== JSON.stringify(dockerfileShape(res.text))) problems.push(`${where}: the Dockerfile changed shape`);
    }
    assert.deepEqual(problems, []);
    assert.ok(changedFiles > 60, `changed ${changedFiles} files`);
    assert.ok(byRule.size >= 8, `fixes of ${[...byRule.keys()].join(', ')}`);
  });
});
