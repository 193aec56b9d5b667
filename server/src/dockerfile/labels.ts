/**
 * Labels and hadolint's `label-schema` (`.hadolint.yaml`): the LABEL pairs of a Dockerfile with their positions, the
 * schema as the rules read it, and the value formats a schema can ask for (DL3049–DL3058, except DL3057).
 */
import { LABEL_TYPES, type LabelType, type Range, type RuleContext } from '../engine/types';
import spdxJson from './data/spdx-ids.json';
import type { DockerfileModel, DfInstruction } from './model';
import { memoKey } from '../engine/memo';


export interface LabelPair {
  ins: DfInstruction;
  /** The key as the builder stores it (quotes removed). */
  key: string;
  /** The value as the builder stores it (quotes and escapes removed); null when none is written. */
  value: string | null;
  /** The value refers to a variable (`$VERSION`): only known at build time. */
  dynamic: boolean;
  keyRange: Range;
  /** Where the value is written (empty at the `=` for `key=`). */
  valueRange: Range;
}

const PAIRS = memoKey<LabelPair[]>('labels:pairs');

/** Every `key=value` of the document's LABEL instructions, in order (ONBUILD LABEL triggers label other images). */
export function labelPairs(model: DockerfileModel): LabelPair[] {
  return model.memoize(PAIRS, () => {
    const out: LabelPair[] = [];
    for (const ins of model.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of ins.properties) {
        const key = p.getName().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
        const valueRange = p.getValueRange() ?? { start: p.getNameRange().end, end: p.getNameRange().end };
        const value = p.getValue();
        out.push({ ins, key, value, dynamic: model.textOf(valueRange).includes('$'), keyRange: p.getNameRange(), valueRange });
      }
    }
    return out;
  });
}

/** The schema's labels and their types (entries of an unknown type are left out: the config loader reports them). */
export function labelSchema(schema: Record<string, unknown> | undefined): Map<string, LabelType> {
  const out = new Map<string, LabelType>();
  for (const [key, type] of Object.entries(schema ?? {})) {
    const t = typeof type === 'string' ? type.trim().toLowerCase() : '';
    if ((LABEL_TYPES as readonly string[]).includes(t)) out.set(key, t as LabelType);
  }
  return out;
}

/**
 * The check of the format rules: every literal value of a label the schema gives type `type` that `valid` rejects is
 * reported on the value, with `message(key)` and the value quoted.
 */
export function checkLabelFormat(ctx: RuleContext<DockerfileModel>, type: LabelType, valid: (value: string) => boolean, message: (key: string) => string): void {
  const schema = labelSchema(ctx.options.labelSchema);
  if (![...schema.values()].includes(type)) return;
  for (const p of labelPairs(ctx.model)) {
    if (schema.get(p.key) !== type || p.dynamic || !p.value) continue;
    if (!valid(p.value)) ctx.report({ message: `${message(p.key)}: \`${p.value}\``, range: p.valueRange });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Value formats
// ---------------------------------------------------------------------------------------------------------

/** An absolute URI (RFC 3986): a scheme, then only URI characters; http(s) and ftp need a host. */
export function isUrl(v: string): boolean {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)$/.exec(v);
  if (!m || /%(?![0-9A-Fa-f]{2})/.test(v)) return false;
  if (/^(https?|ftp)$/i.test(m[1])) return /^\/\/[^/?#]+/.test(m[2]);
  return m[2].length > 0;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An RFC 3339 date-time: `2024-05-01T12:30:00Z`, with fractional seconds or an offset (`+02:00`); `T` may be a space. */
export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  return m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
}

/** A git commit id: 7 to 40 lower-case hex digits (abbreviated or full SHA-1), or 64 (SHA-256 repositories). */
export function isGitHash(v: string): boolean {
  return /^[0-9a-f]{7,40}$/.test(v) || /^[0-9a-f]{64}$/.test(v);
}

const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

/** A Semantic Versioning 2.0.0 version: `1.2.3`, `1.0.0-rc.1`, `1.0.0+build.5` (no `v` prefix). */
export function isSemver(v: string): boolean {
  return SEMVER.test(v);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")@(?:${LABEL}(?:\\.${LABEL})*|\\[[^\\[\\]\\\\\\s]+\\])$`);

/** An e-mail address (RFC 5322 addr-spec): `team@example.com`; not a display name with `<…>`. */
export function isEmail(v: string): boolean {
  return v.length <= 254 && EMAIL.test(v);
}

const SPDX_LICENSES = new Set((spdxJson as { licenses: string[] }).licenses.map((x) => x.toLowerCase()));
const SPDX_EXCEPTIONS = new Set((spdxJson as { exceptions: string[] }).exceptions.map((x) => x.toLowerCase()));
const REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/**
 * A license identifier of the SPDX License List (`MIT`, `Apache-2.0`, matched without regard to case as SPDX
 * specifies), or an SPDX license expression (`MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`,
 * `LicenseRef-Proprietary`): what `org.opencontainers.image.licenses` holds.
 */
export function isSpdx(v: string): boolean {
  const tokens = v.match(/\(|\)|[^\s()]+/g) ?? [];
  if (!tokens.length) return false;
  let i = 0;
  const op = (name: string): boolean => {
    const t = tokens[i];
    if (t === name || t === name.toLowerCase()) return (i++, true);
    return false;
  };
  const simple = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t === '(') {
      i++;
      return or() && tokens[i++] === ')';
    }
    if (/^(and|or|with)$/i.test(t) || t === ')') return false;
    i++;
    if (!(REF.test(t) || SPDX_LICENSES.has(t.toLowerCase()) || (t.endsWith('+') && SPDX_LICENSES.has(t.slice(0, -1).toLowerCase())))) return false;
    if (op('WITH')) return i < tokens.length && SPDX_EXCEPTIONS.has(tokens[i++].toLowerCase());
    return true;
  };
  const and = (): boolean => {
    if (!simple()) return false;
    while (op('AND')) if (!simple()) return false;
    return true;
  };
  const or = (): boolean => {
    if (!and()) return false;
    while (op('OR')) if (!and()) return false;
    return true;
  };
  return or() && i === tokens.length;
}
