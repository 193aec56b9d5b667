import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { scopes, unquote } from '../scope';

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}

const rule: Rule<DockerfileModel> = {
  id: 'WorkdirRelativePath',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'WorkdirRelativePath' },
  aliases: ['DL3000'],
  docs: {
    summary: 'A relative WORKDIR needs an absolute WORKDIR earlier in the stage (or in the stage it builds on).',
    why: "A relative WORKDIR is resolved against the base image's working directory, so the files land somewhere else as soon as the base image changes it.",
    bad: 'FROM node:20\nWORKDIR app\nCOPY . .\n',
    good: 'FROM node:20\nWORKDIR /app\nCOPY . .\n',
  },
  check({ model, report }) {
    const all = scopes(model).byStage;
    const setIn = new Map<number, boolean>(); // stage index -> a WORKDIR is set by the end of it
    for (const scope of all) {
      let set = scope.parent ? (setIn.get(scope.parent.stage.index) ?? false) : false;
      for (const ins of scope.stage.instructions) {
        if (ins.keyword !== 'WORKDIR') continue;
        const raw = (ins.node.getRawArgumentsContent() ?? '').trim();
        const path = unquote(raw, model.escape);
        if (!set && path && !raw.startsWith('$') && !isAbsolute(path)) {
          const fixable = !raw.includes('$') && !/[\s"'\\]/.test(raw) && ins.node.getArgumentsRange();
          report({
            message: `Relative workdir "${path}" can have unexpected results if the base image changes`,
            range: ins.range,
            fixes: fixable
              ? [{ title: `Use /${path}`, edits: [{ range: ins.node.getArgumentsRange()!, newText: '/' + raw }] }]
              : undefined,
          });
        }
        set = true;
      }
      setIn.set(scope.stage.index, set);
    }
  },
  tests: [
    { name: 'relative workdir', input: 'FROM scratch\nWORKDIR app/\n', expect: [{ line: 2, message: 'Relative workdir "app/"' }], fixed: 'FROM scratch\nWORKDIR /app/\n' },
    { name: 'after an absolute one', input: 'FROM scratch\nWORKDIR /app\nWORKDIR sub\n', expect: [] },
    { name: 'inherited from the parent stage', input: 'FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n', expect: [] },
    { name: 'not inherited from an unrelated stage', input: 'FROM scratch AS a\nWORKDIR /app\nFROM scratch\nWORKDIR sub\n', expect: [{ line: 4 }] },
    { name: 'variables and Windows paths', input: 'FROM scratch\nWORKDIR $HOME\nFROM scratch\nWORKDIR C:\\\\app\n', expect: [] },
    { name: 'quoted absolute path', input: 'FROM scratch\nWORKDIR "/my app"\n', expect: [] },
  ],
};

export default rule;
