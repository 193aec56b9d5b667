import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { expandWord, fromLookup, fromParts } from '../scope';

// The docker reference grammar (distribution/reference), as ParseNormalizedNamed applies it.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9A-Fa-f:]+\\])(?::[0-9]+)?';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

export function isValidReference(ref: string): boolean {
  if (!REFERENCE.test(ref)) return false;
  if (/^[a-f0-9]{64}$/.test(ref)) return false;
  const name = ref.replace(/@.*$/, '').replace(/:[\w][\w.-]*$/, '');
  return name.length <= 255;
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidDefaultArgInFrom',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'InvalidDefaultArgInFrom' },
  docs: {
    summary: "A FROM that uses global ARGs should name a valid image with the ARGs' default values.",
    why:
      'Without `--build-arg` the defaults are what `docker build` uses; `ARG VERSION` with no default turns `FROM node:$VERSION` ' +
      'into `node:`, which fails, and tools that read the Dockerfile cannot tell which image it uses.',
    bad: 'ARG VERSION\nFROM node:$VERSION\n',
    good: 'ARG VERSION=20\nFROM node:$VERSION\n',
  },
  check({ model, report }) {
    const lookup = fromLookup(model);
    for (const stage of model.stages) {
      const { image } = fromParts(model, stage);
      if (!image || !image.includes('$')) continue;
      const e = expandWord(image, lookup, model.escape);
      if (e.error || isValidReference(e.result)) continue;
      report({ message: `Default value for ARG ${image} results in empty or invalid base image name`, range: stage.fromInstruction.range });
    }
  },
  tests: [
    { name: 'no default gives an empty tag', input: '\nARG VERSION\nFROM busybox:$VERSION\n', expect: [{ line: 3, col: 1, message: 'Default value for ARG busybox:$VERSION results in empty or invalid base image name' }] },
    { name: 'empty image', input: 'ARG IMAGE\nFROM $IMAGE\n', expect: [{ line: 2, col: 1, message: 'Default value for ARG $IMAGE results in empty or invalid base image name' }] },
    { name: 'default ends in a colon', input: 'ARG SFX="box:"\nFROM busy${SFX}\n', expect: [{ line: 2, col: 1, message: 'Default value for ARG busy${SFX} results in empty or invalid base image name' }] },
    {
      name: 'valid defaults',
      input: 'ARG VERSION="latest"\nARG V2=""\nARG V3\nARG REG=ghcr.io:443/org\nFROM busybox:${VERSION}\nFROM busybox:stable${V2}\nFROM busybox:stable${V3}\nFROM $REG/app:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
      expect: [],
    },
    { name: 'uppercase repository', input: 'ARG NAME=Busybox\nFROM $NAME\n', expect: [{ line: 2, col: 1, message: 'Default value for ARG $NAME results in empty or invalid base image name' }] },
  ],
};

export default rule;
