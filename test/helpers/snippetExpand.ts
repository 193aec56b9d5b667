// TextMate / VS Code snippet syntax, expanded with every placeholder at its default: what the user gets when they
// accept a snippet and press Tab through it without typing.
//
//   $1 ${1} ${1:default ${2:nested}} ${1|first,second|} $0 $TM_FILENAME ${TM_FILENAME:default} ${VAR/re/fmt/flags}
//   \$ \} \\ escape; inside a choice \, and \| too; a backslash before anything else is itself.
//
// A tab stop repeated without a default mirrors the first default given for it (`${1:app} … $1` → `app … app`).

export interface Expansion {
  text: string;
  /** Tab stop numbers in the order they appear (0 included). */
  tabstops: number[];
  /** Variables the body used ($NAME), resolved from `variables`. */
  variables: string[];
}

export class SnippetSyntaxError extends Error {}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: Node[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | undefined; transform?: { regex: string; format: string; flags: string } };

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  /** Parses until the end (top level) or an unescaped `}` (inside a placeholder). */
  parse(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === '\\') {
        const n = this.s[this.pos + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          this.pos += 2;
        } else {
          text += c;
          this.pos++;
        }
        continue;
      }
      if (inside && c === '}') {
        flush();
        return nodes;
      }
      if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
        text += c;
        this.pos++;
        continue;
      }
      text += c;
      this.pos++;
    }
    if (inside) throw new SnippetSyntaxError(`unclosed placeholder in ${JSON.stringify(this.s.slice(0, 80))}`);
    flush();
    return nodes;
  }

  private dollar(): Node | undefined {
    const rest = this.s.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: undefined };
    }
    m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'variable', name: m[1], children: undefined };
    }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      const index = Number(m[1]);
      this.pos += m[0].length;
      const c = this.s[this.pos];
      if (c === '}') {
        this.pos++;
        return { kind: 'tabstop', index, children: undefined };
      }
      if (c === ':') {
        this.pos++;
        const children = this.parse(true);
        this.pos++; // }
        return { kind: 'tabstop', index, children };
      }
      if (c === '|') {
        this.pos++;
        const options: string[] = [];
        let cur = '';
        for (;;) {
          const ch = this.s[this.pos];
          if (ch === undefined) throw new SnippetSyntaxError('unclosed choice');
          if (ch === '\\' && /[$}\\,|]/.test(this.s[this.pos + 1] ?? '')) {
            cur += this.s[this.pos + 1];
            this.pos += 2;
          } else if (ch === ',') {
            options.push(cur);
            cur = '';
            this.pos++;
          } else if (ch === '|' && this.s[this.pos + 1] === '}') {
            options.push(cur);
            this.pos += 2;
            return { kind: 'choice', index, options };
          } else {
            cur += ch;
            this.pos++;
          }
        }
      }
      throw new SnippetSyntaxError(`bad placeholder at ${JSON.stringify(rest.slice(0, 20))}`);
    }
    m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (m) {
      const name = m[1];
      this.pos += m[0].length;
      const c = this.s[this.pos];
      if (c === '}') {
        this.pos++;
        return { kind: 'variable', name, children: undefined };
      }
      if (c === ':') {
        this.pos++;
        const children = this.parse(true);
        this.pos++;
        return { kind: 'variable', name, children };
      }
      if (c === '/') {
        const parts: string[] = ['', '', ''];
        this.pos++;
        for (let i = 0; i < 3; ) {
          const ch = this.s[this.pos];
          if (ch === undefined) throw new SnippetSyntaxError('unclosed transform');
          if (ch === '\\' && this.s[this.pos + 1] !== undefined) {
            parts[i] += ch + this.s[this.pos + 1];
            this.pos += 2;
          } else if (ch === '/' && i < 2) {
            i++;
            this.pos++;
          } else if (ch === '}' && i === 2) {
            this.pos++;
            break;
          } else {
            parts[i] += ch;
            this.pos++;
          }
        }
        return { kind: 'variable', name, children: undefined, transform: { regex: parts[0], format: parts[1], flags: parts[2] } };
      }
      throw new SnippetSyntaxError(`bad variable at ${JSON.stringify(rest.slice(0, 20))}`);
    }
    return undefined; // a lone `$`, or `${` followed by something else: literal
  }
}

/** Expands a snippet body (a string or VS Code's array of lines) with every placeholder at its default. */
export function expandSnippet(body: string | string[], variables: Record<string, string> = {}): Expansion {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const nodes = new Parser(source).parse(false);
  const defaults = new Map<number, string>();
  const tabstops: number[] = [];
  const used: string[] = [];
  // First pass: the default of each tab stop is the first non-empty definition.
  const collect = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && n.children && !defaults.has(n.index)) defaults.set(n.index, render(n.children));
      if (n.kind === 'choice' && !defaults.has(n.index)) defaults.set(n.index, n.options[0] ?? '');
      if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) collect(n.children);
    }
  };
  const render = (ns: Node[]): string =>
    ns
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'tabstop':
            return n.children ? render(n.children) : (defaults.get(n.index) ?? '');
          case 'choice':
            return n.options[0] ?? '';
          case 'variable': {
            const v = variables[n.name];
            if (v === undefined) {
              if (n.children) return render(n.children);
              // VS Code turns an unknown variable into a placeholder named after it: almost always a snippet bug
              // (a shell or Dockerfile `$VAR` that should have been written `\$VAR`).
              throw new SnippetSyntaxError(`unknown variable $${n.name} (escape a literal dollar as \\$)`);
            }
            if (!n.transform) return v;
            const re = new RegExp(n.transform.regex, n.transform.flags);
            return v.replace(re, (...m) => n.transform!.format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_, a, b) => m[Number(a ?? b)] ?? ''));
          }
        }
      })
      .join('');
  const walk = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' || n.kind === 'choice') tabstops.push(n.index);
      if (n.kind === 'variable') used.push(n.name);
      if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) walk(n.children);
    }
  };
  collect(nodes);
  walk(nodes);
  return { text: render(nodes), tabstops, variables: used };
}
