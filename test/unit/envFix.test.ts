// The untrusted-input quick fix (move a `${{ }}` to env) must keep what the step does for a harmless value: the
// test scripts here are run before and after the fix (bash, sh, and JavaScript in a vm context) and their output
// compared; composite actions are checked directly. On the corpus, every fix of every workflow rule must leave YAML
// that parses and change only around its finding, and every move-to-env fix (on the corpus workflows and on corpus
// scripts with a template inserted at a line) only its step's script at the template and its env; corpus scripts
// are only ever parsed (bash -n, vm.Script), never run.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { WorkflowModel } from '../../server/src/workflow/model';
import { envNameFor, moveToEnvFix } from '../../server/src/workflow/envFix';
import { findTemplates } from '../../server/src/workflow/expr/analysis';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { applyEdits } from '../../server/src/engine/text';
import type { Fix } from '../../server/src/engine/types';
import { corpusDir, walk } from '../../server/src/conformance/corpus';
import { memoryFiles } from '../helpers/ruleHarness';

const TITLE = 'github.event.issue.title';
const T = `\${{ ${TITLE} }}`;

function indent(script: string, n: number): string {
  return script
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');
}

/** The fix for the first `github.event.issue.title` in `text` (a workflow or an action). */
function fixFor(text: string, kind: 'workflow' | 'action' = 'workflow'): Fix | undefined {
  const at = text.indexOf(TITLE);
  return moveToEnvFix(new WorkflowModel(text, kind), at, at + TITLE.length);
}

interface StepAfter {
  script: string;
  env: Record<string, string>;
}

/** Applies the fix to a one-step workflow and returns the step's script and env. */
function fixedStep(text: string, kind: 'workflow' | 'action' = 'workflow'): StepAfter {
  const fix = fixFor(text, kind);
  assert.ok(fix, `no fix offered for:\n${text}`);
  const after = applyEdits(text, fix.edits);
  const doc = parseDocument(after);
  assert.deepEqual(doc.errors.map((e) => e.message), [], after);
  const js = doc.toJS() as { jobs?: Record<string, { steps: Record<string, unknown>[] }>; runs?: { steps: Record<string, unknown>[] } };
  const step = js.runs ? js.runs.steps[0] : Object.values(js.jobs!)[0].steps[0];
  const script = (step.run ?? (step.with as Record<string, string>).script) as string;
  return { script, env: (step.env ?? {}) as Record<string, string> };
}

/** What GitHub pastes for an expression of the test scripts, given the title. */
function evaluate(expr: string, title: string): string {
  if (expr === TITLE) return title;
  if (expr === `toJSON(${TITLE})`) return JSON.stringify(title);
  throw new Error(`test scripts only use the title: ${expr}`);
}

/** The script as GitHub runs it without the fix: every template replaced by its value. */
function pasted(script: string, title: string): string {
  const { templates } = findTemplates(script);
  let out = '';
  let from = 0;
  for (const t of templates) {
    out += script.slice(from, t.start) + evaluate(script.slice(t.start + 3, t.end - 2).trim(), title);
    from = t.end;
  }
  return out + script.slice(from);
}

/** The step's env as GitHub sets it (each `${{ }}` value evaluated). */
function envValues(env: Record<string, string>, title: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, pasted(String(v), title)]));
}

function runShell(shell: 'bash' | 'sh', script: string, env: Record<string, string>): string {
  // GitHub's own command lines for these shells (`bash --noprofile --norc -eo pipefail {0}`, `sh -e {0}`).
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script] : ['-e', '-c', script];
  return execFileSync(shell, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, encoding: 'utf8', timeout: 60_000 });
}

function runJs(script: string, env: Record<string, string>): string {
  const out: string[] = [];
  const context = vm.createContext({ console: { log: (...a: unknown[]) => out.push(a.map(String).join(' ')) }, process: { env } });
  // actions/github-script runs the script as the body of an async function.
  void vm.runInContext(`(async () => {\n${script}\n})()`, context, { timeout: 10_000 });
  return out.join('\n');
}

const SHELL_CASES: { name: string; script: string; values: string[] }[] = [
  { name: 'unquoted word', script: `echo ${T}\nx=${T}; echo "$x"\nfor w in a ${T}; do echo "$w"; done\n`, values: ['Hello'] },
  {
    name: 'double and single quotes, whole or in part',
    script: `echo "a ${T} b" 'c ${T} d' '${T}' "${T}"x x"${T}" "${T}s"\necho "${T}" | tr a-z A-Z\n`,
    values: ['Hello', 'Hello  world *'],
  },
  { name: 'command substitutions in quotes', script: `printf '%s\\n' "$(printf '%s' "${T}")" "$(echo '${T}')" "$(echo "$(echo "${T}")")"\n`, values: ['Hello  world *'] },
  {
    name: 'unquoted here-documents',
    script: `cat <<EOF; echo '${T}'\nt: "${T}" (${T}s) '${T}' $(echo "${T}")\nEOF\ncat <<-END\n\tin ${T}\n\tEND\necho "${T}" # ${T}\n`,
    values: ['Hello', 'Hello  world *'],
  },
  { name: 'toJSON in single quotes and here-documents', script: `echo '\${{ toJSON(${TITLE}) }}'\ncat <<EOF\n\${{ toJSON(${TITLE}) }}\nEOF\n`, values: ['Hello', 'a "b" c'] },
  { name: 'case, test and arithmetic around it', script: `case "${T}" in Hello) echo yes;; *) echo no;; esac\ntest -n '${T}' && echo "$(( 1 + 2 )) ${T}"\n`, values: ['Hello', 'Bye'] },
];

const JS_CASES: { name: string; script: string; values: string[] }[] = [
  {
    name: 'strings, template literals, operands',
    script: `console.log('a${T}b'.length, "x${T}", \`t \${1} ${T}\`, ['${T}', "${T}"].join('|'));\nconsole.log(typeof '${T}', -'${T}'.length, 1 + '${T}' + 2);\n// ${T}\n`,
    values: ['Hello', 'Hello  world'],
  },
  { name: 'toJSON pasted as a literal', script: `const o = \${{ toJSON(${TITLE}) }};\nconsole.log(o + '!', o.length);\n`, values: ['Hello', 'it\'s "quoted"\n\\ and ${x}'] },
];

describe('move-to-env fix: the script does the same for a harmless value', () => {
  for (const shell of ['bash', 'sh'] as const) {
    for (const c of SHELL_CASES) {
      it(`${shell}: ${c.name}`, () => {
        const text = `on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: ${shell}\n        run: |\n${indent(c.script, 10)}`;
        const { script, env } = fixedStep(text);
        assert.ok(!script.includes('${{'), script);
        for (const v of c.values) assert.equal(runShell(shell, script, envValues(env, v)), runShell(shell, pasted(c.script, v), {}), `value ${JSON.stringify(v)}:\n${script}`);
      });
    }
  }
  for (const c of JS_CASES) {
    it(`github-script: ${c.name}`, () => {
      const text = `on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n${indent(c.script, 12)}`;
      const { script, env } = fixedStep(text);
      assert.ok(!script.includes('${{'), script);
      for (const v of c.values) {
        // The pasted literal only works for values that do not break out of it; the fix works for all of them.
        if (c.name.startsWith('toJSON') || !/['"`\\$]/.test(v)) assert.equal(runJs(script, envValues(env, v)), runJs(pasted(c.script, v), {}), `value ${JSON.stringify(v)}:\n${script}`);
      }
    });
  }
});

describe('move-to-env fix: composite actions and names', () => {
  const action = (step: string) => `name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n${step}`;

  it('uses the step shell of a composite action step and adds env to that step only', () => {
    const text = action(`    - run: echo "${T}"\n      shell: bash\n`);
    const fix = fixFor(text, 'action');
    assert.ok(fix);
    assert.equal(applyEdits(text, fix.edits), action(`    - run: echo "$ISSUE_TITLE"\n      shell: bash\n      env:\n        ISSUE_TITLE: ${T}\n`));
    const pwsh = action(`    - run: Write-Output "${T}"\n      shell: pwsh\n`);
    assert.equal(applyEdits(pwsh, fixFor(pwsh, 'action')!.edits), action(`    - run: Write-Output $env:ISSUE_TITLE\n      shell: pwsh\n      env:\n        ISSUE_TITLE: ${T}\n`));
  });

  it('offers nothing in a composite action step without a shell it can write for (the caller picks the runner)', () => {
    assert.equal(fixFor(action(`    - run: echo "${T}"\n`), 'action'), undefined);
    assert.equal(fixFor(action(`    - run: print("${T}")\n      shell: python\n`), 'action'), undefined);
  });

  it('offers nothing where pasted JSON was read as shell quoting', () => {
    const wf = (script: string) => `on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${script}\n`;
    assert.equal(fixFor(wf(`echo \${{ toJSON(${TITLE}) }}`)), undefined);
    assert.equal(fixFor(wf(`echo "\${{ toJSON(${TITLE}) }}"`)), undefined);
    assert.ok(fixFor(wf(`echo '\${{ toJSON(${TITLE}) }}'`)));
  });

  it('never names the variable after one the runner or the shell reads', () => {
    assert.equal(envNameFor('github.event.inputs.path'), 'EVENT_PATH');
    assert.equal(envNameFor('github.event.workflow_run.home'), 'WORKFLOW_RUN_HOME');
    assert.equal(envNameFor('github.event.runner_temp'), 'EVENT_RUNNER_TEMP');
    assert.equal(envNameFor('github.head_ref'), 'HEAD_REF');
  });

  it('keeps the trailing lines of a keep-chomped script by not adding env after it', () => {
    const text = `on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |+\n          echo "${T}"\n\n      - run: echo\n`;
    assert.equal(fixFor(text), undefined);
  });
});

// The corpus: every fix offered, and fixes on corpus scripts with a template inserted at each line.

interface WorkflowFile {
  file: string;
  text: string;
  kind: 'workflow' | 'action';
}

function corpusWorkflows(): WorkflowFile[] {
  const root = corpusDir();
  const yaml = (p: string) => /\.ya?ml$/.test(p);
  const files = [
    ...walk(path.join(root, 'actionlint'), yaml),
    ...walk(path.join(root, 'starter-workflows'), yaml),
    ...walk(path.join(root, 'realworld'), (p) => yaml(p) && (p.includes(`${path.sep}.github${path.sep}workflows${path.sep}`) || /action\.ya?ml$/.test(p))),
  ];
  return files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8'), kind: /action\.ya?ml$/.test(file) ? 'action' : 'workflow' }));
}

/** Paths (`a.b.0.c`) where two plain values differ. */
function diffPaths(a: unknown, b: unknown, at: string[] = [], out: string[][] = []): string[][] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) out.push(at);
    else for (const k of new Set([...Object.keys(a), ...Object.keys(b as object)])) diffPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, k], out);
  } else if (!Object.is(a, b)) out.push(at);
  return out;
}

/** The path (keys and indices, as in toJS) of the innermost node written at `offset`; a key's path ends with itself. */
function pathAt(doc: ReturnType<typeof parseDocument>, offset: number): string[] {
  const out: string[] = [];
  const inside = (n: unknown) => {
    const r = (n as { range?: number[] } | null)?.range;
    return !!r && r[0] <= offset && offset < r[1];
  };
  let n: unknown = doc.contents;
  for (;;) {
    if (isMap(n)) {
      const p = n.items.find((x) => inside(x.key) || inside(x.value));
      if (!p) break;
      out.push(String(isScalar(p.key) ? p.key.value : p.key));
      if (inside(p.key)) break;
      n = p.value;
    } else if (isSeq(n)) {
      const i = n.items.findIndex(inside);
      if (i < 0) break;
      out.push(String(i));
      n = n.items[i];
    } else break;
  }
  return out;
}

function get(v: unknown, p: string[]): unknown {
  return p.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), v);
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A script with the given template and the references to `name` replaced by one mark, without quotes and parentheses. */
function normalized(script: string, template: RegExp, name: string): string {
  const n = esc(name);
  const refs = new RegExp(
    [`'"\\$${n}"'`, `"\\$${n}"`, `\\$\\{${n}\\}`, `\\$${n}(?![A-Za-z0-9_])`, `\\$\\{env:${n}\\}`, `\\$env:${n}`, `%${n}%`, `JSON\\.parse\\(process\\.env\\.${n}\\)`, `\\$\\{process\\.env\\.${n}\\}`, `' \\+ process\\.env\\.${n} \\+ '`, `" \\+ process\\.env\\.${n} \\+ "`, `process\\.env\\.${n}`].join('|'),
    'g',
  );
  return script.replace(template, '\u0000').replace(refs, '\u0000').replace(/['"()]/g, '');
}

/** Whether the shell parses the script (bash -n reads it without running anything). */
function shellParses(script: string): boolean {
  return spawnSync('bash', ['-n'], { input: script, timeout: 60_000 }).status === 0;
}

function jsParses(script: string): boolean {
  try {
    new vm.Script(`(async function () {\n${script}\n})`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one applied move-to-env fix: the YAML parses, nothing changed but one step's script and a new entry of its
 * env holding the expression, and the script changed only where the template was (quotes and parentheses aside).
 * Returns the script before and after, for the language checks.
 */
function checkMoveFix(where: string, before: string, fix: Fix, beforeJs: unknown = parseDocument(before).toJS({ maxAliasCount: -1 })): { oldScript: string; newScript: string; name: string; js: boolean; template: RegExp } {
  const m = /^Move (\$\{\{ .* \}\}) to env as ([A-Z0-9_]+)$/.exec(fix.title);
  assert.ok(m, fix.title);
  const [, wanted, name] = m;
  const after = applyEdits(before, fix.edits);
  const doc = parseDocument(after);
  assert.deepEqual(doc.errors.map((e) => e.message), [], `${where}: the fixed YAML does not parse:\n${after}`);
  const a = beforeJs;
  const b = doc.toJS({ maxAliasCount: -1 });
  const diffs = diffPaths(a, b);
  const scriptPath = diffs.find((p) => p[p.length - 1] === 'run' || (p[p.length - 1] === 'script' && p[p.length - 2] === 'with'));
  assert.ok(scriptPath, `${where}: no script changed: ${JSON.stringify(diffs)}`);
  const js = scriptPath[scriptPath.length - 1] === 'script';
  const envPath = [...scriptPath.slice(0, js ? -2 : -1), 'env'];
  for (const d of diffs) {
    const ok = d === scriptPath || d.join('.') === envPath.join('.') || d.join('.') === [...envPath, name].join('.');
    assert.ok(ok, `${where}: changed outside the step's script and env: ${d.join('.')}\n${after}`);
  }
  const env = get(b, envPath) as Record<string, unknown>;
  assert.equal(String(env?.[name]).replace(/\s+/g, ' '), wanted.replace(/\s+/g, ' '), `${where}: env ${name}`);
  const oldScript = String(get(a, scriptPath));
  const newScript = String(get(b, scriptPath));
  const expr = wanted.slice(3, -2).trim();
  const template = new RegExp(`\\$\\{\\{\\s*${esc(expr).replace(/ +/g, '\\s*')}\\s*\\}\\}`, 'g');
  assert.ok(!template.test(newScript), `${where}: the template is still in the script:\n${newScript}`);
  assert.equal(normalized(newScript, template, name), normalized(oldScript, template, name), `${where}: the script changed elsewhere:\n${oldScript}\n---\n${newScript}`);
  if (js && jsParses(oldScript.replace(template, 'x'))) assert.ok(jsParses(newScript), `${where}: the fixed script does not parse:\n${newScript}`);
  return { oldScript, newScript, name, js, template };
}

describe('move-to-env fix on the corpus', () => {
  const files = corpusWorkflows();

  it('every fix of every workflow rule leaves YAML that parses; every move-to-env fix changes only its step', () => {
    assert.ok(files.length > 400, `expected the corpus workflows, found ${files.length}`);
    const config = mergeConfig(emptyConfig(), { enabled: new Set(allRules().map((r) => r.id)) });
    let fixes = 0;
    let moves = 0;
    for (const f of files) {
      const errorsBefore = parseDocument(f.text).errors.length;
      const res = lint({ text: f.text, language: f.kind, path: f.file, files: memoryFiles({}), config });
      assert.deepEqual(res.crashes, [], f.file);
      for (const finding of res.findings) {
        for (const fix of finding.fixes ?? []) {
          fixes++;
          const after = applyEdits(f.text, fix.edits);
          const doc = parseDocument(after);
          assert.ok(doc.errors.length <= errorsBefore, `${f.file}: fix "${fix.title}" of ${finding.rule} breaks the YAML:\n${after}`);
          if (finding.rule === 'untrusted-input') {
            moves++;
            checkMoveFix(f.file, f.text, fix);
          } else if (!errorsBefore) {
            // Other fixes change the mapping (or list) holding the node they are about, and nothing else.
            const before = parseDocument(f.text);
            const at = pathAt(before, f.text.split('\n').slice(0, finding.range.start.line).join('\n').length + (finding.range.start.line ? 1 : 0) + finding.range.start.character);
            const scope = at.slice(0, -1);
            for (const d of diffPaths(before.toJS({ maxAliasCount: -1 }), doc.toJS({ maxAliasCount: -1 })))
              assert.deepEqual(d.slice(0, scope.length), scope, `${f.file}: fix "${fix.title}" of ${finding.rule} changed ${d.join('.')} (outside ${scope.join('.')})`);
          }
        }
      }
    }
    assert.ok(fixes > 50 && moves > 0, `fixes ${fixes}, move-to-env ${moves}`);
  });

  it('a template inserted at the end of each line of every corpus script: each fix changes only its step', () => {
    let offered = 0;
    let refused = 0;
    const posix: { where: string; oldScript: string; newScript: string }[] = [];
    for (const f of files) {
      if (f.kind !== 'workflow' || parseDocument(f.text).errors.length) continue;
      const lines = f.text.split('\n');
      // The lines of block scalars after `run: |` (the script lines, with their indentation).
      const scriptLines: number[] = [];
      for (let l = 0; l < lines.length; l++) {
        const m = /^(\s*)(- )?run: [|>][-+]?\s*$/.exec(lines[l]);
        if (!m) continue;
        const keyCol = m[1].length + (m[2] ? 2 : 0);
        for (let k = l + 1; k < lines.length && (lines[k].trim() === '' || lines[k].search(/\S/) > keyCol); k++) if (lines[k].trim()) scriptLines.push(k);
      }
      // A dozen lines of a file at most, spread over it, and fewer in long files (each try parses the file twice;
      // the few long end-to-end workflows would otherwise take most of the time).
      const budget = Math.max(2, Math.min(10, Math.ceil(100_000 / f.text.length)));
      const step = Math.max(1, Math.ceil(scriptLines.length / budget));
      for (let j = 0; j < scriptLines.length; j += step) {
        const k = scriptLines[j];
        const variant = [` ${T}`, ` "${T}"`, ` '${T}'`][j % 3];
        const text = [...lines.slice(0, k), lines[k] + variant, ...lines.slice(k + 1)].join('\n');
        const at = lines.slice(0, k).join('\n').length + 1 + lines[k].length + variant.indexOf(TITLE);
        const model = new WorkflowModel(text);
        const fix = moveToEnvFix(model, at, at + TITLE.length);
        if (!fix) {
          refused++;
          continue;
        }
        offered++;
        const where = `${f.file}:${k + 1}`;
        const r = checkMoveFix(where, text, fix, model.doc.toJS({ maxAliasCount: -1 }));
        if (!r.js && !r.newScript.includes(`$env:${r.name}`) && !r.newScript.includes(`{env:${r.name}}`) && !r.newScript.includes(`%${r.name}%`)) posix.push({ where, oldScript: r.oldScript.replace(r.template, 'x'), newScript: r.newScript });
      }
    }
    assert.ok(offered > 500 && refused > 0, `offered ${offered}, refused ${refused}`);
    // bash must still read the fixed POSIX scripts it read before (bash -n parses, never runs); one in three of
    // them, as each check starts bash twice.
    let checked = 0;
    for (const c of posix.filter((_, i) => i % 3 === 0)) {
      const other = (s: string) => s.replace(/\$\{\{[^}]*\}\}/g, 'x');
      if (!shellParses(other(c.oldScript))) continue;
      assert.ok(shellParses(other(c.newScript)), `${c.where}: bash cannot read the fixed script:\n${c.newScript}`);
      checked++;
    }
    assert.ok(checked > 150, `checked ${checked}`);
  });
});
