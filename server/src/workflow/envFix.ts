// The quick fix for script injection: moves a `${{ }}` out of a `run:` script (or an `actions/github-script`
// `script:`) into the step's `env:` under a generated UPPER_SNAKE name and reads the variable instead
// (`"$NAME"` in POSIX shells, `$env:NAME` in PowerShell, `%NAME%` in cmd, `process.env.NAME` in JavaScript).
// The script keeps its quoting, the YAML stays valid for every scalar style, and names never collide.
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml/nodes';
import type { Fix, TextEdit } from '../engine/types';
import type { WorkflowModel } from './model';
import { findTemplates } from './expr/analysis';
import { mapScalar } from './expr/source';
import { allSteps, mapValue, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from './structure';

type Mode = 'sh' | 'pwsh' | 'cmd' | 'js';

/** `github.event.pull_request.title` → `PULL_REQUEST_TITLE` (the last two names of the access chain). */
export function envNameFor(exprText: string): string {
  const words = (exprText.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []).filter((w) => !['github', 'event', 'env', 'inputs'].includes(w.toLowerCase()) || false);
  const picked = words.slice(-2).map((w) => w.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase());
  let name = picked.join('_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (!name) name = 'VALUE';
  if (/^[0-9]/.test(name)) name = `V_${name}`;
  return name;
}

function shellOf(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): string | undefined {
  const direct = scalarString(step.shellNode);
  if (direct) return direct;
  const fromDefaults = (m: YAMLMap | undefined) => scalarString(resolve(model, pairsOf(model, mapValue(model, pairsOf(model, mapValue(model, pairsOf(model, m).get('defaults'))).get('run'))).get('shell')?.value));
  const jobShell = job ? fromDefaults(job.node) : undefined;
  if (jobShell) return jobShell;
  const wfShell = fromDefaults(workflowStructure(model).root);
  if (wfShell) return wfShell;
  const labels: string[] = [];
  const ro = job?.runsOn;
  if (isScalar(ro)) labels.push(String(ro.value ?? ''));
  else if (ro && 'items' in ro) for (const it of (ro as { items: unknown[] }).items) if (isScalar(it)) labels.push(String(it.value ?? ''));
  if (labels.some((l) => /^windows/i.test(l))) return 'pwsh';
  return undefined;
}

function modeFor(shell: string | undefined): Mode | undefined {
  if (!shell) return 'sh';
  const s = shell.trim().toLowerCase();
  if (s === 'bash' || s === 'sh' || s.startsWith('bash ') || s.startsWith('sh ')) return 'sh';
  if (s === 'pwsh' || s === 'powershell' || s.startsWith('pwsh ') || s.startsWith('powershell ')) return 'pwsh';
  if (s === 'cmd' || s.startsWith('cmd ')) return 'cmd';
  return undefined; // python and custom shells: no safe generic rewrite
}

/** Quote state at `end` of a script: which quote is open (`'`, `"`, `` ` ``) or ''. */
function quoteState(s: string, end: number, mode: Mode): string {
  let q = '';
  for (let i = 0; i < end; i++) {
    const c = s[i];
    if (q === "'" && mode !== 'js') {
      if (c === "'") q = '';
      continue;
    }
    if (c === '\\' && mode !== 'pwsh' && mode !== 'cmd') {
      i++;
      continue;
    }
    if (mode === 'pwsh' && c === '`') {
      i++;
      continue;
    }
    if (q) {
      if (c === q) q = '';
      continue;
    }
    if (c === "'" || c === '"' || (mode === 'js' && c === '`')) q = c;
    else if (mode === 'sh' && c === '#' && (i === 0 || /\s/.test(s[i - 1]))) {
      // a comment: skip to the end of the line
      while (i < end && s[i] !== '\n') i++;
    }
  }
  return q;
}

/** The script-side replacement of `value[start, end)` (one template), possibly widened to swallow quotes. */
function scriptReplacement(value: string, start: number, end: number, name: string, mode: Mode): { start: number; end: number; text: string } | undefined {
  const q = quoteState(value, start, mode);
  const before = value[start - 1];
  const after = value[end];
  const exactlyQuoted = q !== '' && before === q && after === q;
  const nextIsWord = /[A-Za-z0-9_]/.test(after ?? '');
  switch (mode) {
    case 'sh':
      if (exactlyQuoted) return { start: start - 1, end: end + 1, text: `"$${name}"` };
      if (q === '"') return { start, end, text: nextIsWord ? `\${${name}}` : `$${name}` };
      if (q === "'") return { start, end, text: `'"$${name}"'` };
      return { start, end, text: `"$${name}"` };
    case 'pwsh':
      if (exactlyQuoted) return { start: start - 1, end: end + 1, text: `$env:${name}` };
      if (q === "'") return undefined;
      return { start, end, text: q === '"' && nextIsWord ? `\${env:${name}}` : `$env:${name}` };
    case 'cmd':
      return { start, end, text: `%${name}%` };
    case 'js':
      if (exactlyQuoted) return { start: start - 1, end: end + 1, text: `process.env.${name}` };
      if (q === '`') return { start, end, text: `\${process.env.${name}}` };
      if (q) return { start, end, text: `${q} + process.env.${name} + ${q}` };
      return { start, end, text: `process.env.${name}` };
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

function columnOf(model: WorkflowModel, node: Node | Pair | null | undefined): number {
  return model.rangeOf(node).start.character;
}

/** Offset of the start of the line after the last non-blank text before `end`. */
function afterLastLine(model: WorkflowModel, end: number): { offset: number; needsNewline: boolean } {
  const text = model.text;
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const nl = text.indexOf('\n', e);
  if (nl < 0) return { offset: text.length, needsNewline: true };
  return { offset: nl + 1, needsNewline: false };
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

/**
 * The fix for an untrusted expression found at document offsets [start, end): undefined when the step's shell
 * or the scalar's shape leaves no safe rewrite.
 */
export function moveToEnvFix(model: WorkflowModel, start: number, end: number): Fix | undefined {
  const hit = allSteps(model).find(({ step }) => (step.node.range?.[0] ?? -1) <= start && start < (step.node.range?.[1] ?? -1));
  if (!hit) return undefined;
  const { job, step } = hit;
  if (step.node.flow) return undefined;
  let scalar: Scalar | undefined;
  let mode: Mode | undefined;
  const inNode = (n: Scalar | undefined) => !!n?.range && n.range[0] <= start && start < n.range[1];
  if (inNode(step.runNode)) {
    scalar = step.runNode;
    mode = modeFor(shellOf(model, job, step));
  } else {
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
  const { templates } = findTemplates(ms.value);
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
  const exprSrc = ms.value.slice(t.start + 3, t.end - 2).trim();
  const untrustedText = model.text.slice(start, end);
  const wanted = `\${{ ${exprSrc} }}`;

  // A name that is free, or already holds the same value in the step's env.
  const names = envNames(model, job, step);
  const stepEnv = mapValue(model, step.pairs.get('env'));
  const base = envNameFor(untrustedText);
  let name = base;
  let reuse = false;
  for (let i = 2; ; i++) {
    const existing = names.get(name);
    const inStep = stepEnv?.items.some((p) => scalarString(p.key)?.toUpperCase() === name);
    if (inStep && existing !== undefined && existing.replace(/\s+/g, ' ').trim() === wanted) {
      reuse = true;
      break;
    }
    if (!names.has(name)) break;
    name = `${base}_${i}`;
  }

  const edits: TextEdit[] = [];
  // Every template of the script with the same expression is replaced.
  for (const x of templates) {
    if (!x.node || ms.value.slice(x.start + 3, x.end - 2).trim() !== exprSrc) continue;
    const rep = scriptReplacement(ms.value, x.start, x.end, name, mode);
    if (!rep) return undefined;
    const enc = encodeFor(scalar, rep.text, rep.start === 0);
    if (enc === undefined) return undefined;
    edits.push({ range: model.lines.range(docStart(rep.start), docEnd(rep.end)), newText: enc });
  }

  if (!reuse) {
    const entry = `${name}: ${yamlValue(wanted)}`;
    const envPair = step.pairs.get('env');
    if (envPair) {
      const v = resolve(model, envPair.value);
      if (isMap(v) && (v as YAMLMap).flow) {
        const m = v as YAMLMap;
        const close = (m.range?.[1] ?? 0) - 1;
        if (model.text[close] !== '}') return undefined;
        let e = close;
        while (e > 0 && /\s/.test(model.text[e - 1])) e--;
        const sep = m.items.length ? ', ' : ' ';
        const flowEntry = `${name}: '${wanted.replace(/'/g, "''")}'`;
        edits.push({ range: model.lines.range(e, e), newText: `${sep}${flowEntry}${m.items.length ? '' : ' '}` });
      } else if (isMap(v) && (v as YAMLMap).items.length) {
        const m = v as YAMLMap;
        const col = columnOf(model, m.items[0] as Pair);
        const at = afterLastLine(model, m.range?.[1] ?? 0);
        edits.push({ range: model.lines.range(at.offset, at.offset), newText: `${at.needsNewline ? '\n' : ''}${' '.repeat(col)}${entry}\n` });
      } else if (v === null || v === undefined || (isScalar(v) && (v as Scalar).value === null)) {
        const keyEnd = (envPair.key as Node).range?.[1] ?? 0;
        const colon = model.text.indexOf(':', keyEnd);
        const lineEnd = model.text.indexOf('\n', colon);
        const at = lineEnd < 0 ? model.text.length : lineEnd;
        const col = columnOf(model, envPair.key as Node) + 2;
        edits.push({ range: model.lines.range(at, at), newText: `\n${' '.repeat(col)}${entry}` });
      } else return undefined;
    } else {
      const first = step.node.items[0] as Pair | undefined;
      if (!first) return undefined;
      const col = columnOf(model, first.key as Node);
      const at = afterLastLine(model, step.node.range?.[1] ?? 0);
      edits.push({ range: model.lines.range(at.offset, at.offset), newText: `${at.needsNewline ? '\n' : ''}${' '.repeat(col)}env:\n${' '.repeat(col + 2)}${entry}\n` });
    }
  }
  return { title: `Move \${{ ${exprSrc} }} to env as ${name}`, preferred: true, edits };
}
