import type { Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';
import { parseRun, type ParsedRun } from '../shell';

/** Commands whose effect carries over to the rest of a merged RUN (directory, environment, shell options). */
const STATEFUL = new Set(['cd', 'pushd', 'popd', 'export', 'unset', 'set', 'source', '.', 'umask', 'ulimit', 'alias', 'shopt', 'exit', 'exec', 'trap']);

function flagsText(model: DockerfileModel, ins: DfInstruction): string {
  const args = ins.argsRange;
  if (!args) return '';
  return model.text.slice(model.lines.offsetAt(ins.keywordRange.end), model.lines.offsetAt(args.start)).trim().replace(/\s+/g, ' ');
}

function mergeable(model: DockerfileModel, a: ParsedRun, b: ParsedRun): boolean {
  if (a.form !== 'shell' || b.form !== 'shell' || a.endsWithComment || a.opaque || b.opaque) return false;
  if (a.commands.some((c) => STATEFUL.has(c.name))) return false;
  const aText = model.textOf(a.ins.argsRange!);
  if (/[;&|]\s*$/.test(aText) || aText.includes('<<') || model.textOf(b.ins.argsRange!).includes('<<')) return false;
  // Only whitespace between the two instructions (a comment would be lost).
  const between = model.text.slice(model.lines.offsetAt(a.ins.range.end), model.lines.offsetAt(b.ins.range.start));
  return /^\s*$/.test(between) && flagsText(model, b.ins) === '';
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3059',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3059' },
  fix: { safety: 'unsafe', why: 'Merging RUNs changes the layers and runs the commands in one shell (a `cd` or `export` of the first now applies to the second).' },
  docs: {
    summary: 'Multiple consecutive RUN instructions: consider consolidation.',
    why:
      'Each RUN adds a layer; several short consecutive RUNs make the image bigger and slower to pull than one ' +
      'RUN chained with `&&`, and files deleted in a later RUN still take space in the earlier layer. RUNs that ' +
      'already chain commands (their author most likely kept them apart on purpose) or use different `--mount` ' +
      'flags are left alone.',
    bad: 'FROM debian:bookworm\nRUN mkdir -p /app\nRUN chown nobody /app\n',
    good: 'FROM debian:bookworm\nRUN mkdir -p /app && \\\n    chown nobody /app\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let prev: { ins: DfInstruction; run: ParsedRun | undefined } | undefined;
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') {
          prev = undefined;
          continue;
        }
        const run = parseRun(model, ins);
        const count = run ? run.commands.length : Infinity;
        // A RUN that chains commands (`a && b`, `a; b`) was most likely kept apart on purpose: only two single
        // commands in a row are reported.
        if (prev && flagsText(model, prev.ins) === flagsText(model, ins) && count === 1 && prev.run?.commands.length === 1) {
          const fix =
            prev.run && run && mergeable(model, prev.run, run)
              ? [
                  {
                    title: 'Merge into the previous RUN',
                    edits: [
                      {
                        range: { start: prev.ins.argsRange!.end, end: ins.argsRange!.start },
                        newText: ` && ${model.escape}\n    `,
                      },
                    ],
                  },
                ]
              : undefined;
          report({ message: 'Multiple consecutive `RUN` instructions. Consider consolidation', range: ins.keywordRange, fixes: fix });
        }
        prev = { ins, run };
      }
    }
  },
  tests: [
    {
      name: 'two short RUNs',
      input: 'FROM debian\nRUN mkdir -p /app\nRUN chown nobody /app\n',
      expect: [{ line: 3, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' }],
      fixed: 'FROM debian\nRUN mkdir -p /app && \\\n    chown nobody /app\n',
    },
    {
      name: 'three RUNs',
      input: 'FROM debian\nRUN a\nRUN b\nRUN c\n',
      expect: [
        { line: 3, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' },
        { line: 4, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' },
      ],
    },
    { name: 'comments do not separate', input: 'FROM debian\nRUN a\n# why\nRUN b\n', expect: [{ line: 4, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' }], fixed: 'FROM debian\nRUN a\n# why\nRUN b\n' },
    { name: 'another instruction separates', input: 'FROM debian\nRUN a\nENV X=1\nRUN b\n', expect: [] },
    { name: 'long RUNs are deliberate', input: 'FROM debian\nRUN a && b && c\nRUN d\n', expect: [] },
    { name: 'a RUN that chains two commands is deliberate too', input: 'FROM debian\nRUN a && b\nRUN c\nRUN d; e\n', expect: [] },
    { name: 'two single commands after a chained RUN', input: 'FROM debian\nRUN a && b\nRUN c\nRUN d\n', expect: [{ line: 4, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' }] },
    { name: 'different mounts', input: 'FROM debian\nRUN --mount=type=cache,target=/root/.cache a\nRUN b\n', expect: [] },
    { name: 'different stages', input: 'FROM debian AS a\nRUN a\nFROM debian\nRUN b\n', expect: [] },
    { name: 'no merge after cd', input: 'FROM debian\nRUN cd /x\nRUN make\n', expect: [{ line: 3, col: 1, message: 'Multiple consecutive `RUN` instructions. Consider consolidation' }], fixed: 'FROM debian\nRUN cd /x\nRUN make\n' },
  ],
};

export default rule;
