import type { Rule } from '../../engine/types';
import { labelPairs, labelSchema } from '../labels';
import type { DockerfileModel, Stage } from '../model';
import { copyFromReferences, parseInstruction } from '../syntax';

/** Stages another stage builds on, copies from or mounts: build steps, not images anyone ships. */
function usedStages(model: DockerfileModel): Set<Stage> {
  const out = new Set<Stage>();
  for (const s of model.stages) {
    const parent = model.parentStage(s);
    if (parent) out.add(parent);
  }
  for (const c of copyFromReferences(model)) {
    const s = model.findStage(c.value);
    if (s && s !== c.ins.stage) out.add(s);
  }
  for (const ins of model.instructions) {
    if (ins.keyword !== 'RUN') continue;
    for (const f of parseInstruction(model, ins).flags) {
      if (f.name.toLowerCase() !== 'mount') continue;
      const from = /(?:^|,)\s*from=([^,]+)/i.exec(f.value ?? '')?.[1]?.trim();
      const s = from && !from.includes('$') ? model.findStage(from) : undefined;
      if (s && s !== ins.stage) out.add(s);
    }
  }
  return out;
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3049',
  language: 'dockerfile',
  severity: 'info',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3049' },
  docs: {
    summary: 'A label the `label-schema` of `.hadolint.yaml` requires is missing.',
    why:
      'With a `label-schema` in `.hadolint.yaml`, every image must carry each label it names (the owner, the source ' +
      'repository, a version, …). A stage built on another one inherits its labels. Stages that other stages build on, ' +
      'copy from or mount are build steps, not images you ship, and need none. Does nothing without a `label-schema`.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title=app\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title=app org.opencontainers.image.source=https://github.com/acme/app\n',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check({ model, options, report }) {
    const schema = labelSchema(options.labelSchema);
    if (!schema.size) return;
    const byStage = new Map<Stage, Set<string>>();
    for (const p of labelPairs(model)) {
      if (!p.ins.stage) continue;
      let set = byStage.get(p.ins.stage);
      if (!set) byStage.set(p.ins.stage, (set = new Set()));
      set.add(p.key);
    }
    const used = usedStages(model);
    for (const stage of model.stages) {
      if (used.has(stage)) continue;
      const present = new Set<string>();
      const seen = new Set<Stage>();
      for (let s: Stage | undefined = stage; s && !seen.has(s); s = model.parentStage(s)) {
        seen.add(s);
        for (const k of byStage.get(s) ?? []) present.add(k);
      }
      for (const key of schema.keys()) {
        if (!present.has(key)) report({ message: `Label \`${key}\` is missing`, range: stage.fromInstruction.range });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM alpine\nLABEL version=1.0.0\n', options: { labelSchema: { author: 'text' } }, expect: [{ line: 1, col: 1, message: 'Label `author` is missing' }] },
    { name: 'present', input: 'FROM alpine\nLABEL author="Jane Doe"\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    {
      name: 'one finding per missing label',
      input: 'FROM alpine\nLABEL author=me\n',
      options: { labelSchema: { author: 'text', version: 'semver', url: 'url' } },
      expect: [{ line: 1, col: 1, message: 'Label `version` is missing' }, { line: 1, col: 1, message: 'Label `url` is missing' }],
    },
    { name: 'without a schema', input: 'FROM alpine\n', expect: [] },
    { name: 'inherited from the stage it builds on', input: 'FROM alpine AS base\nLABEL author=me\nFROM base\nRUN true\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    {
      name: 'a stage copied from needs none; the final stage does',
      input: 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\n',
      options: { labelSchema: { author: 'text' } },
      expect: [{ line: 3, col: 1, message: 'Label `author` is missing' }],
    },
    {
      name: 'every stage that could be a target',
      input: 'FROM alpine AS test\nRUN true\nFROM alpine AS release\nLABEL author=me\n',
      options: { labelSchema: { author: 'text' } },
      expect: [{ line: 1, col: 1, message: 'Label `author` is missing' }],
    },
    { name: 'a stage mounted from needs none', input: 'FROM alpine AS src\nFROM alpine\nRUN --mount=from=src,target=/s true\nLABEL author=me\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    { name: 'an ONBUILD LABEL labels other images', input: 'FROM alpine\nONBUILD LABEL author=me\n', options: { labelSchema: { author: 'text' } }, expect: [{ line: 1, col: 1, message: 'Label `author` is missing' }] },
    { name: 'keys are case-sensitive; quoted keys count', input: 'FROM alpine\nLABEL Author=me "version"=1\n', options: { labelSchema: { author: 'text', version: 'text' } }, expect: [{ line: 1, col: 1, message: 'Label `author` is missing' }] },
  ],
};

export default rule;
