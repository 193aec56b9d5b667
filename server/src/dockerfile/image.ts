/**
 * Image references of FROM instructions: registry, repository path, tag and digest, after substituting
 * global ARGs (their defaults, overridden by the build args the user configured), and with references to
 * earlier stages told apart from images. Computed once per parse.
 */
import type { Range } from '../engine/types';
import type { DfInstruction, DockerfileModel, Stage } from './model';
import { wordValue } from './scope';
import { memoKeyFor } from '../engine/memo';

export interface ImageRef {
  stage: Stage;
  ins: DfInstruction;
  /** The image word as written (`${BASE}:3.12`). */
  written: string;
  /** Range of the image word. */
  range: Range;
  /** The reference after ARG substitution; undefined when a variable has no known value. */
  resolved?: string;
  /** Registry host when the reference names one (`ghcr.io`, `localhost:5000`). */
  registry?: string;
  /** Repository path without registry, tag or digest (`library/python` is kept as written: `python`). */
  path?: string;
  tag?: string;
  digest?: string;
  /** `FROM scratch`. */
  scratch: boolean;
  /** The earlier stage this FROM builds on (`FROM build AS test`), if any. */
  stageRef?: Stage;
  /** Variables were substituted (the finding should say which value was checked). */
  substituted: boolean;
}

const IMAGE_REFS = memoKeyFor<ImageRef[]>('image:refs');

/** Image references of every stage, in order. */
export function imageRefs(model: DockerfileModel, buildArgs: Record<string, string> = {}): ImageRef[] {
  return model.memoizeFor(IMAGE_REFS, JSON.stringify(buildArgs), () => {
    const globals = globalArgs(model, buildArgs);
    const out: ImageRef[] = [];
    for (const stage of model.stages) {
      const range = stage.imageRange;
      const written = stage.image ?? '';
      if (!range || !written) continue;
      const ref: ImageRef = { stage, ins: stage.fromInstruction, written, range, scratch: false, substituted: false };
      // The builder reads the image with quotes and escapes removed (`"golang:1.22"` is golang:1.22).
      const value = stage.imageValue ?? written;
      const resolved = value.includes('$') ? substitute(value, globals) : value;
      ref.substituted = value.includes('$');
      if (resolved !== undefined) {
        ref.resolved = resolved;
        const lower = resolved.toLowerCase();
        ref.stageRef = model.stageNamedBefore(lower, stage.index);
        if (!ref.stageRef) Object.assign(ref, splitReference(resolved));
        ref.scratch = !ref.stageRef && lower === 'scratch';
      }
      out.push(ref);
    }
    return out;
  });
}

/** Splits `registry/path:tag@digest` as Docker does: the first component is a registry when it has `.` or `:` or is `localhost`. */
export function splitReference(ref: string): { registry?: string; path: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  return { registry, path: rest, tag, digest };
}

/** Values of global ARGs (before the first FROM), build args taking precedence over defaults. */
function globalArgs(model: DockerfileModel, buildArgs: Record<string, string>): Map<string, string | undefined> {
  const vals = new Map<string, string | undefined>();
  for (const ins of model.preamble) {
    if (ins.keyword !== 'ARG') continue;
    for (const arg of ins.args) {
      const text = arg.getValue();
      const eq = text.indexOf('=');
      const name = eq < 0 ? text : text.slice(0, eq);
      let value: string | undefined = eq < 0 ? undefined : wordValue(text.slice(eq + 1), model.escape).value;
      if (value !== undefined && value.includes('$')) value = substitute(value, vals);
      vals.set(name, value);
    }
  }
  for (const [k, v] of Object.entries(buildArgs)) if (vals.has(k)) vals.set(k, v);
  return vals;
}

/** Substitutes `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`; undefined when a value is unknown. */
export function substitute(word: string, vals: Map<string, string | undefined>): string | undefined {
  let out = '';
  let unknown = false;
  const re = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  let last = 0;
  for (let m = re.exec(word); m; m = re.exec(word)) {
    out += word.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1] ?? m[4];
    const op = m[2];
    const v = vals.get(name);
    const set = v !== undefined && (op?.startsWith(':') ? v !== '' : true);
    if (op === '-' || op === ':-') {
      out += set ? v : m[3];
    } else if (op === '+' || op === ':+') {
      out += set ? m[3] : '';
    } else if (v === undefined) {
      unknown = true;
    } else out += v;
  }
  out += word.slice(last);
  return unknown ? undefined : out;
}
