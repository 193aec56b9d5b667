// The shell scripts of a Compose file, for ShellCheck: only what a shell really runs. A `command:` or `entrypoint:`
// is a program and its arguments (a string is split into words as a shell would split them, but no shell runs it),
// so the script is the argument of `sh -c` / `bash -c` when the program is a shell. A healthcheck `test:` given as a
// string, or as `["CMD-SHELL", "…"]`, is run by `/bin/sh -c` in the container; `["CMD", "sh", "-c", "…"]` is a
// program like a command.
//
// Compose interpolates every value first: `$$` is one `$` for the shell, and `$VAR` / `${VAR…}` are the project's
// variables, pasted in before anything runs; they are replaced by underscores of the same length, so that positions
// stay exact, and the codes about constant words are left out on their lines (as for a workflow's `${{ }}`). The names set by the
// service's `environment:` are declared; an `env_file:` sets names not known here.
import type { Document, Node, Scalar } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { EmbeddedScript } from '../engine/types';
import { shellDialect } from '../dockerfile/scripts';
import { mapScalar } from '../workflow/expr/source';
import type { ComposeModel } from './model';
import { composeIndex } from './project';
import { deref, getEffective } from './schema';
import { setupOfFlags, UNASSIGNED_CODES } from '../scripts/shellcheck';
import { memoKey } from '../engine/memo';

/** A string with the document offset of each character (offsets[length] is the offset just after the last one). */
interface Mapped {
  text: string;
  offsets: number[];
  /** Whether each character stands for interpolated text. */
  pasted: boolean[];
}

/** A scalar's value after Compose's interpolation, mapped to the document; undefined when it is not a string. */
function interpolated(model: ComposeModel, node: Scalar): Mapped | undefined {
  const m = mapScalar(node, model.text);
  if (!m) return undefined;
  const v = m.value;
  const offs = m.offsets;
  let text = '';
  const offsets: number[] = [];
  const pasted: boolean[] = [];
  let i = 0;
  while (i < v.length) {
    if (v[i] === '$') {
      if (v[i + 1] === '$') {
        text += '$';
        offsets.push(offs[i]);
        pasted.push(false);
        i += 2;
        continue;
      }
      let end = -1;
      if (v[i + 1] === '{') {
        // `${NAME}`, `${NAME:-default}` with nested `${…}` in the default.
        let depth = 0;
        for (let j = i + 1; j < v.length; j++) {
          if (v[j] === '{') depth++;
          else if (v[j] === '}' && --depth === 0) {
            end = j + 1;
            break;
          }
        }
      } else {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(v.slice(i + 1));
        if (name) end = i + 1 + name[0].length;
      }
      if (end > 0) {
        for (let j = i; j < end; j++) {
          text += '_';
          offsets.push(offs[j]);
          pasted.push(true);
        }
        i = end;
        continue;
      }
    }
    text += v[i];
    offsets.push(offs[i]);
    pasted.push(false);
    i++;
  }
  offsets.push(offs[v.length]);
  return { text, offsets, pasted };
}

/**
 * Splits a string command into words as Compose does (quotes and backslashes, no expansion); undefined when it holds
 * an unquoted operator (`;`, `&`, `|`, `<`, `>`), which Compose does not run as a shell would.
 */
function words(s: Mapped): Mapped[] | undefined {
  const out: Mapped[] = [];
  let cur: Mapped | undefined;
  const add = (i: number) => {
    cur ??= { text: '', offsets: [], pasted: [] };
    cur.text += s.text[i];
    cur.offsets.push(s.offsets[i]);
    cur.pasted.push(s.pasted[i]);
  };
  const end = (at: number) => {
    if (cur) {
      cur.offsets.push(s.offsets[at]);
      out.push(cur);
    }
    cur = undefined;
  };
  let quote: '' | "'" | '"' = '';
  const t = s.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      else add(i);
    } else if (quote === '"') {
      if (c === '"') quote = '';
      else if (c === '\\' && i + 1 < t.length && '"\\$`'.includes(t[i + 1])) add(++i);
      else add(i);
    } else if (c === "'" || c === '"') {
      quote = c;
      cur ??= { text: '', offsets: [], pasted: [] };
    } else if (c === '\\' && i + 1 < t.length) add(++i);
    else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') end(i);
    else if (';&|<>'.includes(c)) return undefined;
    else add(i);
  }
  if (quote) return undefined;
  end(t.length);
  return out;
}

/** The script of `sh -c 'script'` (options before `-c` allowed, e.g. `-ec`, `-o pipefail`), with its dialect. */
function shellScriptArg(argv: Mapped[]): { script: Mapped; dialect: string; setup?: string } | undefined {
  if (argv.length < 3) return undefined;
  const dialect = shellDialect(argv[0].text);
  if (!dialect) return undefined;
  let c = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i].text;
    const setup = () => setupOfFlags(argv.slice(1, i).map((w) => w.text));
    if (a === '--') return c && i + 1 < argv.length ? { script: argv[i + 1], dialect, setup: setup() } : undefined;
    if (a === '-o' || a === '+o') {
      i++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(a)) {
      if (a[0] === '-' && a.includes('c')) c = true;
      continue;
    }
    return c ? { script: argv[i], dialect, setup: setup() } : undefined;
  }
  return undefined;
}

/** The words of a command given as a list of strings, or as one string; undefined when some item is not a string. */
function argvOf(model: ComposeModel, doc: Document, node: Node | undefined): Mapped[] | undefined {
  if (isScalar(node)) {
    const s = interpolated(model, node as Scalar);
    return s ? words(s) : undefined;
  }
  if (!isSeq(node)) return undefined;
  const out: Mapped[] = [];
  for (const it of node.items) {
    const r = deref(doc, it);
    if (!isScalar(r)) return undefined;
    const s = interpolated(model, r as Scalar);
    if (!s) return undefined;
    out.push(s);
  }
  return out;
}

function environmentNames(doc: Document, svc: unknown): { names: string[]; dynamic: boolean } {
  const names: string[] = [];
  const env = deref(doc, getEffective(doc, svc, 'environment')?.value);
  if (isMap(env)) {
    for (const p of env.items) if (isScalar(p.key)) names.push(String(p.key.value));
  } else if (isSeq(env)) {
    for (const it of env.items) {
      const r = deref(doc, it);
      if (isScalar(r) && typeof r.value === 'string') names.push(r.value.split('=')[0]);
    }
  }
  return { names, dynamic: getEffective(doc, svc, 'env_file') !== undefined };
}

const SCRIPTS = memoKey<EmbeddedScript[]>('compose:scripts');

export function composeScripts(model: ComposeModel): EmbeddedScript[] {
  return model.memoize(SCRIPTS, () => {
    const out: EmbeddedScript[] = [];
    const doc = model.doc;
    const seen = new Set<unknown>();
    const push = (s: Mapped, dialect: string, env: { names: string[]; dynamic: boolean }, setup?: string) => {
      if (s.text.trim() === '') return;
      const placeholders: { start: number; end: number }[] = [];
      s.pasted.forEach((p, i) => {
        if (!p) return;
        const last = placeholders[placeholders.length - 1];
        if (last && last.end === i) last.end = i + 1;
        else placeholders.push({ start: i, end: i + 1 });
      });
      const offsets = s.offsets;
      out.push({
        tool: 'shellcheck',
        dialect,
        text: s.text,
        offsetOf: (i) => offsets[Math.max(0, Math.min(i, offsets.length - 1))],
        declared: env.names,
        setup,
        placeholders: placeholders.length ? placeholders : undefined,
        exclude: env.dynamic ? UNASSIGNED_CODES : undefined,
        fixable: false,
      });
    };
    for (const def of composeIndex(model).defs.service.values()) {
      const svc = deref(doc, def.pair.value);
      if (!isMap(svc)) continue;
      const env = environmentNames(doc, svc);
      for (const key of ['command', 'entrypoint']) {
        const node = deref(doc, getEffective(doc, svc, key)?.value);
        if (!node || seen.has(node)) continue;
        seen.add(node);
        const argv = argvOf(model, doc, node);
        const sh = argv && shellScriptArg(argv);
        if (sh) push(sh.script, sh.dialect, env, sh.setup);
      }
      const hc = deref(doc, getEffective(doc, svc, 'healthcheck')?.value);
      const test = isMap(hc) ? deref(doc, getEffective(doc, hc, 'test')?.value) : undefined;
      if (!test || seen.has(test)) continue;
      seen.add(test);
      if (isScalar(test)) {
        const s = typeof test.value === 'string' ? interpolated(model, test as Scalar) : undefined;
        if (s) push(s, 'sh', env);
      } else if (isSeq(test)) {
        const argv = argvOf(model, doc, test);
        if (!argv || argv.length < 2) continue;
        if (argv[0].text === 'CMD-SHELL') push(argv[1], 'sh', env);
        else if (argv[0].text === 'CMD') {
          const sh = shellScriptArg(argv.slice(1));
          if (sh) push(sh.script, sh.dialect, env, sh.setup);
        }
      }
    }
    return out;
  });
}
