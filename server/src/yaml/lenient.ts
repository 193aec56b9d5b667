// What GitHub's and Compose's YAML loaders accept beyond what the `yaml` package does, and how a document is read
// as they read them. libyaml and its ports (go-yaml, which Compose uses; PyYAML) never check how far the lines a
// quoted string continues on are indented, and neither does YamlDotNet, GitHub's loader, for single-quoted strings;
// GitHub reads double-quoted ones continued that way too (issue 14):
//
//     - run: "echo one
//      two"
//
// is the string `echo one two` to them, while `yaml` (following the YAML 1.2 spec) ends the string at the first line
// break and reads what follows as broken structure (five errors for these two lines). Parsing stays `yaml`'s: the
// text it is given has such continuation lines indented as far as the opening quote (which changes nothing in the
// string: a quoted string folds each line break and the indentation after it into one space), and the ranges of the
// Document and its errors are mapped back to the text as written.
import { parseDocument, Document, Scalar, YAMLError } from 'yaml';
import { isAlias, isCollection, isPair, isScalar } from './nodes';

/** Spaces inserted for the parser before offset `at` of the original text. */
interface Insertion {
  at: number;
  n: number;
}

/** A quoted string whose continuation lines GitHub accepts and `yaml` refuses (offsets of the original text). */
export interface LenientQuote {
  /** The opening quote. */
  open: number;
  /** Start and end (without the line break) of the first continuation line indented too little. */
  line: [number, number];
}

export interface LenientParse {
  doc: Document.Parsed;
  quotes: LenientQuote[];
}

/** At most this many strings are re-indented (each costs one more parse). */
const MAX_REPAIRS = 20;
/** A document with more errors than this is not repaired: it is broken beyond a continuation line or two. */
const MAX_ERRORS_TO_REPAIR = 100;

/**
 * The text the parser is given for `text`, of the same length: a lone CR (old Mac line ends, which GitHub's loader
 * and editors read as line breaks) becomes LF, which is all `yaml` takes for one. Offsets stay those of `text`.
 */
export function parserText(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/\r(?!\n)/g, '\n');
}

/**
 * Parses `text` as GitHub's loader reads it: quoted strings continued on lines indented too little for `yaml` are
 * re-indented for the parser (one at a time, each kept only when the text reads without error up to the end of the
 * string's closing line), and every range of the Document and its errors is mapped back to `text`.
 */
export function parseLenient(text: string, options: object): LenientParse {
  const base = parserText(text);
  let doc = parseDocument(base, options) as Document.Parsed;
  const quotes: LenientQuote[] = [];
  const insertions: Insertion[] = [];
  if (doc.errors.length === 0 || doc.errors.length > MAX_ERRORS_TO_REPAIR) return { doc, quotes };
  let patched = base;
  const tried = new Set<number>();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const repair = findRepair(doc, patched, insertions, tried);
    if (!repair) break;
    tried.add(repair.quote.open);
    const next = [...insertions, ...repair.insertions].sort((a, b) => a.at - b.at);
    const nextText = applyInsertions(base, next);
    const nextDoc = parseDocument(nextText, options) as Document.Parsed;
    // Kept only when no error is left before the end of the string's closing line: a stray quote closed by the next
    // quote further on reads as one string to a lenient loader too, and fails right after it.
    if (nextDoc.errors.some((e) => toOriginal(e.pos[0], next) <= repair.end)) continue;
    insertions.splice(0, insertions.length, ...next);
    patched = nextText;
    doc = nextDoc;
    quotes.push(repair.quote);
    if (doc.errors.length === 0) break;
  }
  if (insertions.length) remapRanges(doc, insertions);
  quotes.sort((a, b) => a.open - b.open);
  return { doc, quotes };
}

/** The first quoted string `yaml` cut at a line break that a lenient loader would read to its closing quote. */
function findRepair(doc: Document.Parsed, patched: string, insertions: Insertion[], tried: Set<number>): { quote: LenientQuote; insertions: Insertion[]; end: number } | undefined {
  const cuts = doc.errors.filter((e) => e.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(e.message));
  if (!cuts.length) return undefined;
  const scalars = quotedScalars(doc);
  for (const e of cuts) {
    // The string `yaml` cut ends where the error is.
    const s = scalars.find((n) => n.range && n.range[0] < e.pos[0] && e.pos[0] <= n.range[2]);
    if (!s?.range) continue;
    const open = s.range[0];
    const q = patched[open];
    if (q !== '"' && q !== "'") continue;
    const openOrig = toOriginal(open, insertions);
    if (tried.has(openOrig)) continue;
    const close = closingQuote(patched, open);
    if (close < 0) continue;
    // Continuation lines must reach the opening quote's column: deeper than the key the string belongs to.
    const lineStart = patched.lastIndexOf('\n', open) + 1;
    const want = open - lineStart;
    const add: Insertion[] = [];
    let first: [number, number] | undefined;
    for (let nl = patched.indexOf('\n', open); nl >= 0 && nl < close; nl = patched.indexOf('\n', nl + 1)) {
      const ls = nl + 1;
      let i = ls;
      while (patched[i] === ' ' || patched[i] === '\t') i++;
      // Blank lines are line breaks of the string whatever their indentation.
      if (i > close || patched[i] === '\n' || patched[i] === '\r') continue;
      if (i - ls >= want) continue;
      add.push({ at: toOriginal(ls, insertions), n: want - (i - ls) });
      if (!first) {
        let end = patched.indexOf('\n', ls);
        if (end < 0) end = patched.length;
        if (patched[end - 1] === '\r') end--;
        first = [toOriginal(ls, insertions), toOriginal(end, insertions)];
      }
    }
    if (!add.length || !first) continue;
    let closeLineEnd = patched.indexOf('\n', close);
    if (closeLineEnd < 0) closeLineEnd = patched.length;
    return { quote: { open: openOrig, line: first }, insertions: add, end: toOriginal(closeLineEnd, insertions) };
  }
  return undefined;
}

function quotedScalars(doc: Document.Parsed): Scalar[] {
  const out: Scalar[] = [];
  const walk = (n: unknown): void => {
    if (isScalar(n)) {
      if (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') out.push(n);
    } else if (isCollection(n)) {
      for (const it of n.items as unknown[]) walk(it);
    } else if (isPair(n)) {
      walk(n.key);
      walk(n.value);
    }
  };
  walk(doc.contents);
  return out;
}

/**
 * Where a lenient loader ends the quoted string opened at `open`: the next unescaped quote (`\"` escapes in double
 * quotes, `''` in single quotes). -1 when the string runs into a document marker or the end of the text: then it is
 * unterminated for every loader.
 */
function closingQuote(t: string, open: number): number {
  const q = t[open];
  for (let i = open + 1; i < t.length; i++) {
    const c = t[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && t[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
    if (c === '\n' && (t.startsWith('---', i + 1) || t.startsWith('...', i + 1)) && /^(?:[ \t\r\n]|$)/.test(t.slice(i + 4, i + 5))) return -1;
  }
  return -1;
}

function applyInsertions(text: string, insertions: Insertion[]): string {
  let out = '';
  let last = 0;
  for (const { at, n } of insertions) {
    out += text.slice(last, at) + ' '.repeat(n);
    last = at;
  }
  return out + text.slice(last);
}

/** The offset of the original text that parser offset `x` stands for (inserted spaces stand for their insertion point). */
function toOriginal(x: number, insertions: Insertion[]): number {
  let shift = 0;
  for (const { at, n } of insertions) {
    if (x < at + shift) break;
    if (x < at + shift + n) return at;
    shift += n;
  }
  return x - shift;
}

/** Maps the ranges of every node of `doc`, and of its errors and warnings, from the parser's text to the original. */
function remapRanges(doc: Document.Parsed, insertions: Insertion[]): void {
  // Parser offsets of the insertions and the total shift after each, for a binary search per offset.
  const starts: number[] = [];
  const after: number[] = [];
  let shift = 0;
  for (const { at, n } of insertions) {
    starts.push(at + shift);
    shift += n;
    after.push(shift);
  }
  const map = (x: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    // lo insertions start at or before x.
    if (lo === 0) return x;
    const k = lo - 1;
    if (x < starts[k] + insertions[k].n) return insertions[k].at;
    return x - after[k];
  };
  const fix = (r: number[] | undefined | null): void => {
    if (!r) return;
    for (let i = 0; i < r.length; i++) r[i] = map(r[i]);
  };
  const walk = (n: unknown): void => {
    if (isAlias(n) || isScalar(n)) fix(n.range);
    else if (isCollection(n)) {
      fix(n.range);
      for (const it of n.items as unknown[]) walk(it);
    } else if (isPair(n)) {
      walk(n.key);
      walk(n.value);
    }
  };
  walk(doc.contents);
  fix(doc.range as unknown as number[]);
  for (const e of [...doc.errors, ...doc.warnings] as YAMLError[]) fix(e.pos as unknown as number[]);
}
