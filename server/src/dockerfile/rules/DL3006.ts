import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { imageRefs } from '../image';

const rule: Rule<DockerfileModel> = {
  id: 'DL3006',
  language: 'dockerfile',
  severity: 'warning',
  options: ['buildArgs'],
  compat: { hadolint: 'DL3006' },
  docs: {
    summary: 'Always tag the version of an image explicitly.',
    why:
      'Without a tag Docker uses `latest`, which moves: the same Dockerfile builds on a different base image from one ' +
      'week to the next. Name a tag (or a digest). Earlier stages (`FROM build`) and `scratch` need none; a base ' +
      'given by an ARG is checked with its default value.',
    bad: 'FROM python\nCMD ["python"]\n',
    good: 'FROM python:3.12-slim\nCMD ["python"]\n',
  },
  check({ model, report, options }) {
    for (const ref of imageRefs(model, options.buildArgs)) {
      // An empty tag (`busybox:`) is malformed, which other rules report.
      if (ref.resolved === undefined || ref.stageRef || ref.scratch || ref.tag !== undefined || ref.digest) continue;
      if (!ref.path) continue;
      report({
        message: ref.substituted ? `Always tag the version of an image explicitly (\`${ref.written}\` is \`${ref.resolved}\`)` : 'Always tag the version of an image explicitly',
        range: ref.range,
      });
    }
  },
  tests: [
    { name: 'untagged', input: 'FROM debian\n', expect: [{ line: 1, col: 6, message: 'Always tag the version of an image explicitly' }] },
    { name: 'untagged with registry port', input: 'FROM localhost:5000/app\n', expect: [{ line: 1, col: 6, message: 'Always tag the version of an image explicitly' }] },
    { name: 'tagged', input: 'FROM debian:bookworm\nFROM localhost:5000/app:1.0\n', expect: [] },
    { name: 'digest', input: 'FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', expect: [] },
    { name: 'scratch', input: 'FROM scratch\n', expect: [] },
    {
      name: 'quoted images (the builder removes the quotes)',
      input: 'FROM "debian:12" AS build\nFROM "scratch"\nFROM \'build\'\nFROM "python"\n',
      expect: [{ line: 4, col: 6, message: 'Always tag the version of an image explicitly' }],
    },
    { name: 'earlier stage', input: 'FROM debian:12 AS build\nFROM build\n', expect: [] },
    { name: 'ARG default without a tag', input: 'ARG BASE=debian\nFROM ${BASE}\n', expect: [{ line: 2, col: 6, message: 'Always tag the version of an image explicitly (`${BASE}` is `debian`)' }] },
    { name: 'ARG default with a tag', input: 'ARG BASE=debian:12\nFROM $BASE\n', expect: [] },
    { name: 'ARG for the tag', input: 'ARG VERSION=12\nFROM debian:${VERSION}\n', expect: [] },
    { name: 'empty tag is another problem', input: 'ARG SFX="box:"\nFROM busy${SFX}\n', expect: [] },
    { name: 'ARG without a value is unknown', input: 'ARG BASE\nFROM $BASE\n', expect: [] },
    { name: 'build arg overrides the default', input: 'ARG BASE=debian:12\nFROM $BASE\n', options: { buildArgs: { BASE: 'ubuntu' } }, expect: [{ line: 2, col: 6, message: 'Always tag the version of an image explicitly (`$BASE` is `ubuntu`)' }] },
  ],
};

export default rule;
