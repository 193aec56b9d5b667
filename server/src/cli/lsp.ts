// `slipway lsp --stdio` (and the `slipway-language-server` bin): the language server the VS Code extension runs,
// for any LSP client (Neovim, Helix, Zed, Emacs, Sublime Text…). It loads the same bundle, dist/server.js, in this
// process: the extension starts that file over IPC, other editors speak to it over stdin and stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERSION } from './version';

export const LSP_HELP = `Usage: slipway lsp --stdio [options]
       slipway-language-server [--stdio] [options]

Starts the Slipway language server (Dockerfiles, GitHub Actions workflows and action.yml, Compose files), the
one the VS Code extension runs, for any editor that speaks the Language Server Protocol. It talks over standard
input and output (--stdio, the default); --socket=<port>, --pipe=<name> and --node-ipc work too.

Options:
      --stdio                    talk over standard input and output (default)
      --no-scripts               never run ShellCheck and pyflakes on the scripts inside the files
      --shellcheck=<path>        the shellcheck executable (default: shellcheck on PATH)
      --pyflakes=<path>          the pyflakes executable (default: pyflakes3 on PATH)
  -h, --help                     this help
  -v, --version                  print the version

Settings: the client's initializationOptions, with the shape of VS Code's "slipway" settings object, e.g.
  { "rules": { "DL3008": "off" }, "dockerfile": { "enable": true }, "workflow": { "enable": true },
    "compose": { "enable": true }, "maxFileSize": 4, "scripts": { "enable": true },
    "format": { "ignoreMultilineInstructions": false } }
and workspace/didChangeConfiguration ({ "slipway": { … } }). Clients that answer workspace/configuration are
asked there instead. The project's .hadolint.yaml, .slipway.yaml and .github/actionlint.yaml are read as by
\`slipway lint\`; a change to one is seen when the client saves it (didSave) or, else, at the next lint.
Configurations for Neovim, Helix, Zed, Emacs and Sublime Text: README, "Other editors".
`;

const TRANSPORT = /^--(stdio|node-ipc|socket(=.+)?|pipe(=.+)?|clientProcessId(=.+)?)$/;
const OPTION = /^--(no-scripts|shellcheck=.+|pyflakes=.+)$/;

/** What `slipway lsp <args>` does: print something and stop, refuse an argument, or start the server with `argv`. */
export function lspCommand(args: string[]): { print: string; code: number } | { argv: string[] } {
  if (args.includes('-h') || args.includes('--help')) return { print: LSP_HELP, code: 0 };
  if (args.includes('-v') || args.includes('--version')) return { print: `slipway-language-server ${VERSION}\n`, code: 0 };
  // `--socket 6009` / `--pipe name`: the value may come as the next argument, as vscode-languageserver reads it.
  const argv: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === '--socket' || a === '--pipe' || a === '--clientProcessId') && args[i + 1] !== undefined) {
      argv.push(`${a}=${args[++i]}`);
      continue;
    }
    if (!TRANSPORT.test(a) && !OPTION.test(a)) return { print: `slipway lsp: unknown argument ${a}\n\n${LSP_HELP}`, code: 2 };
    argv.push(a);
  }
  if (!argv.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) argv.unshift('--stdio');
  return { argv };
}

/**
 * Starts the language server in this process (dist/server.js beside this bundle: dist/lsp.js, which the bins load
 * without the rest of the CLI, or dist/cli.js through `main`). It answers until the client closes the connection and
 * exits the process itself: the promise never settles.
 */
export function runLsp(args: string[], serverPath = path.join(__dirname, 'server.js')): Promise<number> {
  const c = lspCommand(args);
  if ('print' in c) {
    (c.code === 0 ? process.stdout : process.stderr).write(c.print);
    return Promise.resolve(c.code);
  }
  if (!fs.existsSync(serverPath)) {
    process.stderr.write(`slipway lsp: ${serverPath} is missing; run \`npm run build\`\n`);
    return Promise.resolve(2);
  }
  // The server reads its transport and options from the command line, as when the extension starts it.
  process.argv = [process.argv[0], serverPath, ...c.argv];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(serverPath);
  return new Promise<number>(() => undefined);
}
