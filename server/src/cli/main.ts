// `slipway` command line: the same engine as the language server, for shells and CI jobs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, diskFiles, lint, ruleLanguages } from '../engine/lint';
import { loadConfigFor, parseHadolintConfig, parseSlipwayConfig } from '../engine/configFiles';
import { emptyConfig, mergeConfig, parseSeverity, ResolvedConfig } from '../engine/config';
import { SEVERITY_RANK, ruleIds } from '../engine/types';
import type { Language, Severity } from '../engine/types';
import { expandTargets } from './files';
import { FileResult, formatJson, formatText } from './format';
import { writeDocs } from '../docs';

const VERSION = '0.1.0';

const HELP = `Usage: slipway lint [options] [paths, directories or globs…]

Lints Dockerfiles, GitHub Actions workflows (.github/workflows/*.yml, action.yml) and Compose files.
With no path, the current directory is searched.

Options:
  -f, --format <text|json>       output format (default: text)
      --language <lang>          treat every file as dockerfile, workflow, action or compose
  -c, --config <file>            a .hadolint.yaml or .slipway.yaml to use instead of the nearest ones
  -t, --severity-threshold <s>   exit 1 when a finding is at least this severe: error, warning, info, hint
                                 (default: error, or failure-threshold from .hadolint.yaml)
      --ignore <id,…>            rule ids to turn off (repeatable)
      --no-color                 plain text output
  -h, --help                     this help
  -v, --version                  print the version

Other commands:
  slipway rules [--format json]  list every rule with its id, language, default severity and summary

Exit status: 0 no finding at or above the threshold, 1 findings at or above it, 2 usage or file errors.
`;

interface Options {
  format: 'text' | 'json';
  language?: Language;
  config?: string;
  threshold?: Severity;
  ignore: string[];
  color: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', ignore: [], color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [] };
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
        if (v !== 'text' && v !== 'json') throw new UsageError(`unknown format "${v}" (text or json)`);
        o.format = v;
        break;
      }
      case '--language': {
        const v = value();
        if (!['dockerfile', 'workflow', 'action', 'compose'].includes(v)) throw new UsageError(`unknown language "${v}"`);
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

function explicitConfig(file: string): { config: Partial<ResolvedConfig>; problems: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  return /hadolint/i.test(path.basename(file)) ? parseHadolintConfig(text, file) : parseSlipwayConfig(text, file);
}

function runLint(argv: string[]): number {
  const o = parseArgs(argv);
  const cwd = process.cwd();
  const { targets, errors } = expandTargets(o.paths, cwd, o.language);
  for (const e of errors) process.stderr.write(`slipway: ${e}\n`);
  let fixed: Partial<ResolvedConfig> | undefined;
  if (o.config) {
    try {
      const r = explicitConfig(path.resolve(cwd, o.config));
      fixed = r.config;
      for (const p of r.problems) process.stderr.write(`slipway: ${p}\n`);
    } catch (e) {
      process.stderr.write(`slipway: cannot read config ${o.config}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const cliOverrides: Partial<ResolvedConfig> = { severities: new Map(o.ignore.map((id) => [id.toLowerCase(), 'off' as const])) };
  const results: FileResult[] = [];
  const reported = new Set<string>();
  let threshold: Severity = o.threshold ?? 'error';
  for (const t of targets) {
    let text: string;
    try {
      text = fs.readFileSync(t.path, 'utf8');
    } catch (e) {
      results.push({ path: t.path, language: t.language, findings: [], error: (e as Error).message });
      continue;
    }
    let config = emptyConfig();
    if (fixed) config = mergeConfig(config, fixed);
    else {
      const loaded = loadConfigFor(t.path, t.language, diskFiles);
      config = loaded.config;
      for (const p of loaded.problems) if (!reported.has(p) && reported.add(p)) process.stderr.write(`slipway: ${p}\n`);
    }
    if (!o.threshold && config.failureThreshold !== 'error') threshold = config.failureThreshold;
    config = mergeConfig(config, cliOverrides);
    const res = lint({ text, language: t.language, path: t.path, config, files: diskFiles });
    for (const c of res.crashes) process.stderr.write(`slipway: internal error in rule ${c.rule} on ${t.path}: ${c.error.split('\n')[0]}\n`);
    results.push({ path: t.path, language: t.language, findings: res.findings });
  }
  process.stdout.write(o.format === 'json' ? formatJson(results, cwd) : formatText(results, cwd, o.color));
  if (errors.length || results.some((r) => r.error)) return 2;
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold]));
  return failing ? 1 : 0;
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

export function main(argv: string[]): number {
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
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(HELP);
      return 0;
    }
    if (cmd === 'lint') return runLint(rest);
    if (cmd === 'rules') return runRules(rest);
    if (cmd === 'docs') {
      // Maintainers: regenerate docs/rules from the registry (`npm run docs`).
      const out = rest[0] ?? 'docs/rules';
      process.stdout.write(`wrote ${writeDocs(out).length} rule pages to ${out}\n`);
      return 0;
    }
    // `slipway Dockerfile` reads as `slipway lint Dockerfile`.
    return runLint(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`slipway: ${e.message}\n\n${HELP}`);
      return 2;
    }
    process.stderr.write(`slipway: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
