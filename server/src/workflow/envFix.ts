// The quick fix for script injection: moves a `${{ }}` out of a `run:` script (or an `actions/github-script`
// `script:`) into the step's `env:` under a generated UPPER_SNAKE name and reads the variable instead
// (`"$NAME"` in POSIX shells, `$env:NAME` in PowerShell, `%NAME%` in cmd, `process.env.NAME` in JavaScript).
// The reference must read the same text the pasted value gave, so it depends on where the template stands
// (scriptContext.ts): inside double quotes it is `$NAME`, in an unquoted here-document `${NAME}` without quotes,
// and in a quoted here-document, a PowerShell literal here-string or a regular expression nothing can read it, so
// there is no fix. The script's language must be the same on every runner the step can run on (a matrix over Linux
// and Windows without `shell:` has none). The YAML stays valid for every scalar style, names never collide with
// variables the step or the script already has, and nothing shared through a YAML alias is edited.
import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodes';
import type { Fix, TextEdit } from '../engine/types';
import type { WorkflowModel } from './model';
import { findTemplates } from './expr/analysis';
import { mapScalar } from './expr/source';
import { hostedOs } from './runners';
import { spanContexts, type ScriptLanguage, type Span, type SpanContext } from './scriptContext';
import { appendToStepSection, sharedAt } from './stepEdit';
import { allSteps, declaredShell, mapValue, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from './structure';

type Mode = ScriptLanguage;

/** Variables the runner, the shells or common tools read: a step env of that name would change how the step runs. */
const RESERVED = new Set([
  'PATH', 'HOME', 'PWD', 'OLDPWD', 'IFS', 'SHELL', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'TERM', 'TMPDIR', 'TEMP', 'TMP',
  'HOSTNAME', 'CI', 'ENV', 'BASH_ENV', 'CDPATH', 'SHELLOPTS', 'BASHOPTS', 'POSIXLY_CORRECT', 'PS1', 'PS2', 'PS4',
  'LD_PRELOAD', 'LD_LIBRARY_PATH', 'NODE_OPTIONS', 'NODE_PATH', 'PYTHONPATH', 'PYTHONHOME', 'PATHEXT', 'COMSPEC',
  'SYSTEMROOT', 'WINDIR', 'USERPROFILE', 'APPDATA', 'PSMODULEPATH', 'PROMPT',
]);

/** `github.event.pull_request.title` → `PULL_REQUEST_TITLE` (the last two names of the access chain). */
export function envNameFor(exprText: string): string {
  const words = (exprText.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []).filter((w) => !['github', 'event', 'env', 'inputs'].includes(w.toLowerCase()) || false);
  const picked = words.slice(-2).map((w) => w.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase());
  let name = picked.join('_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (!name) name = 'VALUE';
  if (/^[0-9]/.test(name)) name = `V_${name}`;
  if (RESERVED.has(name) || /^(GITHUB|RUNNER|ACTIONS|INPUT|STATE)_/.test(name)) name = `EVENT_${name}`;
  return name;
}

export type Os = 'windows' | 'posix';

/** The operating system a runner label asks for, when the label says it. */
export function labelOs(label: string): Os | undefined {
  const hosted = hostedOs(label);
  if (hosted) return hosted === 'windows' ? 'windows' : 'posix';
  const l = label.toLowerCase();
  if (/(^|[^a-z])win(dows)?([^a-z]|$)/.test(l)) return 'windows';
  if (/ubuntu|linux|macos|darwin|debian|fedora|centos|alpine|rhel/.test(l)) return 'posix';
  return undefined;
}

/** Literal values `matrix.<key>` takes (rows and include entries), or undefined when any is not a plain string. */
export function matrixValues(model: WorkflowModel, job: JobInfo, key: string): string[] | undefined {
  const strategy = resolve(model, job.pairs.get('strategy')?.value);
  const matrix = isMap(strategy) ? resolve(model, pairsOf(model, strategy as YAMLMap).get('matrix')?.value) : undefined;
  if (!isMap(matrix)) return undefined;
  const pairs = pairsOf(model, matrix as YAMLMap);
  const out: string[] = [];
  const literal = (n: unknown) => {
    const v = scalarString(n);
    return v !== undefined && isScalar(n) && !v.includes('${{') ? v : undefined;
  };
  const row = resolve(model, pairs.get(key)?.value);
  if (isSeq(row))
    for (const it of row.items) {
      const v = literal(resolve(model, it));
      if (v === undefined) return undefined;
      out.push(v);
    }
  else if (row !== undefined) return undefined;
  const include = resolve(model, pairs.get('include')?.value);
  if (isSeq(include))
    for (const it of include.items) {
      const r = resolve(model, it);
      if (!isMap(r)) return undefined;
      const p = pairsOf(model, r as YAMLMap).get(key);
      if (!p) continue;
      const v = literal(resolve(model, p.value));
      if (v === undefined) return undefined;
      out.push(v);
    }
  else if (include !== undefined) return undefined;
  return out.length ? out : undefined;
}

/**
 * The operating systems the job's step can run on (one per matrix leg), or undefined when some leg's is unknown:
 * an expression GitHub resolves at run time, or labels that name no operating system (`self-hosted`, a group).
 */
export function jobOses(model: WorkflowModel, job: JobInfo): Set<Os> | undefined {
  // Container jobs run on Linux only.
  const container = resolve(model, job.pairs.get('container')?.value);
  const image = isMap(container) ? resolve(model, pairsOf(model, container as YAMLMap).get('image')?.value) : container;
  const imageName = scalarString(image);
  if (imageName && !imageName.includes('${{')) return new Set(['posix']);
  let node = job.runsOn as unknown;
  if (isMap(node)) node = resolve(model, pairsOf(model, node as YAMLMap).get('labels')?.value);
  if (node === undefined || node === null) return undefined;
  const items = isSeq(node) ? node.items.map((i) => resolve(model, i)) : [node];
  let legs: string[][] = [[]];
  for (const it of items) {
    const v = scalarString(it);
    if (v === undefined) return undefined;
    const m = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(v.trim());
    if (m) {
      const values = matrixValues(model, job, m[1]);
      if (!values || legs.length * values.length > 1024) return undefined;
      legs = legs.flatMap((l) => values.map((x) => [...l, x]));
    } else if (v.includes('${{')) return undefined;
    else for (const l of legs) l.push(v);
  }
  const oses = new Set<Os>();
  for (const labels of legs) {
    const found = new Set(labels.map(labelOs).filter((o): o is Os => o !== undefined));
    if (found.size !== 1) return undefined;
    oses.add([...found][0]);
  }
  return oses;
}

/** Shell command → language of the script; undefined for python and programs with no generic rewrite. */
function modeFor(shell: string): Mode | undefined {
  const program = (shell.trim().toLowerCase().split(/\s+/)[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.exe$/, '');
  if (program === 'bash' || program === 'sh') return 'sh';
  if (program === 'pwsh' || program === 'powershell') return 'pwsh';
  if (program === 'cmd') return 'cmd';
  return undefined;
}

/**
 * The language the step's script is run by on every runner the step can run on, or undefined when that is not one
 * language (a matrix over Linux and Windows without `shell:`) or not known.
 */
function scriptLanguage(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): Mode | undefined {
  const shell = declaredShell(model, job, step);
  if (shell === null) return undefined;
  if (shell !== undefined) return shell.includes('${{') ? undefined : modeFor(shell);
  // A composite action's run step runs on whatever runner its caller chose.
  if (!job) return undefined;
  const oses = jobOses(model, job);
  if (!oses || oses.size !== 1) return undefined;
  return oses.has('windows') ? 'pwsh' : 'sh';
}

/** The first non-blank character before `at` / from `at` in `s`. */
function prevSignificant(s: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(s[i])) i--;
  return i >= 0 ? s[i] : '';
}
function nextSignificant(s: string, at: number): string {
  let i = at;
  while (i < s.length && /\s/.test(s[i])) i++;
  return s[i] ?? '';
}

interface ValueEdit {
  start: number;
  end: number;
  text: string;
  /** An insertion just after value[start - 1] (rather than just before value[start]). */
  after?: boolean;
}

/**
 * The script edits reading variable `name` where the template `value[t.start, t.end)` was, in its context; undefined
 * when no reference reads the same text there.
 */
function reference(mode: Mode, ctx: SpanContext, value: string, t: Span, name: string, json: boolean): ValueEdit[] | undefined {
  const next = value[t.end] ?? '';
  const prev = value[t.start - 1] ?? '';
  const quoted = ctx.kind === 'single' || ctx.kind === 'double';
  // The template is the whole content of its quotes ('${{ x }}', "${{ x }}"): the quotes are replaced too.
  const exact = quoted && ctx.open === t.start - 1 && ctx.close === t.end;
  const whole = (text: string): ValueEdit[] => [{ start: t.start - 1, end: t.end + 1, text }];
  // Pasted JSON (toJSON) has double quotes, which the script read as quoting in code and in double quotes: a
  // variable holding the text keeps them, so the script would read something else.
  if (json && (ctx.kind === 'double' || (ctx.kind === 'code' && mode !== 'js' && mode !== 'cmd'))) return undefined;
  const here = (text: string): ValueEdit[] => [{ start: t.start, end: t.end, text }];
  switch (mode) {
    case 'sh': {
      const bare = /[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`;
      switch (ctx.kind) {
        case 'code':
          return here(`"$${name}"`);
        case 'double':
          return exact ? whole(`"$${name}"`) : here(bare);
        case 'single':
          return exact ? whole(`"$${name}"`) : here(`'"$${name}"'`);
        case 'heredoc':
        case 'comment':
          return here(bare);
        default:
          return undefined;
      }
    }
    case 'pwsh': {
      const bare = /[\w:?]/.test(next) ? `\${env:${name}}` : `$env:${name}`;
      switch (ctx.kind) {
        case 'code':
          // In argument mode `$env:X.txt` and `$env:X[0]` read a member, not the text `.txt`.
          return next === '.' || next === '[' ? undefined : here(bare);
        case 'double':
          return exact ? whole(`$env:${name}`) : here(bare);
        case 'single':
          return exact ? whole(`$env:${name}`) : undefined;
        case 'heredoc':
        case 'comment':
          return here(bare);
        default:
          return undefined;
      }
    }
    case 'cmd':
      return here(`%${name}%`);
    case 'js': {
      const read = `process.env.${name}`;
      switch (ctx.kind) {
        case 'code':
          // Pasted JSON is a literal the script reads as a value; the variable holds its text.
          if (/[\w$.]/.test(prev) || /[\w$]/.test(next)) return undefined;
          return here(json ? `JSON.parse(${read})` : read);
        case 'single':
        case 'double': {
          if (ctx.open === undefined || ctx.close === undefined) return undefined;
          // An object key ({ 'a${{ x }}': 1 }) cannot become an expression.
          if (nextSignificant(value, ctx.close + 1) === ':' && /^[{,]$/.test(prevSignificant(value, ctx.open))) return undefined;
          if (exact) return whole(read);
          const q = value[ctx.open];
          const concat = { start: t.start, end: t.end, text: `${q} + ${read} + ${q}` };
          // Between operators that bind less tightly than `+` the concatenation stays one operand; elsewhere
          // ('a${{ x }}'.length, -'...', typeof '...') parentheses keep it one.
          if (/^[(,=[{;:?<>&|+]?$/.test(prevSignificant(value, ctx.open)) && /^[),;\]}:+=!<>&|?]?$/.test(nextSignificant(value, ctx.close + 1))) return [concat];
          return [{ start: ctx.open, end: ctx.open, text: '(' }, concat, { start: ctx.close + 1, end: ctx.close + 1, text: ')', after: true }];
        }
        case 'template':
          return here(`\${${read}}`);
        case 'comment':
          return here(read);
        default:
          return undefined;
      }
    }
  }
}

/** Text for a scalar's source when inserted into a YAML scalar of this style. */
function encodeFor(node: Scalar, text: string, atStart: boolean): string | undefined {
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    case 'QUOTE_SINGLE':
      return text.replace(/'/g, "''");
    case 'PLAIN':
      if (atStart && /^["'`%@&*!|>{[]/.test(text)) return undefined;
      if (/ #|: /.test(text)) return undefined;
      return text;
    default:
      return text; // block scalars take any text on the line
  }
}

/** A YAML value for `${{ expr }}` in `env:` (quoted when plain text would not survive). */
function yamlValue(v: string): string {
  if (/: | #|^\s|\s$|^[^$]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
  return v;
}

function envNames(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const add = (m: YAMLMap | undefined) => {
    for (const p of m?.items ?? []) {
      const k = scalarString(p.key);
      if (k !== undefined && !out.has(k.toUpperCase())) out.set(k.toUpperCase(), scalarString(resolve(model, p.value)));
    }
  };
  add(mapValue(model, step.pairs.get('env')));
  add(mapValue(model, job?.pairs.get('env')));
  add(mapValue(model, pairsOf(model, workflowStructure(model).root).get('env')));
  return out;
}

/** Whether `name` appears in the script as a word (any case: Windows variables ignore case). */
function mentions(script: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${name}([^A-Za-z0-9_]|$)`, 'i').test(script);
}

/** Whether the script may set or unset variable `name` itself (then an env entry of that name is not what it reads). */
function assigns(script: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${name}\\s*=(?!=)|\\b(read|for|local|declare|typeset|export|unset|set)\\b[^\\n;]*\\b${name}\\b`, 'i').test(script);
}

/**
 * The fix for an untrusted expression found at document offsets [start, end): undefined when the step's shell,
 * the template's place in the script or the YAML around it leaves no rewrite that keeps what the step does.
 */
export function moveToEnvFix(model: WorkflowModel, start: number, end: number): Fix | undefined {
  const hit = allSteps(model).find(({ step }) => (step.node.range?.[0] ?? -1) <= start && start < (step.node.range?.[1] ?? -1));
  if (!hit) return undefined;
  const { job, step } = hit;
  if (step.node.flow) return undefined;
  // The script (or its step, job, steps list) is repeated elsewhere through an alias: an edit would change that too.
  if (sharedAt(model, start)) return undefined;
  let scalar: Scalar | undefined;
  let mode: Mode | undefined;
  const inNode = (n: Scalar | undefined) => !!n?.range && n.range[0] <= start && start < n.range[1];
  if (inNode(step.runNode)) {
    scalar = step.runNode;
    mode = scriptLanguage(model, job, step);
  } else if (/^actions\/github-script@/i.test(step.uses ?? '')) {
    const script = step.with?.items.find((p) => scalarString(p.key) === 'script');
    const v = resolve(model, script?.value);
    if (isScalar(v) && inNode(v as Scalar)) {
      scalar = v as Scalar;
      mode = 'js';
    }
  }
  if (!scalar || !mode) return undefined;
  const ms = mapScalar(scalar, model.text);
  if (!ms || !ms.exact) return undefined;
  const value = ms.value;
  const { templates } = findTemplates(value);
  const docStart = (i: number) => ms.offsets[i];
  // Just after value[i - 1] in the document (escapes in quoted scalars take more than one character).
  const docEnd = (i: number) => {
    let e = ms.offsets[i];
    const min = ms.offsets[i - 1] + 1;
    if (e === undefined || e < min) return min;
    while (e > min && /\s/.test(model.text[e - 1])) e--;
    return e;
  };
  const t = templates.find((x) => x.node && docStart(x.start) <= start && start < docEnd(x.end));
  if (!t) return undefined;
  const exprSrc = value.slice(t.start + 3, t.end - 2).trim();
  if (exprSrc.includes('\n')) return undefined;
  const untrustedText = model.text.slice(start, end);
  const wanted = `\${{ ${exprSrc} }}`;
  const json = /^toJSON\s*\(/i.test(exprSrc) && exprSrc.endsWith(')');
  // The script as the shell sees it apart from the values GitHub pastes (names inside `${{ }}` are not variables).
  let plain = '';
  let from = 0;
  for (const x of templates) {
    plain += value.slice(from, x.start) + ' ';
    from = x.end;
  }
  plain += value.slice(from);

  // A name that is free (in the step's, job's and workflow's env, in the script, among the variables the runner
  // sets), or already holds the same value in the step's env.
  const names = envNames(model, job, step);
  const stepEnv = mapValue(model, step.pairs.get('env'));
  const base = envNameFor(untrustedText);
  let name = base;
  let reuse = false;
  for (let i = 2; ; i++) {
    const existing = names.get(name);
    const inStep = stepEnv?.items.some((p) => scalarString(p.key)?.toUpperCase() === name);
    if (inStep && existing !== undefined && existing.replace(/\s+/g, ' ').trim() === wanted && !assigns(plain, name)) {
      reuse = true;
      break;
    }
    if (!names.has(name) && !mentions(plain, name)) break;
    name = `${base}_${i}`;
  }

  // Every template of the script with the same expression is replaced, each as its place in the script needs.
  const same = templates.filter((x) => x.node && value.slice(x.start + 3, x.end - 2).trim() === exprSrc);
  const contexts = spanContexts(value, mode, templates);
  const valueEdits: ValueEdit[] = [];
  for (const x of same) {
    const rep = reference(mode, contexts[templates.indexOf(x)], value, x, name, json);
    if (!rep) return undefined;
    valueEdits.push(...rep);
  }
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const e of valueEdits) {
    // Parentheses around a string with several templates are added once.
    const key = `${e.start}:${e.end}:${e.text}`;
    if (e.start === e.end && seen.has(key)) continue;
    seen.add(key);
    const enc = encodeFor(scalar, e.text, e.start === 0);
    if (enc === undefined) return undefined;
    const from = e.after ? docEnd(e.start) : docStart(e.start);
    edits.push({ range: model.lines.range(from, e.start === e.end ? from : docEnd(e.end)), newText: enc });
  }

  if (!reuse) {
    const add = appendToStepSection(model, step, 'env', [`${name}: ${yamlValue(wanted)}`], [`${name}: '${wanted.replace(/'/g, "''")}'`]);
    if (!add) return undefined;
    edits.push(add);
  }
  return { title: `Move \${{ ${exprSrc} }} to env as ${name}`, preferred: true, edits };
}
