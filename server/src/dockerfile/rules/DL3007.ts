import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { imageRefs } from '../image';

const rule: Rule<DockerfileModel> = {
  id: 'DL3007',
  language: 'dockerfile',
  severity: 'warning',
  options: ['buildArgs'],
  compat: { hadolint: 'DL3007' },
  docs: {
    summary: 'Do not use the `latest` tag; pin the version explicitly.',
    why: '`latest` moves whenever the image is updated, so rebuilds of the same Dockerfile silently change base image (and can break). A digest next to it pins it.',
    bad: 'FROM node:latest\nCMD ["node"]\n',
    good: 'FROM node:20.14-slim\nCMD ["node"]\n',
  },
  check({ model, report, options }) {
    for (const ref of imageRefs(model, options.buildArgs)) {
      if (ref.stageRef || ref.digest || ref.tag?.toLowerCase() !== 'latest') continue;
      report({
        message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
        range: ref.stage.from.getImageTagRange() ?? ref.range,
      });
    }
  },
  tests: [
    { name: 'latest', input: 'FROM node:latest\n', expect: [{ line: 1, col: 11, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' }] },
    { name: 'latest with registry', input: 'FROM ghcr.io/org/app:latest AS app\n', expect: [{ line: 1, col: 22, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' }] },
    { name: 'latest pinned by digest', input: 'FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', expect: [] },
    { name: 'version tag', input: 'FROM node:20\n', expect: [] },
    { name: 'ARG default latest', input: 'ARG TAG=latest\nFROM node:${TAG}\n', expect: [{ line: 2, col: 11, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' }] },
    { name: 'untagged is DL3006', input: 'FROM node\n', expect: [] },
    { name: 'quoted image (the builder removes the quotes)', input: 'FROM "node:latest"\nFROM "node:20"\n', expect: [{ line: 1, col: 12, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' }] },
  ],
};

export default rule;
