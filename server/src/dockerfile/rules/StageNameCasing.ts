import type { Fix, Rule, TextEdit } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { fromParts, wordValue } from '../scope';

/** A flag value as written by dockerfile-ast (quotes kept) as the builder reads it (`"Builder"` is Builder). */
function flagValue(model: DockerfileModel, v: string | null | undefined): string | undefined {
  return v == null ? undefined : wordValue(v, model.escape).value;
}

/** Edits renaming stage `name` (case-insensitively) to `to` everywhere the file refers to it. */
function renameStage(model: DockerfileModel, name: string, to: string): TextEdit[] {
  const lower = name.toLowerCase();
  const edits: TextEdit[] = [];
  for (const ins of model.instructions) {
    if (ins.keyword === 'FROM') {
      const stage = ins.stage!;
      const range = stage.imageRange;
      const image = stage.imageValue;
      if (range && image && image.toLowerCase() === lower && stage.image !== to) {
        // Only a reference to an earlier stage, not an image that happens to share the name.
        const target = model.findStage(image);
        if (target && target.index < stage.index) edits.push({ range, newText: to });
      }
      if (stage.name?.toLowerCase() === lower && stage.nameRange && stage.name !== to) edits.push({ range: stage.nameRange, newText: to });
    } else if (ins.keyword === 'COPY' || ins.keyword === 'RUN' || ins.keyword === 'ADD') {
      const node = ins.node as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] };
      for (const flag of node.getFlags?.() ?? []) {
        const fname = flag.getName().toLowerCase();
        if (fname === 'from' && flagValue(model, flag.getValue())?.toLowerCase() === lower && flag.getValueRange()) {
          edits.push({ range: flag.getValueRange()!, newText: to });
        } else if (fname === 'mount') {
          for (const opt of flag.getOptions()) {
            if (opt.getName().toLowerCase() === 'from' && flagValue(model, opt.getValue())?.toLowerCase() === lower && opt.getValueRange()) {
              edits.push({ range: opt.getValueRange()!, newText: to });
            }
          }
        }
      }
    }
  }
  return edits;
}

const rule: Rule<DockerfileModel> = {
  id: 'StageNameCasing',
  language: 'dockerfile',
  severity: 'info',
  compat: { buildkit: 'StageNameCasing' },
  fix: { safety: 'safe', why: 'BuildKit lowercases stage names: the stage and its references keep meaning the same stage.' },
  docs: {
    summary: 'Stage names should be lowercase.',
    why:
      'BuildKit treats stage names case-insensitively and lowercases them, so `AS Builder` and `--from=builder` ' +
      'are the same stage; mixed casing makes references look different from what they are and is reported by `docker build --check`.',
    bad: 'FROM golang:1.22 AS Builder\nRUN go build -o /app .\n\nFROM alpine:3.19\nCOPY --from=Builder /app /app\n',
    good: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\n\nFROM alpine:3.19\nCOPY --from=builder /app /app\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const name = fromParts(model, stage).name;
      if (!name || name === name.toLowerCase() || !stage.nameRange) continue;
      const fix: Fix = { title: `Rename stage '${name}' to '${name.toLowerCase()}'`, preferred: true, edits: renameStage(model, name, name.toLowerCase()) };
      report({ message: `Stage name '${name}' should be lowercase`, range: stage.nameRange, fixes: [fix] });
    }
  },
  tests: [
    {
      name: 'mixed-case stage name and its references',
      input: 'FROM alpine AS Base\nRUN echo\nFROM Base AS Next\nCOPY --from=Base /a /b\nRUN --mount=type=bind,from=BASE,target=/x ls\n',
      expect: [{ line: 1, col: 16, message: "Stage name 'Base' should be lowercase" }, { line: 3, col: 14, message: "Stage name 'Next' should be lowercase" }],
      fixed: 'FROM alpine AS base\nRUN echo\nFROM base AS next\nCOPY --from=base /a /b\nRUN --mount=type=bind,from=base,target=/x ls\n',
    },
    {
      name: 'quoted references are renamed too (the builder removes the quotes)',
      input: 'FROM alpine AS Base\nFROM "Base"\nCOPY --from="Base" /a /b\nRUN --mount=type=bind,from="Base",target=/x ls\n',
      expect: [{ line: 1, col: 16, message: "Stage name 'Base' should be lowercase" }],
      fixed: 'FROM alpine AS base\nFROM base\nCOPY --from=base /a /b\nRUN --mount=type=bind,from=base,target=/x ls\n',
    },
    { name: 'lowercase names are fine', input: 'FROM alpine AS base\nFROM base AS build-stage_2\n', expect: [] },
    { name: 'unnamed stages', input: 'FROM alpine\nFROM Ubuntu\n', expect: [] },
    {
      name: 'an image with the same name is not renamed',
      input: 'FROM Node AS Node\n',
      expect: [{ line: 1, col: 14, message: "Stage name 'Node' should be lowercase" }],
      fixed: 'FROM Node AS node\n',
    },
  ],
};

export default rule;
