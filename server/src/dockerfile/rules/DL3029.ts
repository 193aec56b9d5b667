import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { fromParts } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'DL3029',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3029' },
  docs: {
    summary: 'Do not use `--platform` with FROM (except `$BUILDPLATFORM`/`$TARGETPLATFORM`).',
    why:
      'A fixed platform in FROM makes the image build for that platform whatever `docker build --platform` asks ' +
      'for, so multi-platform builds quietly produce the wrong architecture. The cross-compilation idiom ' +
      '`FROM --platform=$BUILDPLATFORM` is intended and not reported (hadolint reports it too).',
    bad: 'FROM --platform=linux/amd64 python:3.12-slim\n',
    good: 'FROM python:3.12-slim\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.platformFlag;
      if (!flag) continue;
      // The value as the builder reads it: `--platform="$BUILDPLATFORM"` is the idiom too.
      const value = fromParts(model, stage).platform ?? '';
      if (!value) continue;
      // `${BUILDPLATFORM:-}` and `${TARGETPLATFORM:-linux/amd64}` too: BuildKit always sets both, so a default
      // only fills in for a builder that does not.
      if (/^\$((BUILD|TARGET)PLATFORM|\{(BUILD|TARGET)PLATFORM(:?-[^}]*)?\})$/.test(value)) continue;
      report({ message: 'Do not use --platform flag with FROM', range: flag.getRange() });
    }
  },
  tests: [
    { name: 'constant platform', input: 'FROM --platform=linux/amd64 debian:12\n', expect: [{ line: 1, col: 6, message: 'Do not use --platform flag with FROM' }] },
    { name: 'other ARG', input: 'ARG P=linux/arm64\nFROM --platform=$P debian:12\n', expect: [{ line: 2, col: 6, message: 'Do not use --platform flag with FROM' }] },
    { name: 'BUILDPLATFORM idiom', input: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${TARGETPLATFORM} debian:12\n', expect: [] },
    { name: 'no flag', input: 'FROM debian:12\n', expect: [] },
    {
      name: 'quoted BUILDPLATFORM idiom (the builder removes the quotes)',
      input: 'FROM --platform="$BUILDPLATFORM" golang:1.22 AS build\nFROM --platform=\'${TARGETPLATFORM}\' debian:12\nFROM "--platform=$BUILDPLATFORM" debian:12\n',
      expect: [],
    },
    {
      name: 'BUILDPLATFORM with a default (hadolint: allows platform ${BUILDPLATFORM:-} flag)',
      input: 'FROM --platform=${BUILDPLATFORM:-} golang:1.22 AS build\nFROM --platform="${TARGETPLATFORM:-linux/amd64}" debian:12\n',
      expect: [],
    },
    { name: 'BUILDPLATFORM with an alternate value is a constant', input: 'FROM --platform=${BUILDPLATFORM:+linux/arm64} debian:12\n', expect: [{ line: 1, col: 6, message: 'Do not use --platform flag with FROM' }] },
    { name: 'quoted constant platform', input: 'FROM --platform="linux/amd64" debian:12\n', expect: [{ line: 1, col: 6, message: 'Do not use --platform flag with FROM' }] },
  ],
};

export default rule;
