// A minimal reader of `.env` files as Compose reads them (Docker's "Syntax for environment files" page, compose-go's
// dotenv format): one `KEY=VALUE` (or `KEY: VALUE`) a statement, an optional `export ` before the key, `#` comment
// lines, values in single quotes taken literally (but for `\'`), values in double quotes with the `\n`, `\r`, `\t`
// and `\\` escapes and escaped quotes (and spanning lines), unquoted values trimmed and cut at ` #` (an inline
// comment needs a blank before it: `a#b` is the value), and a bare `KEY` inheriting the shell's value. What it
// leaves out: `${VAR}` inside values is kept as written (Compose expands it from earlier keys and the shell); the
// reader never fails — a line it can't read is skipped.
//
// Why not a package: the npm readers checked (2026-12: dotenv 18, dotenv-expand, envfile 7, parse-dotenv 2) return a
// name-to-value object, with no line for each key (hover, completion and go to definition need it), and read
// another dialect: `dotenv` cuts unquoted values at any `#` (`a#b` becomes `a`), takes backtick quotes, drops a
// bare `KEY` and leaves `\'` and `\t` as written (`dotenv-expand` works on its output); `envfile` keeps inline
// comments in the value, knows no `export` and unescapes only `\n`.
export interface EnvEntry {
  name: string;
  /** The value as Compose reads it (quotes removed, escapes of double quotes applied); undefined for a bare `KEY`. */
  value: string | undefined;
  /** 0-based line of the key. */
  line: number;
}

const NAME = /^[\p{L}\p{N}_.]+$/u;

/** Escapes of double-quoted values that stand for another character (the others stand for the character escaped). */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

export function parseDotenv(text: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let s = lines[i].trim();
    if (!s || s.startsWith('#')) continue;
    if (/^export\s/.test(s)) s = s.slice(6).trimStart();
    const m = /^([^=:\s]+)\s*([=:])?\s*(.*)$/.exec(s);
    if (!m || !NAME.test(m[1])) continue;
    const name = m[1];
    if (!m[2]) {
      if (m[3] === '') out.push({ name, value: undefined, line: i });
      continue;
    }
    let raw = m[3];
    const q = raw[0];
    if (q === '"' || q === "'") {
      // A quoted value ends at the next unescaped quote, on this line or a later one.
      let body = raw.slice(1);
      let end = closingQuote(body, q);
      const start = i;
      while (end < 0 && i + 1 < lines.length) {
        i++;
        body += '\n' + lines[i];
        end = closingQuote(body, q);
      }
      if (end < 0) continue; // unterminated: Compose refuses the file; nothing to offer
      let value = body.slice(0, end);
      value = q === '"' ? value.replace(/\\([nrt"\\$`])/g, (_, c: string) => ESCAPES[c] ?? c) : value.replace(/\\'/g, "'");
      out.push({ name, value, line: start });
      continue;
    }
    const hash = raw.search(/\s#/);
    if (hash >= 0) raw = raw.slice(0, hash);
    out.push({ name, value: raw.trimEnd(), line: i });
  }
  return out;
}

function closingQuote(s: string, q: string): number {
  for (let j = 0; j < s.length; j++) if (s[j] === q && s[j - 1] !== '\\') return j;
  return -1;
}

/** The last entry of each name (a later line overrides an earlier one, as in Compose). */
export function dotenvMap(text: string): Map<string, EnvEntry> {
  const m = new Map<string, EnvEntry>();
  for (const e of parseDotenv(text)) m.set(e.name, e);
  return m;
}
