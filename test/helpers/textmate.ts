// Tokenizes text with the extension's TextMate grammars the way VS Code does (vscode-textmate + the oniguruma
// WebAssembly build), with the real shell and YAML grammars (from the tm-grammars package) for embedded languages.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';

const REPO = path.resolve(__dirname, '../../..');

const GRAMMARS: Record<string, string> = {
  'source.dockerfile.slipway': path.join(REPO, 'syntaxes/dockerfile.tmLanguage.json'),
  'source.github-actions-workflow.slipway': path.join(REPO, 'syntaxes/github-actions-workflow.tmLanguage.json'),
  'source.github-actions-workflow.slipway.injection': path.join(REPO, 'syntaxes/github-actions-expression.tmLanguage.json'),
  'source.dockercompose': path.join(REPO, 'syntaxes/dockercompose.tmLanguage.json'),
  'source.shell': path.join(REPO, 'node_modules/tm-grammars/grammars/shellscript.json'),
  'source.yaml': path.join(REPO, 'node_modules/tm-grammars/grammars/yaml.json'),
};

/** Which grammars inject into which scope, from package.json's `injectTo`. */
function injections(): Record<string, string[]> {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const out: Record<string, string[]> = {};
  for (const g of pkg.contributes.grammars as { scopeName: string; injectTo?: string[] }[]) for (const to of g.injectTo ?? []) (out[to] ??= []).push(g.scopeName);
  return out;
}

let registry: Registry | undefined;

function getRegistry(): Registry {
  if (registry) return registry;
  const wasm = fs.readFileSync(path.join(REPO, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  const ready = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const inj = injections();
  registry = new Registry({
    onigLib: ready.then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    })),
    loadGrammar: async (scopeName) => {
      const file = GRAMMARS[scopeName];
      if (!file) return null;
      return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName) => inj[scopeName],
  });
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const g = await getRegistry().loadGrammar(scopeName);
  if (!g) throw new Error(`no grammar ${scopeName}`);
  return g;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

/** Tokens of every line (1-based line numbers), with their full scope stacks. */
export function tokenize(grammar: IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let state = INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i + 1, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

/** A readable dump, one token a line, for assertion messages. */
export function dump(tokens: Token[]): string {
  return tokens.map((t) => `${t.line} ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n');
}
