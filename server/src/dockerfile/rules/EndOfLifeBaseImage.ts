import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { imageRefs } from '../image';
import { cycleOfTag, DEPRECATED, EOL_DATE, isEndOfLife, PRODUCTS, productOfImage, type Cycle, type Product } from '../eol';

const DOCKER_HUB = /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/;

interface Ended {
  product: Product;
  cycle: Cycle;
  /** Index of the tag part that names it (`-`-separated), or -1 for the leading version. */
  part: number;
}

/** The end-of-life cycles an official image's tag names: its own version, and a distribution in a variant suffix. */
function endedCycles(repository: string, tag: string): Ended[] {
  const out: Ended[] = [];
  const own = productOfImage(repository);
  if (own) {
    const c = cycleOfTag(own, tag);
    if (c && isEndOfLife(c)) out.push({ product: own, cycle: c, part: -1 });
  }
  // `python:3.9-slim-buster`, `node:14-alpine3.12`: the distribution the variant is built on.
  const parts = tag.split('-');
  parts.forEach((part, i) => {
    if (i === 0 && own?.distro) return;
    for (const p of PRODUCTS) {
      if (!p.distro || p === own) continue;
      const c =
        p.name === 'alpine'
          ? /^alpine(\d+\.\d+)$/.exec(part) && p.cycles.find((x) => x.cycle === part.slice('alpine'.length))
          : p.cycles.find((x) => x.codename === part);
      if (c && isEndOfLife(c)) out.push({ product: p, cycle: c, part: i });
    }
  });
  return out;
}

/** The tag with each ended cycle replaced by its product's suggested one. */
function replacementTag(tag: string, ended: Ended[]): string {
  const parts = tag.split('-');
  for (const e of ended) {
    if (e.part < 0) {
      const byCodename = e.cycle.codename && parts[0] === e.cycle.codename;
      if (byCodename) {
        // `bionic-20230530`: a dated build of the old release; the new release's name alone.
        parts.splice(0, /^\d{8}$/.test(parts[1] ?? '') ? 2 : 1, e.product.replacementCodename ?? e.product.replacement);
      } else parts[0] = e.product.replacement + parts[0].slice(e.cycle.cycle.length).replace(/^\.[0-9.]*/, '');
    } else if (e.product.name === 'alpine') parts[e.part] = 'alpine' + e.product.replacement;
    else parts[e.part] = e.product.replacementCodename ?? e.product.replacement;
  }
  return parts.join('-');
}

function label(e: Ended): string {
  const name = e.product.name === 'nodejs' ? 'Node.js' : e.product.name === 'postgresql' ? 'PostgreSQL' : e.product.name === 'go' ? 'Go' : e.product.name;
  return `${name} ${e.cycle.cycle}${e.cycle.codename ? ` (${e.cycle.codename})` : ''}`;
}

const rule: Rule<DockerfileModel> = {
  id: 'EndOfLifeBaseImage',
  language: 'dockerfile',
  severity: 'warning',
  options: ['buildArgs'],
  docs: {
    summary: 'FROM should not use a release that has reached its end of life (python:3.6, node:14, ubuntu:18.04, debian:buster…).',
    why:
      'An end-of-life release gets no security fixes: every CVE found since stays in the image, and scanners flag it. ' +
      'Package mirrors of old distributions also move or disappear (`apt-get update` on buster or bionic starts ' +
      'failing). The dates come from a dated snapshot of endoflife.date bundled with Slipway (python, node, ubuntu, ' +
      'debian, alpine, golang, eclipse-temurin, ruby, php, postgres; the deprecated openjdk and centos images), and ' +
      '"today" is that snapshot\'s date, not the day the linter runs, so the same file always gives the same findings; ' +
      'the snapshot is refreshed with each Slipway release (scripts/gen-eol.mjs). Debian counts until the end of its ' +
      'LTS, Ubuntu until the end of standard support. Only Docker Hub\'s official images are checked, build stages ' +
      'included; tags without a version (`python:3`, `latest`) are left alone.',
    bad: 'FROM python:3.6-slim\nRUN pip install --no-cache-dir flask==2.0.3\n',
    good: 'FROM python:3.14-slim\nRUN pip install --no-cache-dir flask==3.1.0\n',
  },
  check({ model, options, report }) {
    for (const ref of imageRefs(model, options.buildArgs)) {
      if (!ref.path || ref.stageRef || ref.scratch || !ref.tag) continue;
      if (ref.registry && !DOCKER_HUB.test(ref.registry)) continue;
      const repository = ref.path.toLowerCase().replace(/^library\//, '');
      if (repository.includes('/')) continue;
      const tag = ref.tag;
      const shown = ref.substituted ? ` (${ref.written} is ${repository}:${tag})` : '';
      const deprecated = DEPRECATED.find((d) => d.image === repository);
      if (deprecated) {
        if (deprecated.skipTags && tag.includes(deprecated.skipTags)) continue;
        const major = /^\d+/.exec(tag)?.[0];
        const use = major && deprecated.use === 'eclipse-temurin' ? `${deprecated.use}:${major}` : deprecated.use;
        report({ message: `The ${repository} image is deprecated since ${deprecated.since} and gets no updates${shown}: use ${use}`, range: ref.range });
        continue;
      }
      const ended = endedCycles(repository, tag);
      if (!ended.length) continue;
      const what = ended.map((e) => `${label(e)} reached its end of life on ${e.cycle.eol}`).join(', and ');
      report({
        message: `${what}${shown}: use ${repository}:${replacementTag(tag, ended)} (end-of-life data of ${EOL_DATE})`,
        range: ref.range,
      });
    }
  },
  tests: [
    {
      name: 'python:3.6-slim',
      input: 'FROM python:3.6-slim\n',
      expect: [{ line: 1, col: 6, message: 'python 3.6 reached its end of life on 2021-12-23: use python:3.14-slim (end-of-life data of 2026-12-01)' }],
    },
    {
      name: 'node:14 and a patch version',
      input: 'FROM node:14\nFROM node:16.20.2-alpine\n',
      expect: [
        { line: 1, col: 6, message: 'Node.js 14 reached its end of life on 2023-04-30: use node:24 (end-of-life data of 2026-12-01)' },
        { line: 2, col: 6, message: 'Node.js 16 reached its end of life on 2023-09-11: use node:24-alpine (end-of-life data of 2026-12-01)' },
      ],
    },
    {
      name: 'ubuntu by number and by name',
      input: 'FROM ubuntu:18.04\nFROM ubuntu:bionic-20230530\n',
      expect: [
        { line: 1, col: 6, message: 'ubuntu 18.04 (bionic) reached its end of life on 2023-05-31: use ubuntu:24.04 (end-of-life data of 2026-12-01)' },
        { line: 2, col: 6, message: 'ubuntu 18.04 (bionic) reached its end of life on 2023-05-31: use ubuntu:noble (end-of-life data of 2026-12-01)' },
      ],
    },
    { name: 'debian buster counts until the end of LTS', input: 'FROM debian:buster-slim\n', expect: [{ line: 1, col: 6, message: 'debian 10 (buster) reached its end of life on 2024-06-30: use debian:trixie-slim (end-of-life data of 2026-12-01)' }] },
    {
      name: 'both the language and the distribution of a variant',
      input: 'FROM python:3.9-slim-buster\n',
      expect: [{ line: 1, col: 6, message: 'python 3.9 reached its end of life on 2025-10-31, and debian 10 (buster) reached its end of life on 2024-06-30: use python:3.14-slim-trixie (end-of-life data of 2026-12-01)' }],
    },
    { name: 'an alpine variant only', input: 'FROM golang:1.27-alpine3.12\n', expect: [{ line: 1, col: 6, message: 'alpine 3.12 reached its end of life on 2022-05-01: use golang:1.27-alpine3.24 (end-of-life data of 2026-12-01)' }] },
    { name: 'supported releases', input: 'FROM python:3.12-slim-bookworm\nFROM node:24-alpine3.23\nFROM ubuntu:24.04\nFROM debian:bookworm\nFROM golang:1.26\n', expect: [] },
    { name: 'not 3.1 for 3.10, nor 3.11', input: 'FROM python:3.11\nFROM ruby:3.3\n', expect: [] },
    { name: 'tags without a version', input: 'FROM python:3\nFROM node\nFROM ubuntu:latest\n', expect: [] },
    { name: 'docker.io/library and an ARG', input: 'ARG PY=3.7\nFROM docker.io/library/python:${PY}\n', expect: [{ line: 2, col: 6, message: 'python 3.7 reached its end of life on 2023-06-27 (docker.io/library/python:${PY} is python:3.7): use python:3.14 (end-of-life data of 2026-12-01)' }] },
    { name: 'other registries and namespaces', input: 'FROM ghcr.io/acme/python:3.6\nFROM bitnami/node:14\nFROM mirror.example/python:3.6\n', expect: [] },
    { name: 'openjdk is deprecated', input: 'FROM openjdk:11-jre-slim\nFROM openjdk:26-ea-slim\n', expect: [{ line: 1, col: 6, message: 'The openjdk image is deprecated since 2022-07-01 and gets no updates: use eclipse-temurin:11' }] },
    {
      name: 'postgres and php',
      input: 'FROM postgres:11-alpine\nFROM php:7.4-apache\n',
      expect: [
        { line: 1, col: 6, message: 'PostgreSQL 11 reached its end of life on 2023-11-09: use postgres:18-alpine (end-of-life data of 2026-12-01)' },
        { line: 2, col: 6, message: 'php 7.4 reached its end of life on 2022-11-28: use php:8.4-apache (end-of-life data of 2026-12-01)' },
      ],
    },
    { name: 'a stage name is not an image', input: 'FROM python:3.13 AS python\nFROM python\n', expect: [] },
  ],
};

export default rule;
