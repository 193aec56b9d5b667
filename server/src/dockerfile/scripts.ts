// The shell scripts of a Dockerfile, for ShellCheck: each shell-form RUN (continuations joined as the builder joins
// them) and each heredoc body that is a shell script, in RUN instructions and ONBUILD RUN triggers; exec form and
// non-POSIX shells (SHELL ["pwsh"…], Windows images) are not shell scripts. The dialect is the stage's SHELL (or a
// heredoc's shebang, or hadolint's `# hadolint shell=<name>` comment); ARG and ENV names in scope are declared.
import type { EmbeddedScript } from '../engine/types';
import type { DfInstruction, DockerfileModel } from './model';
import { definedBefore, scopes } from './scope';
import { allRuns, basename, shellStateAt } from './shell';
import { memoKey } from '../engine/memo';

/** ShellCheck's dialect for a shell program, or undefined when ShellCheck cannot check it. */
export function shellDialect(program: string | undefined): string | undefined {
  const p = basename(program ?? 'sh').toLowerCase();
  if (p === 'bash') return 'bash';
  if (p === 'dash') return 'dash';
  if (p === 'ksh' || p === 'mksh' || p === 'ksh93') return 'ksh';
  if (p === 'sh' || p === 'ash' || p === 'busybox') return 'sh';
  return undefined;
}

const SHELL_PRAGMA = /^[ \t]*#[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([\w./-]+)/gm;

const SHELL_PRAGMAS = memoKey<{ line: number; shell: string }[]>('scripts:shellPragmas');

/** `# hadolint shell=<name>` comments: the line each is on and the shell it names. */
function shellPragmas(model: DockerfileModel): { line: number; shell: string }[] {
  return model.memoize(SHELL_PRAGMAS, () => {
    const out: { line: number; shell: string }[] = [];
    if (!model.text.includes('shell')) return out;
    for (const m of model.text.matchAll(SHELL_PRAGMA)) out.push({ line: model.lines.positionAt(m.index ?? 0).line, shell: m[1] });
    return out;
  });
}

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The variables `text` reads that ARG or ENV (or the base image) define for instruction `ins`: only names the script
 * mentions, so a long chain of stages does not declare thousands of names to every RUN.
 */
function declaredAt(model: DockerfileModel, ins: DfInstruction, text: string): string[] {
  const stage = ins.stage;
  if (!stage || !text.includes('$')) return [];
  const scope = scopes(model).byStage[stage.index];
  if (!scope) return [];
  // A trigger runs after every instruction of its stage (in a build FROM this image).
  const at = ins.onbuild ? Number.MAX_SAFE_INTEGER : ins.index;
  const out = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) if (!out.has(m[1]) && definedBefore(scope, m[1], at)) out.add(m[1]);
  return [...out];
}

const SHELL = memoKey<EmbeddedScript[]>('scripts:shell');

export function dockerfileScripts(model: DockerfileModel): EmbeddedScript[] {
  return model.memoize(SHELL, () => {
    const out: EmbeddedScript[] = [];
    const pragmas = shellPragmas(model);
    for (const run of allRuns(model)) {
      if (run.form === 'exec' || run.scripts.length === 0) continue;
      const line = run.ins.range.start.line;
      const pragma = pragmas.filter((p) => p.line < line).pop();
      const shell = pragma ? pragma.shell : shellStateAt(model, run.ins).argv[0];
      // The names in scope are worked out only when the script goes to ShellCheck (a lint that runs no analyser,
      // or a 4 MB Dockerfile of thousands of RUNs, must not pay for a list per RUN).
      const ins = run.ins;
      for (const s of run.scripts) {
        let declared: readonly string[] | undefined;
        const dialect = shellDialect(s.shebang ?? shell);
        if (!dialect) continue;
        out.push({
          tool: 'shellcheck',
          dialect,
          text: s.text,
          offsetOf: s.offsetOf,
          get declared() {
            return (declared ??= declaredAt(model, ins, s.text));
          },
          fixable: true,
        });
      }
    }
    return out;
  });
}
