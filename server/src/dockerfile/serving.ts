/**
 * What the final image runs: the web servers (gunicorn, uvicorn, hypercorn, `flask run`, jupyter, streamlit,
 * `python -m http.server`) named in its ENTRYPOINT and CMD, with the address and port each listens on. Shared by the
 * serving-image rules (ServerBindsLocalhost, ServerPortNotExposed, ServingImageRunsAsRoot).
 *
 * Only what is written in the Dockerfile counts: a server started from a script (`CMD ["./start.sh"]`) is not seen.
 * Exec form is read element by element; a `sh -c '…'` (or `bash -c`) element and the shell form are split into words
 * the simple way (quotes removed, `&&`, `;`, `|` and `&` separate commands), which is enough to find a server's
 * options; a word holding a variable (`$PORT`) is never taken for a value.
 */
import type { Range } from '../engine/types';
import type { DfInstruction, DockerfileModel } from './model';
import { basename } from './shell';
import { shippedStages } from './packages';
import { keyValues, unquote } from './scope';
import { execFormOf, logicalRange, parseInstruction } from './syntax';
import { memoKey, memoKeyAt } from '../engine/memo';

export interface CmdWord {
  value: string;
  range: Range;
  /** Holds a variable reference or command substitution: its value is not known. */
  dynamic: boolean;
}

export type ServerKind = 'gunicorn' | 'uvicorn' | 'hypercorn' | 'flask' | 'jupyter' | 'streamlit' | 'http.server';

export interface Server {
  kind: ServerKind;
  /** The word naming the server (`gunicorn`, `flask` of `flask run`, `http.server` of `python -m http.server`). */
  nameWord: CmdWord;
  /** Every word of its command, the name first. */
  words: CmdWord[];
  /** The address it listens on, when written (`127.0.0.1`), with the word holding it. */
  host?: { value: string; word: CmdWord };
  /** The port it listens on, when written. */
  port?: { value: number; word: CmdWord };
  /** Its documented default address and port when the command gives none (undefined: no default worth using). */
  defaultHost?: string;
  defaultPort?: number;
  /** ENV names that change the defaults (`UVICORN_HOST`, `FLASK_RUN_PORT`). */
  hostEnv: string[];
  portEnv: string[];
  /** The command gives an address / a port, known or not (`--host "$HOST"`): the defaults do not apply. */
  hostGiven: boolean;
  portGiven: boolean;
  /** Listens on a Unix socket or an inherited file descriptor, not on a TCP port. */
  socket: boolean;
}

const COMMANDS = memoKey<DfInstruction[]>('serving:commands');

/** The last ENTRYPOINT and CMD of the final image (its stage and the stages it is built FROM), if written. */
export function finalCommands(model: DockerfileModel): DfInstruction[] {
  return model.memoize(COMMANDS, () => {
    const shipped = shippedStages(model);
    let entrypoint: DfInstruction | undefined;
    let cmd: DfInstruction | undefined;
    // shippedStages lists the last stage first; the first ENTRYPOINT/CMD met from the end wins.
    for (const stage of shipped) {
      for (let i = stage.instructions.length - 1; i >= 0; i--) {
        const ins = stage.instructions[i];
        if (ins.keyword === 'ENTRYPOINT') entrypoint ??= ins;
        else if (ins.keyword === 'CMD') cmd ??= ins;
      }
      if (entrypoint && cmd) break;
    }
    return [entrypoint, cmd].filter((x): x is DfInstruction => !!x);
  });
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);
const SEPARATORS = /^(?:&&|\|\||;|\||&)$/;

/** Splits shell text into words (quotes removed) with their offsets in `text`; operators become their own words. */
function shellWords(text: string): { value: string; start: number; end: number; dynamic: boolean }[] {
  const out: { value: string; start: number; end: number; dynamic: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    const op = /^(?:&&|\|\||;|\||&)/.exec(text.slice(i));
    if (op) {
      out.push({ value: op[0], start, end: i + op[0].length, dynamic: false });
      i += op[0].length;
      continue;
    }
    let value = '';
    let dynamic = false;
    while (i < text.length && !/\s/.test(text[i]) && !/[;&|]/.test(text[i])) {
      const c = text[i];
      if (c === "'" || c === '"') {
        const end = text.indexOf(c, i + 1);
        const inner = text.slice(i + 1, end < 0 ? text.length : end);
        if (c === '"' && /[$`]/.test(inner)) dynamic = true;
        value += inner;
        i = end < 0 ? text.length : end + 1;
      } else {
        if (c === '$' || c === '`') dynamic = true;
        if (c === '\\' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
    }
    out.push({ value, start, end: i, dynamic });
  }
  return out;
}

const WORDS = memoKeyAt<CmdWord[]>('serving:words');

/** The words of an ENTRYPOINT or CMD, `sh -c` scripts opened up; operators kept as separate words. */
export function commandWords(model: DockerfileModel, ins: DfInstruction): CmdWord[] {
  return model.memoizeAt(WORDS, ins.index, () => {
    const p = parseInstruction(model, ins);
    const form = execFormOf(model, ins);
    const out: CmdWord[] = [];
    const fromText = (text: string, at: (s: number, e: number) => Range | undefined, fallback: Range) => {
      for (const w of shellWords(text)) out.push({ value: w.value, dynamic: w.dynamic, range: at(w.start, w.end) ?? fallback });
    };
    if (form.kind === 'json') {
      const els = form.elements;
      for (let k = 0; k < els.length; k++) {
        const el = els[k];
        const range = logicalRange(model, p.line, el.start, el.end);
        const prev = out[out.length - 1];
        const isScript = k > 0 && prev?.value === '-c' && out.length >= 2 && SHELLS.has(basename(out[out.length - 2].value));
        if (isScript) {
          // Positions inside the string are exact when it has no JSON escapes (the common case); else the element's.
          const raw = p.line.text.slice(el.start + 1, el.end - 1);
          const plain = raw === el.value;
          fromText(el.value, (s, e) => (plain ? logicalRange(model, p.line, el.start + 1 + s, el.start + 1 + e) : undefined), range);
        } // Exec form expands nothing: `$PORT` reaches the program as written.
        else out.push({ value: el.value, range, dynamic: false });
      }
      return out;
    }
    if (form.kind !== 'shell') return out;
    const text = p.line.text;
    const rest = text.slice(p.restStart);
    fromText(rest, (s, e) => logicalRange(model, p.line, p.restStart + s, p.restStart + e), ins.range);
    return out;
  });
}

const PYTHON = /^python(\d+(\.\d+)*)?$/;

function optionValue(words: CmdWord[], i: number, names: string[]): { value: string; word: CmdWord; next: number } | undefined {
  const w = words[i].value;
  for (const n of names) {
    if (w === n && words[i + 1]) return { value: words[i + 1].value, word: words[i + 1], next: i + 1 };
    if (n.startsWith('--') && w.startsWith(n + '=')) return { value: w.slice(n.length + 1), word: words[i], next: i };
    // Short options glued to their value: `-b0.0.0.0:80`, `-p8000`.
    if (/^-[A-Za-z]$/.test(n) && w.startsWith(n) && w.length > 2 && !w.startsWith('--')) return { value: w.slice(2), word: words[i], next: i };
  }
  return undefined;
}

/** `HOST:PORT`, `[::1]:PORT`, `:PORT`, `HOST` of a gunicorn/hypercorn bind; undefined for `unix:`/`fd://`. */
function splitBind(v: string): { host: string; port?: string } | undefined {
  if (/^(unix|fd):/i.test(v)) return undefined;
  const m = /^\[([^\]]*)\](?::(\d+))?$/.exec(v);
  if (m) return { host: m[1], port: m[2] };
  const c = v.lastIndexOf(':');
  if (c < 0) return { host: v };
  return { host: v.slice(0, c), port: v.slice(c + 1) };
}

function serverAt(words: CmdWord[], i: number): { kind: ServerKind; name: CmdWord; argsFrom: number } | undefined {
  const name = basename(words[i].value);
  if (name === 'gunicorn' || name === 'uvicorn' || name === 'hypercorn') return { kind: name, name: words[i], argsFrom: i + 1 };
  if (name === 'flask') {
    const run = words.findIndex((w, k) => k > i && w.value === 'run');
    return run > i ? { kind: 'flask', name: words[i], argsFrom: run + 1 } : undefined;
  }
  if (name === 'jupyter' && /^(notebook|lab|server)$/.test(words[i + 1]?.value ?? '')) return { kind: 'jupyter', name: words[i], argsFrom: i + 2 };
  if (name === 'jupyter-notebook' || name === 'jupyter-lab') return { kind: 'jupyter', name: words[i], argsFrom: i + 1 };
  if (name === 'streamlit' && words[i + 1]?.value === 'run') return { kind: 'streamlit', name: words[i], argsFrom: i + 2 };
  if (PYTHON.test(name)) {
    const m = words[i + 1]?.value === '-m' ? i + 2 : -1;
    const mod = m > 0 ? words[m]?.value : undefined;
    if (mod === 'gunicorn' || mod === 'uvicorn' || mod === 'hypercorn') return { kind: mod, name: words[m], argsFrom: m + 1 };
    if (mod === 'flask' && words[m + 1]?.value === 'run') return { kind: 'flask', name: words[m], argsFrom: m + 2 };
    if (mod === 'http.server') return { kind: 'http.server', name: words[m], argsFrom: m + 1 };
    if (mod === 'streamlit' && words[m + 1]?.value === 'run') return { kind: 'streamlit', name: words[m], argsFrom: m + 2 };
    if ((mod === 'notebook' || mod === 'jupyterlab') && m > 0) return { kind: 'jupyter', name: words[m], argsFrom: m + 1 };
  }
  return undefined;
}

/** The servers that take the host and the port as two options, and those options' names. */
const HOST_PORT_OPTIONS: Partial<Record<ServerKind, { host: string[]; port: string[] }>> = {
  uvicorn: { host: ['--host'], port: ['--port'] },
  flask: { host: ['--host', '-h'], port: ['--port', '-p'] },
  jupyter: { host: ['--ip', '--NotebookApp.ip', '--ServerApp.ip'], port: ['--port', '--NotebookApp.port', '--ServerApp.port'] },
  streamlit: { host: ['--server.address'], port: ['--server.port'] },
};

/** Adds the words of an option's value (`--port 80`: `80`) to the server's, and returns the index of its last word. */
function withValue(s: Server, words: CmdWord[], i: number, o: { next: number }): number {
  for (let k = i + 1; k <= o.next; k++) s.words.push(words[k]);
  return o.next;
}

function parseServer(words: CmdWord[], found: { kind: ServerKind; name: CmdWord; argsFrom: number }): Server {
  const { kind } = found;
  const s: Server = { kind, nameWord: found.name, words: [found.name], hostEnv: [], portEnv: [], socket: false, hostGiven: false, portGiven: false };
  const setHost = (value: string, word: CmdWord) => {
    s.hostGiven = true;
    if (!word.dynamic && !value.includes('$')) s.host = { value, word };
  };
  const setPort = (value: string, word: CmdWord) => {
    s.portGiven = true;
    if (!word.dynamic && /^\d+$/.test(value)) s.port = { value: Number(value), word };
  };
  const hostPort = HOST_PORT_OPTIONS[kind];
  let positional = 0;
  for (let i = found.argsFrom; i < words.length; i++) {
    const w = words[i];
    if (SEPARATORS.test(w.value)) break;
    s.words.push(w);
    if (kind === 'gunicorn' || kind === 'hypercorn') {
      const b = optionValue(words, i, ['-b', '--bind']);
      if (b) {
        i = withValue(s, words, i, b);
        const parts = splitBind(b.value);
        if (!parts) s.socket = true;
        // Several binds: the first one decides what is reported (the others are rare).
        else if (!s.host && !s.port) {
          setHost(parts.host, b.word);
          if (parts.port !== undefined) setPort(parts.port, b.word);
          else s.portGiven = true;
        }
        continue;
      }
      if (/^--(uds|fd)$|^--(uds|fd)=|^--insecure-bind|^-c$|^--config(=|$)/.test(w.value) || (kind === 'gunicorn' && w.value.startsWith('--paste'))) s.socket = true;
    } else if (hostPort) {
      const h = optionValue(words, i, hostPort.host);
      const p = h ? undefined : optionValue(words, i, hostPort.port);
      if (h) setHost(h.value, h.word);
      else if (p) setPort(p.value, p.word);
      const o = h ?? p;
      if (o) i = withValue(s, words, i, o);
      else if ((kind === 'uvicorn' || kind === 'flask') && /^--(uds|fd)(=|$)/.test(w.value)) s.socket = true;
    } else if (kind === 'http.server') {
      const b = optionValue(words, i, ['-b', '--bind']);
      if (b) {
        i = withValue(s, words, i, b);
        setHost(b.value, b.word);
        continue;
      }
      if (!w.value.startsWith('-') && positional++ === 0) setPort(w.value, w);
    }
  }
  // Documented defaults, used only where nothing else (a config file, another variable) can change them.
  if (kind === 'uvicorn') Object.assign(s, { defaultHost: '127.0.0.1', defaultPort: 8000, hostEnv: ['UVICORN_HOST'], portEnv: ['UVICORN_PORT'] });
  if (kind === 'flask') Object.assign(s, { defaultHost: '127.0.0.1', defaultPort: 5000, hostEnv: ['FLASK_RUN_HOST'], portEnv: ['FLASK_RUN_PORT'] });
  if (kind === 'http.server') Object.assign(s, { defaultHost: '0.0.0.0', defaultPort: 8000 });
  return s;
}

const LINE = memoKey<{ words: CmdWord[]; starts: Set<number> }>('serving:line');

/**
 * The command line the final image runs, as Docker builds it: an exec-form ENTRYPOINT followed by CMD's words (the
 * arguments of `ENTRYPOINT ["uvicorn"]` are in CMD), a shell-form ENTRYPOINT alone (CMD is ignored), or CMD alone.
 * `starts` holds the indices where a command may begin: the first word, and CMD's first word after an ENTRYPOINT
 * (an entrypoint script usually ends with `exec "$@"`, running CMD).
 */
export function finalCommandLine(model: DockerfileModel): { words: CmdWord[]; starts: Set<number> } {
  return model.memoize(LINE, () => {
    const cmds = finalCommands(model);
    const entrypoint = cmds.find((i) => i.keyword === 'ENTRYPOINT');
    const cmd = cmds.find((i) => i.keyword === 'CMD');
    const words: CmdWord[] = [];
    const starts = new Set<number>([0]);
    if (entrypoint) words.push(...commandWords(model, entrypoint));
    if (cmd && (!entrypoint || execFormOf(model, entrypoint).kind === 'json')) {
      starts.add(words.length);
      words.push(...commandWords(model, cmd));
    }
    return { words, starts };
  });
}

const SERVERS = memoKey<Server[]>('serving:servers');

/** The servers the final image starts. */
export function servers(model: DockerfileModel): Server[] {
  return model.memoize(SERVERS, () => {
    const out: Server[] = [];
    const { words, starts } = finalCommandLine(model);
    for (let i = 0; i < words.length; i++) {
      // A server name starts a command: the first word, one after an operator or `exec`, or after a wrapper.
      const prev = i > 0 ? basename(words[i - 1].value) : '';
      const first = starts.has(i) || SEPARATORS.test(prev) || prev === 'exec' || prev === 'run';
      const afterWrapper = /^(tini|dumb-init|--|gosu|su-exec|opentelemetry-instrument|ddtrace-run|newrelic-admin)$/.test(prev);
      if (!first && !afterWrapper) continue;
      const found = serverAt(words, i);
      if (found) {
        const s = parseServer(words, found);
        out.push(s);
        i = words.indexOf(s.words[s.words.length - 1]);
      }
    }
    return out;
  });
}

const ENV = memoKey<Set<string>>('serving:env');

/** ENV (and ARG) names set in the final image's stages (build-time values the image keeps or the server can see). */
export function finalEnvNames(model: DockerfileModel): Set<string> {
  return model.memoize(ENV, () => {
    const names = new Set<string>();
    for (const stage of shippedStages(model)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
        for (const kv of keyValues(model, ins).pairs) names.add(unquote(kv.key, model.escape));
      }
    }
    return names;
  });
}

/** Whether an address only accepts connections from inside the container. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === 'ip6-localhost';
}
