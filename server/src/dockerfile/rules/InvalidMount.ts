import type { Fix, Range, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { logicalRange, parseInstruction } from '../syntax';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';

const TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const KEYS = [
  'type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw',
  'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env',
];
const BOOL = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

interface Field {
  text: string;
  /** Offset of the field in the flag value. */
  start: number;
  end: number;
}

/** Go encoding/csv, one record: comma-separated, `"…"` quoting with `""` escapes; a bare quote is an error. */
function csvFields(value: string): Field[] | string {
  const out: Field[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let text = '';
    if (value[i] === '"') {
      i++;
      for (;;) {
        if (i >= value.length) return 'extraneous or missing " in quoted-field';
        if (value[i] === '"') {
          if (value[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += value[i++];
      }
      if (i < value.length && value[i] !== ',') return 'extraneous or missing " in quoted-field';
    } else {
      while (i < value.length && value[i] !== ',') {
        if (value[i] === '"') return 'bare " in non-quoted-field';
        text += value[i++];
      }
    }
    out.push({ text, start, end: i });
    if (i >= value.length) return out;
    i++; // comma
  }
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidMount',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the key or type it suggests is a guess.' },
  docs: {
    summary: 'A `RUN --mount` has an unknown type or option, or an option its type does not take.',
    why:
      '`--mount` is a comma-separated list: `type=bind|cache|tmpfs|secret|ssh` plus options per type (`target`, ' +
      '`source`, `from`, `id`, `sharing=shared|private|locked`, `mode`, `uid`, `gid`, `required`, `size`). The builder ' +
      'rejects unknown keys and options the type does not take; a cache mount without `target` lands on the working directory.',
    bad: 'FROM python:3.12-slim\nRUN --mount=type=cache,taget=/root/.cache/pip pip install flask\n',
    good: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const p = parseInstruction(model, ins);
      for (const f of p.flags) {
        if (f.name !== 'mount' || f.value === undefined) continue;
        const flagRange = logicalRange(model, p.line, f.start, f.end);
        // Offsets of the written value: only map fields back when the value was not quoted or escaped as a whole.
        const written = p.line.text.slice(f.nameEnd + 1, f.end);
        const exact = written === f.value;
        const at = (s: number, e: number): Range => (exact ? logicalRange(model, p.line, f.nameEnd + 1 + s, f.nameEnd + 1 + e) : flagRange);
        const fields = csvFields(f.value);
        if (typeof fields === 'string') {
          report({ message: `Invalid --mount: ${fields}`, range: flagRange });
          continue;
        }
        let type = 'bind';
        let typeKnown = true;
        for (const fl of fields) {
          const eq = fl.text.indexOf('=');
          if (eq >= 0 && fl.text.slice(0, eq).toLowerCase() === 'type') {
            const v = fl.text.slice(eq + 1).toLowerCase();
            type = v;
            typeKnown = !v.includes('$');
          }
        }
        const seen = new Map<string, string>();
        let bad = false;
        const fail = (message: string, range: Range, fixes?: Fix[]) => {
          bad = true;
          report({ message: `Invalid --mount: ${message}`, range, fixes });
        };
        for (const fl of fields) {
          const eq = fl.text.indexOf('=');
          const key = (eq >= 0 ? fl.text.slice(0, eq) : fl.text).toLowerCase();
          const value = eq >= 0 ? fl.text.slice(eq + 1) : undefined;
          const keyRange = at(fl.start, fl.start + (eq >= 0 ? eq : fl.text.length));
          const valueRange = at(fl.start + eq + 1, fl.end);
          if (!KEYS.includes(key)) {
            if (!fl.text) continue;
            const guess = closest(key, KEYS);
            fail(
              `unexpected key '${key}'${didYouMean(guess, 'dockerfile')}`,
              keyRange,
              exact ? suggestionFix(keyRange, guess) : undefined,
            );
            continue;
          }
          seen.set(key, value ?? '');
          if (value === undefined) {
            if (['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
            if (key === 'required') {
              if (typeKnown && type !== 'secret' && type !== 'ssh') fail(`'required' is only for secret and ssh mounts, not ${type}`, keyRange);
              continue;
            }
            fail(`'${fl.text}' must be a key=value pair`, keyRange);
            continue;
          }
          if (key === 'from' && value.includes('$')) {
            fail("'from' doesn't support variable expansion, define an alias stage instead", valueRange);
            continue;
          }
          // Options a type does not take are rejected whatever their value.
          if (typeKnown) {
            if (key === 'required' && type !== 'secret' && type !== 'ssh') fail(`'required' is only for secret and ssh mounts, not ${type}`, keyRange);
            else if (key === 'size' && type !== 'tmpfs') fail(`'size' is only for tmpfs mounts, not ${type}`, keyRange);
            else if (key === 'sharing' && type !== 'cache') fail(`'sharing' is only for cache mounts, not ${type}`, keyRange);
            else if ((key === 'mode' || key === 'uid' || key === 'gid') && !['secret', 'ssh', 'cache'].includes(type)) {
              fail(`'${key}' is not allowed for ${type} mounts`, keyRange);
            } else if (key === 'env' && type !== 'secret') fail(`'env' is only for secret mounts, not ${type}`, keyRange);
            else if (key === 'from' && type === 'secret') fail('a secret mount has no from', keyRange);
          }
          if (value.includes('$')) continue;
          const lower = value.toLowerCase();
          switch (key) {
            case 'type':
              if (!TYPES.includes(lower)) {
                const guess = closest(lower, TYPES);
                fail(
                  `unsupported mount type "${value}"${didYouMean(guess, 'dockerfile')}; use ${TYPES.join(', ')}`,
                  valueRange,
                  exact ? suggestionFix(valueRange, guess) : undefined,
                );
                typeKnown = false;
              }
              break;
            case 'sharing':
              if (!SHARING.includes(lower)) fail(`unsupported sharing value "${value}"; use ${SHARING.join(', ')}`, valueRange);
              break;
            case 'readonly':
            case 'ro':
            case 'readwrite':
            case 'rw':
            case 'required':
              if (!BOOL.test(value)) fail(`invalid value for ${key}: ${value}`, valueRange);
              break;
            case 'mode':
              if (!/^[0-7]+$/.test(value)) fail(`invalid value ${value} for mode (octal, e.g. 0600)`, valueRange);
              break;
            case 'uid':
            case 'gid':
              if (!/^\d+$/.test(value)) fail(`invalid value ${value} for ${key} (a number)`, valueRange);
              break;
            case 'size':
              if (!/^\d+(\.\d+)?\s*([kmgtp]i?b?|b)?$/i.test(value)) fail(`invalid value for size: ${value}`, valueRange);
              break;
          }
        }
        if (bad || !typeKnown) continue;
        const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
        if (type === 'secret') {
          const source = seen.get('source') ?? seen.get('src');
          if (!source && !target && !seen.get('id') && !seen.get('env')) fail('a secret mount needs id= (or target=)', flagRange);
          else if (source && seen.get('id')) fail("a secret mount can't set both source and id", flagRange);
        } else if ((type === 'cache' || type === 'tmpfs') && !target) {
          // Without a target the mount lands on the working directory (an error when that is `/`). For bind mounts
          // that is a common idiom (`--mount=from=stage` over WORKDIR); for a cache or tmpfs it hides the sources.
          report({ message: `Invalid --mount: a ${type} mount without target= is mounted over the working directory`, range: flagRange, severity: 'warning' });
        }
      }
    }
  },
  tests: [
    {
      name: 'misspelt key',
      input: 'FROM alpine\nRUN --mount=type=cache,taget=/root/.cache echo\n',
      expect: [{ line: 2, col: 24, message: "Invalid --mount: unexpected key 'taget' (did you mean target?)" }],
      fixed: 'FROM alpine\nRUN --mount=type=cache,target=/root/.cache echo\n',
    },
    {
      name: 'unknown type',
      input: 'FROM alpine\nRUN --mount=type=cahce,target=/x echo\n',
      expect: [{ line: 2, col: 18, message: 'Invalid --mount: unsupported mount type "cahce" (did you mean cache?); use bind, cache, tmpfs, secret, ssh' }],
      fixed: 'FROM alpine\nRUN --mount=type=cache,target=/x echo\n',
    },
    { name: 'cache without target', input: 'FROM alpine\nRUN --mount=type=cache,id=pip echo\n', expect: [{ line: 2, col: 5, message: 'Invalid --mount: a cache mount without target= is mounted over the working directory', severity: 'warning' }] },
    { name: 'bind without target mounts over WORKDIR', input: 'FROM alpine\nWORKDIR /work\nRUN --mount=from=0 tar czf /out.tgz .\nRUN --mount=source=. ls\n', expect: [] },
    { name: 'sharing value', input: 'FROM alpine\nRUN --mount=type=cache,target=/x,sharing=exclusive echo\n', expect: [{ line: 2, col: 42, message: 'Invalid --mount: unsupported sharing value "exclusive"; use shared, private, locked' }] },
    { name: 'sharing on bind', input: 'FROM alpine\nRUN --mount=type=bind,target=/x,sharing=locked echo\n', expect: [{ line: 2, col: 33, message: "Invalid --mount: 'sharing' is only for cache mounts, not bind" }] },
    { name: 'required on cache', input: 'FROM alpine\nRUN --mount=type=cache,target=/x,required echo\n', expect: [{ line: 2, col: 34, message: "Invalid --mount: 'required' is only for secret and ssh mounts, not cache" }] },
    { name: 'mode on bind', input: 'FROM alpine\nRUN --mount=type=bind,target=/x,mode=0644 echo\n', expect: [{ line: 2, col: 33, message: "Invalid --mount: 'mode' is not allowed for bind mounts" }] },
    { name: 'mode not octal', input: 'FROM alpine\nRUN --mount=type=secret,id=x,mode=0999 echo\n', expect: [{ line: 2, col: 35, message: 'Invalid --mount: invalid value 0999 for mode (octal, e.g. 0600)' }] },
    { name: 'size on cache', input: 'FROM alpine\nRUN --mount=type=cache,target=/x,size=1g echo\n', expect: [{ line: 2, col: 34, message: "Invalid --mount: 'size' is only for tmpfs mounts, not cache" }] },
    { name: 'secret without id', input: 'FROM alpine\nRUN --mount=type=secret,required echo\n', expect: [{ line: 2, col: 5, message: 'Invalid --mount: a secret mount needs id= (or target=)' }] },
    { name: 'secret with from', input: 'FROM alpine\nRUN --mount=type=secret,id=a,from=b echo\n', expect: [{ line: 2, col: 30, message: 'Invalid --mount: a secret mount has no from' }] },
    { name: 'bare key', input: 'FROM alpine\nRUN --mount=type=bind,target=/x,cached echo\n', expect: [{ line: 2, col: 33, message: "Invalid --mount: unexpected key 'cached'" }] },
    { name: 'from with variable', input: 'FROM alpine\nARG S=x\nRUN --mount=from=$S,target=/x echo\n', expect: [{ line: 3, col: 18, message: "Invalid --mount: 'from' doesn't support variable expansion, define an alias stage instead" }] },
    { name: 'bad bool', input: 'FROM alpine\nRUN --mount=type=bind,target=/x,rw=yes echo\n', expect: [{ line: 2, col: 36, message: 'Invalid --mount: invalid value for rw: yes' }] },
    { name: 'bare quote', input: 'FROM alpine\nRUN --mount=\'type=bind,target=/x"y\' echo\n', expect: [{ line: 2, col: 5, message: 'Invalid --mount: bare " in non-quoted-field' }] },
    {
      name: 'valid mounts',
      input:
        'FROM alpine AS deps\nFROM alpine\n' +
        'RUN --mount=type=cache,target=/root/.cache/pip,sharing=locked,id=pip,mode=0755,uid=1000,gid=1000 echo\n' +
        'RUN --mount=type=bind,from=deps,source=/out,target=/in,rw echo\n' +
        'RUN --mount=type=bind,src=.,dst=/src,readonly=false echo\n' +
        'RUN --mount=type=tmpfs,target=/tmp,size=512m echo\n' +
        'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,mode=0400 echo\n' +
        'RUN --mount=type=secret,id=token,env=TOKEN echo\n' +
        'RUN --mount=type=ssh echo\nRUN --mount=type=ssh,id=default,required echo\n' +
        'RUN --mount=type=cache,target=/x,from=deps,source=/cache echo\n' +
        'RUN --mount=TYPE=CACHE,TARGET=/x echo\n',
      expect: [],
    },
    { name: 'variables', input: 'FROM alpine\nARG T=/x\nRUN --mount=type=cache,target=$T,sharing=${SHARE} echo\n', expect: [] },
    { name: 'quoted csv field', input: 'FROM alpine\nRUN --mount="type=bind,target=/a b" echo\n', expect: [] },
    { name: 'no mount', input: 'FROM alpine\nRUN echo --mount=type=foo\n', expect: [] },
    { name: 'heredoc', input: 'FROM alpine\nRUN --mount=type=cache,target=/x <<EOF\necho\nEOF\n', expect: [] },
  ],
};

export default rule;
