import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyFromReferences } from '../syntax';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';

/** `COPY --from=` values that name an image rather than a stage: a tag, digest, registry or path. */
export function looksLikeImage(v: string): boolean {
  return /[:/@]/.test(v);
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3022',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3022' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the stage it suggests is a guess.' },
  docs: {
    summary: '`COPY --from` should reference a stage defined earlier (by name or index).',
    why:
      'A name that is no stage is pulled as an image from Docker Hub: a typo in `--from=biulder` turns into a ' +
      'confusing pull error, or silently copies from an unrelated public image. Referencing a later stage works only ' +
      'with BuildKit and makes the build order hard to follow.',
    bad: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\nFROM gcr.io/distroless/base\nCOPY --from=biulder /app /app\n',
    good: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\nFROM gcr.io/distroless/base\nCOPY --from=builder /app /app\n',
  },
  check({ model, report }) {
    for (const { ins, value: v, range } of copyFromReferences(model)) {
      const cur = ins.stage.index;
      if (/^\d+$/.test(v)) {
        const idx = Number(v);
        if (idx >= model.stages.length) {
          report({ message: `COPY --from=${v}: there is no stage with index ${v} (stages are numbered from 0)`, range, severity: 'error' });
        } else if (idx > cur) {
          report({ message: `COPY --from=${v} references a later stage; define stages before they are copied from`, range });
        }
        continue;
      }
      const stage = model.stageNamed(v);
      if (stage) {
        if (stage.index > cur) {
          report({ message: `COPY --from=${v} references a later stage; define stages before they are copied from`, range });
        }
        continue;
      }
      if (looksLikeImage(v)) continue;
      const earlier = model.stages.filter((s) => s.index < cur && s.name).map((s) => s.name!);
      const guess = closest(v, earlier);
      const fixes = suggestionFix(range, guess);
      report({
        message: `COPY --from=${v}: no earlier stage is named "${v}"${didYouMean(guess, 'dockerfile')}, so it is pulled as an image`,
        range,
        fixes,
      });
    }
  },
  tests: [
    {
      name: 'typo in stage name',
      input: 'FROM golang AS builder\nFROM alpine\nCOPY --from=biulder /app /app\n',
      expect: [{ line: 3, col: 13, message: 'COPY --from=biulder: no earlier stage is named "biulder" (did you mean builder?), so it is pulled as an image' }],
      fixed: 'FROM golang AS builder\nFROM alpine\nCOPY --from=builder /app /app\n',
    },
    { name: 'plain name that is not a stage', input: 'FROM alpine\nCOPY --from=busybox /bin/busybox /bin/\n', expect: [{ line: 2, col: 13, message: 'COPY --from=busybox: no earlier stage is named "busybox", so it is pulled as an image' }] },
    { name: 'later stage', input: 'FROM alpine\nCOPY --from=late /a /a\nFROM alpine AS late\n', expect: [{ line: 2, col: 13, message: 'COPY --from=late references a later stage; define stages before they are copied from' }] },
    { name: 'index out of range', input: 'FROM alpine\nFROM alpine\nCOPY --from=5 /a /a\n', expect: [{ line: 3, col: 13, message: 'COPY --from=5: there is no stage with index 5 (stages are numbered from 0)', severity: 'error' }] },
    { name: 'later index', input: 'FROM alpine\nCOPY --from=1 /a /a\nFROM alpine\n', expect: [{ line: 2, col: 13, message: 'COPY --from=1 references a later stage; define stages before they are copied from' }] },
    {
      name: 'valid references',
      input:
        'FROM golang AS Builder\nFROM alpine\nCOPY --from=builder /a /a\nCOPY --from=0 /a /a\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n' +
        'COPY --from=docker.io/library/busybox /bin/busybox /bin/\nCOPY --from=gcr.io/distroless/base@sha256:abc /x /x\nARG S=builder\nCOPY --from=$S /a /a\n',
      expect: [],
    },
    { name: 'ONBUILD is for the child build', input: 'FROM alpine\nONBUILD COPY --from=assets /a /a\n', expect: [] },
  ],
};

export default rule;
