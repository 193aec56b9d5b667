import type { Rule } from '../../engine/types';
import type { DockerfileModel, Stage } from '../model';
import { copyArgs } from '../packages';
import { parseInstruction } from '../syntax';

/** The image the stage is built on, through the stages of the file it builds on. */
function rootImage(model: DockerfileModel, stage: Stage): string | undefined {
  let s = stage;
  for (let parent = model.parentStage(s); parent && parent.index < s.index; parent = model.parentStage(s)) s = parent;
  return s.imageName?.toLowerCase() ?? undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3067',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3067' },
  docs: {
    summary: 'Do not copy the entire filesystem of another stage (`COPY --from=stage / /`).',
    why:
      'Copying `/` onto `/` brings everything of the other stage along: compilers, package caches, build sources and ' +
      'its `/etc`, over the files of this stage. Copy the folders the image needs. An image named by `--from` (a ' +
      'tools image such as `tonistiigi/xx`, made to be copied whole) and a stage built up from `scratch` are left alone.',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build / /\n',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /usr/local/bin/app\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY' || !ins.stage) continue;
      const from = parseInstruction(model, ins).flags.find((f) => f.name === 'from')?.value;
      const source = from ? model.findStage(from) : undefined;
      // An image made to be copied whole (`tonistiigi/xx`, a tools image), or a stage built up from scratch to be
      // flattened, is copied whole on purpose.
      if (!source || source.index >= ins.stage.index || rootImage(model, source) === 'scratch') continue;
      const a = copyArgs(model, ins);
      if (!a || a.values.length < 2 || a.values[a.values.length - 1] !== '/') continue;
      const i = a.values.slice(0, -1).indexOf('/');
      if (i < 0) continue;
      report({ message: 'Do not copy an entire filesystem from another stage', range: { start: a.ranges[i].start, end: a.ranges[a.ranges.length - 1].end } });
    }
  },
  tests: [
    { name: 'hadolint: the root filesystem of another stage to root', input: 'FROM golang AS build\nFROM alpine\nCOPY --from=build / /\n', expect: [{ line: 3, col: 19, message: 'Do not copy an entire filesystem from another stage' }] },
    { name: 'hadolint: quoted root paths', input: 'FROM golang AS build\nFROM alpine\nCOPY --from=build "/" "/"\n', expect: [{ line: 3, col: 19, message: 'Do not copy an entire filesystem from another stage' }] },
    { name: 'hadolint: root without --from', input: 'FROM alpine\nCOPY / /\n', expect: [] },
    { name: 'hadolint: a directory of another stage', input: 'FROM golang AS build\nFROM alpine\nCOPY --from=build /app /\n', expect: [] },
    { name: 'hadolint: root of another stage into a subdirectory', input: 'FROM golang AS build\nFROM alpine\nCOPY --from=build / /app\n', expect: [] },
    { name: 'by stage index, JSON form, through a parent stage', input: 'FROM golang AS base\nFROM base AS build\nFROM alpine\nCOPY --link --from=1 ["/", "/"]\n', expect: [{ line: 4, col: 23, message: 'Do not copy an entire filesystem from another stage' }] },
    { name: 'an image made to be copied whole', input: 'FROM alpine\nCOPY --from=tonistiigi/xx:1.5 / /\n', expect: [] },
    { name: 'a stage built up from scratch, to be flattened', input: 'FROM scratch AS rootfs\nCOPY rootfs/ /\nFROM rootfs AS more\nFROM alpine\nCOPY --from=more / /\n', expect: [] },
    { name: 'ADD is not COPY --from', input: 'FROM alpine\nADD --chown=1:1 rootfs.tar /\n', expect: [] },
  ],
};

export default rule;
