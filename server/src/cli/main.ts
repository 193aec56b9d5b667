// `slipway` command line: the same engine as the language server, for shells and CI jobs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleLanguages } from '../engine/lint';
import { parseSeverity } from '../engine/config';
import { ruleIds } from '../engine/types';
import type { Language, Severity } from '../engine/types';
import { Format, FORMATS, formatReport, isFormat } from './formats';
import { visible } from './format';
import { JobError, runLintJob } from './run';
import { runFixes } from './fix';
import { writeDocs } from '../docs';
import { runLsp } from './lsp';
import { VERSION } from './version';
import { DEFAULT_MAX_FILE_MB, formatMb, mbToBytes } from '../engine/regularFile';

export { VERSION };

const HELP = `Usage: slipway lint [options] [paths, directories or globs…]
       slipway lint [options] - --stdin-filename <name>

Lints Dockerfiles, GitHub Actions workflows (.github/workflows/*.yml, action.yml) and Compose files.
With no path, the current directory is searched. \`-\` reads one file from standard input.

Options:
  -f, --format <format>          text (default), json, sarif (SARIF 2.1.0 for code scanning),
                                 github (workflow commands: annotations), checkstyle (XML),
                                 codeclimate (GitLab Code Quality), junit (JUnit XML), sonarqube
                                 (generic issue import), rdjson or rdjsonl (reviewdog)
  -o, --output-file <file>       write the report to a file instead of standard output
      --language <lang>          treat every file as dockerfile, workflow, action, compose or config
      --stdin-filename <name>    the name standard input is linted as (language, config lookup)
  -c, --config <file>            a .hadolint.yaml, actionlint.yaml or .slipway.yaml to use instead of the nearest ones
  -t, --severity-threshold <s>   exit 1 when a finding is at least this severe: error, warning, info, hint
                                 (default: error, or failure-threshold from .hadolint.yaml)
      --ignore <id,…>            rule ids to turn off (repeatable)
      --max-file-size <MB>       refuse files larger than this (default ${DEFAULT_MAX_FILE_MB}); only regular files are read
      --shellcheck <path>        the shellcheck executable (default: shellcheck on PATH)
      --pyflakes <path>          the pyflakes executable (default: pyflakes3 on PATH)
      --no-scripts               do not run ShellCheck and pyflakes on the scripts inside the files
      --fix                      apply the safe quick fixes to the files (repeated until none applies), then report
                                 what remains; fixes that overlap are left out and named on standard error
      --fix-dry-run              print the safe fixes as a unified diff and write nothing (exit 1 when a file
                                 would change, else 0)
      --no-color                 plain text output
  -h, --help                     this help
  -v, --version                  print the version

Other commands:
  slipway rules [--format json]  list every rule with its id, language, default severity and summary
  slipway lsp --stdio            the language server, for any LSP client (\`slipway lsp --help\`)

Scripts inside the files (RUN and heredocs, run: steps, Compose commands) are checked with ShellCheck and,
for \`shell: python\` steps, pyflakes, when they are installed (Debian/Ubuntu: apt-get install shellcheck
pyflakes3; macOS: brew install shellcheck; pip install pyflakes). Without them everything else is linted.
ShellCheck's findings carry its codes as rule ids, listed once as ShellCheck by \`slipway rules\`: each code can
be turned off or given a severity on its own (--ignore SC2086; .slipway.yaml rules: { SC2086: off }; VS Code
"slipway.rules": { "SC2086": "off" }). The common codes: docs/rules/ShellCheck.md.

A fix is safe when the fixed file does what the original does wherever the original works (instruction casing,
ENV key=value, exec form that runs the same program, a flag the builder ignores…); the others (did-you-mean
suggestions, new flags or commands, changed values) need judgement and stay quick fixes in the editor. Each rule's
page in docs/rules says which kind its fix is. ShellCheck's fixes are never applied by --fix.

Exit status: 0 no finding at or above the threshold, 1 findings at or above it, 2 usage or file errors.
`;

interface Options {
  format: Format;
  output?: string;
  stdinFilename?: string;
  language?: Language;
  config?: string;
  threshold?: Severity;
  ignore: string[];
  maxFileBytes: number;
  color: boolean;
  paths: string[];
  /** Executables of the script analysers; `scripts: false` runs none. */
  tools: { shellcheck?: string; pyflakes?: string };
  scripts: boolean;
  /** `--fix` writes the safe fixes, `--fix-dry-run` prints them as a diff. */
  fix?: 'write' | 'dry-run';
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', ignore: [], maxFileBytes: mbToBytes(DEFAULT_MAX_FILE_MB), color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [], tools: {}, scripts: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-f':
      case '--format': {
        const v = value();
        if (!isFormat(v)) throw new UsageError(`unknown format "${v}" (${FORMATS.join(', ')})`);
        o.format = v;
        break;
      }
      case '-o':
      case '--output-file':
        o.output = value();
        break;
      case '--stdin-filename':
        o.stdinFilename = value();
        break;
      case '--language': {
        const v = value();
        if (!['dockerfile', 'workflow', 'action', 'compose', 'config'].includes(v)) throw new UsageError(`unknown language "${v}"`);
        o.language = v as Language;
        break;
      }
      case '-c':
      case '--config':
        o.config = value();
        break;
      case '-t':
      case '--severity-threshold':
      case '--failure-threshold': {
        const v = value();
        const s = parseSeverity(v);
        if (!s || s === 'off') throw new UsageError(`unknown severity "${v}" (error, warning, info, hint)`);
        o.threshold = s;
        break;
      }
      case '--ignore':
        o.ignore.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--max-file-size': {
        const v = value();
        const mb = Number(v);
        if (!v.trim() || !Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size needs a positive number of MB (got "${v}")`);
        o.maxFileBytes = mbToBytes(mb);
        break;
      }
      case '--shellcheck':
      case '--pyflakes': {
        const v = value();
        if (!v.trim()) throw new UsageError(`${name} needs the path of an executable`);
        o.tools[name === '--shellcheck' ? 'shellcheck' : 'pyflakes'] = v;
        break;
      }
      case '--no-scripts':
        o.scripts = false;
        break;
      case '--fix':
      case '--fix-dry-run':
        if (o.fix && o.fix !== (name === '--fix' ? 'write' : 'dry-run')) throw new UsageError('--fix and --fix-dry-run cannot be used together');
        o.fix = name === '--fix' ? 'write' : 'dry-run';
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.paths.push(a);
    }
  }
  return o;
}

/** Blocks the thread for `ms` (a pause between reads of a non-blocking standard input that has nothing yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Standard input, up to `maxBytes`: `slipway lint - < /dev/zero` must stop, not fill the memory. Reads the
 * descriptor itself because fs.readFileSync(0) has no limit; EAGAIN (stdin left non-blocking by a parent) is waited out.
 */
function readStdin(maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break; // Windows: a closed pipe
      throw new JobError(`cannot read standard input: ${(e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > maxBytes) throw new JobError(`standard input: too large: over the ${formatMb(maxBytes)} limit (max-file-size)`);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

async function runLint(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  const cwd = process.cwd();
  // Warnings quote file content (a config value, a path): shown `visible`, like the text report.
  const warn = (m: string) => process.stderr.write(`slipway: ${visible(m)}\n`);
  if (o.stdinFilename && !o.paths.length) o.paths.push('-'); // a name for stdin and no path: read stdin
  if (o.fix && (o.paths.includes('-') || o.stdinFilename)) throw new UsageError(`--fix${o.fix === 'dry-run' ? '-dry-run' : ''} works on files, not on standard input`);
  let run;
  try {
    if (o.fix) {
      const job = { paths: o.paths, cwd, language: o.language, config: o.config, ignore: o.ignore, maxFileBytes: o.maxFileBytes, warn };
      const fixed = await runFixes(job, o.fix === 'write');
      for (const m of fixed.messages) warn(m);
      if (o.fix === 'dry-run') return writeReport(o, cwd, fixed.diff, warn) ?? (fixed.changed.length ? 1 : 0);
      if (fixed.changed.length) warn(`fixed ${fixed.fixes} problem${fixed.fixes === 1 ? '' : 's'} in ${fixed.changed.length} file${fixed.changed.length === 1 ? '' : 's'}`);
    }
    const stdin = o.paths.includes('-') ? { text: readStdin(o.maxFileBytes), filename: o.stdinFilename } : undefined;
    run = await runLintJob({
      paths: o.paths,
      cwd,
      language: o.language,
      config: o.config,
      threshold: o.threshold,
      ignore: o.ignore,
      maxFileBytes: o.maxFileBytes,
      stdin,
      warn,
      scripts: o.scripts ? o.tools : false,
    });
  } catch (e) {
    if (e instanceof JobError) {
      warn(e.message);
      return 2;
    }
    throw e;
  }
  for (const e of run.errors) warn(e);
  const report = formatReport(o.format, run.results, { cwd, color: o.color && !o.output, errors: run.errors, version: VERSION });
  return writeReport(o, cwd, report, warn) ?? run.exitCode;
}

/** Writes the report to --output-file or standard output; 2 when the file cannot be written. */
function writeReport(o: Options, cwd: string, report: string, warn: (m: string) => void): number | undefined {
  if (o.output) {
    const out = path.resolve(cwd, o.output);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, report);
    } catch (e) {
      warn(`cannot write ${o.output}: ${(e as Error).message}`);
      return 2;
    }
  } else process.stdout.write(report);
  return undefined;
}

function runRules(argv: string[]): number {
  const json = argv.includes('json') || argv.includes('--format=json');
  const rules = allRules().map((r) => ({
    id: r.id,
    aliases: ruleIds(r).filter((x) => x !== r.id),
    languages: ruleLanguages(r),
    severity: r.severity,
    optIn: !!r.optIn,
    summary: r.docs.summary,
  }));
  if (json) process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
  else for (const r of rules) process.stdout.write(`${r.id.padEnd(34)} ${r.languages.join(',').padEnd(17)} ${(r.optIn ? 'off' : r.severity).padEnd(8)} ${r.summary}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
      process.stdout.write(HELP);
      return cmd ? 0 : 2;
    }
    if (cmd === '-v' || cmd === '--version') {
      process.stdout.write(`slipway ${VERSION}\n`);
      return 0;
    }
    if (cmd === 'lsp') return await runLsp(rest);
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(HELP);
      return 0;
    }
    if (cmd === 'lint') return await runLint(rest);
    if (cmd === 'rules') return runRules(rest);
    if (cmd === 'docs') {
      // Maintainers: regenerate docs/rules from the registry (`npm run docs`).
      const out = rest[0] ?? 'docs/rules';
      process.stdout.write(`wrote ${writeDocs(out).length} rule pages to ${out}\n`);
      return 0;
    }
    // `slipway Dockerfile` reads as `slipway lint Dockerfile`.
    return await runLint(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`slipway: ${e.message}\n\n${HELP}`);
      return 2;
    }
    process.stderr.write(`slipway: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (`slipway lint | head`) closes the pipe: stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
