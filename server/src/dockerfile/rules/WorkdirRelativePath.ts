import type { Rule } from '../../engine/types';
import type { DockerfileModel, Stage } from '../model';
import { rootStage } from '../packages';
import { scopes, unquote } from '../scope';

/**
 * Whether the working directory at the start of `stage` is known to be `/`: its chain of stages starts `FROM
 * scratch`. An external image has its own WORKDIR (golang's is /go), which a relative path is resolved against.
 */
function startsAtRoot(model: DockerfileModel, stage: Stage): boolean {
  return rootStage(model, stage).imageName === 'scratch';
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}

const rule: Rule<DockerfileModel> = {
  id: 'WorkdirRelativePath',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'WorkdirRelativePath' },
  aliases: ['DL3000'],
  fix: { safety: 'safe', why: 'Offered only on stages built from `scratch`, whose working directory is `/`: the absolute path is the same folder.' },
  docs: {
    summary: 'A relative WORKDIR needs an absolute WORKDIR earlier in the stage (or in the stage it builds on).',
    why: "A relative WORKDIR is resolved against the base image's working directory, so the files land somewhere else as soon as the base image changes it. The quick fix (`/path`) is offered only for stages built from `scratch`, whose working directory is `/`: on another image the path is relative to that image's WORKDIR (`WORKDIR src` on golang is /go/src), which only you know you meant.",
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
        const raw = (ins.rawArgsContent ?? '').trim();
        const path = unquote(raw, model.escape);
        if (!set && path && !raw.startsWith('$') && !isAbsolute(path)) {
          const fixable = !raw.includes('$') && !/[\s"'\\]/.test(raw) && ins.argsRange && startsAtRoot(model, scope.stage);
          report({
            message: `Relative workdir "${path}" can have unexpected results if the base image changes`,
            range: ins.range,
            fixes: fixable
              ? [{ title: `Use /${path}`, edits: [{ range: ins.argsRange!, newText: '/' + raw }] }]
              : undefined,
          });
        }
        set = true;
      }
      setIn.set(scope.stage.index, set);
    }
  },
  tests: [
    { name: 'relative workdir', input: 'FROM scratch\nWORKDIR app/\n', expect: [{ line: 2, col: 1, message: 'Relative workdir "app/" can have unexpected results if the base image changes' }], fixed: 'FROM scratch\nWORKDIR /app/\n' },
    {
      name: "no fix on an external base image: the path is relative to the image's own WORKDIR (golang: /go)",
      input: 'FROM golang:1.22\nWORKDIR src\nFROM golang:1.22 AS g\nFROM g\nWORKDIR app\nARG BASE=scratch\nFROM ${BASE}\nWORKDIR app\n',
      expect: [
        { line: 2, col: 1, message: 'Relative workdir "src" can have unexpected results if the base image changes' },
        { line: 5, col: 1, message: 'Relative workdir "app" can have unexpected results if the base image changes' },
        { line: 8, col: 1, message: 'Relative workdir "app" can have unexpected results if the base image changes' },
      ],
      fixed: 'FROM golang:1.22\nWORKDIR src\nFROM golang:1.22 AS g\nFROM g\nWORKDIR app\nARG BASE=scratch\nFROM ${BASE}\nWORKDIR app\n',
    },
    {
      name: 'fixed on a stage built from scratch, directly or through other stages',
      input: 'FROM scratch AS s\nFROM s\nWORKDIR src\n',
      expect: [{ line: 3, col: 1, message: 'Relative workdir "src" can have unexpected results if the base image changes' }],
      fixed: 'FROM scratch AS s\nFROM s\nWORKDIR /src\n',
    },
    { name: 'after an absolute one', input: 'FROM scratch\nWORKDIR /app\nWORKDIR sub\n', expect: [] },
    { name: 'inherited from the parent stage', input: 'FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n', expect: [] },
    { name: 'not inherited from an unrelated stage', input: 'FROM scratch AS a\nWORKDIR /app\nFROM scratch\nWORKDIR sub\n', expect: [{ line: 4, col: 1, message: 'Relative workdir "sub" can have unexpected results if the base image changes' }] },
    { name: 'variables and Windows paths', input: 'FROM scratch\nWORKDIR $HOME\nFROM scratch\nWORKDIR C:\\\\app\n', expect: [] },
    { name: 'quoted absolute path', input: 'FROM scratch\nWORKDIR "/my app"\n', expect: [] },
  ],
};

export default rule;
