import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { imageRefs } from '../image';

const DOCKER_HUB = ['docker.io', 'hub.docker.com', 'index.docker.io', 'registry-1.docker.io'];

function allowed(registry: string, trusted: string[]): boolean {
  const hosts = registry === 'docker.io' ? DOCKER_HUB : [registry.toLowerCase()];
  return trusted.some((t) => {
    const p = t.toLowerCase();
    if (p === '*') return true;
    if (p.startsWith('*.')) return hosts.some((h) => h.endsWith(p.slice(1)));
    return hosts.includes(p);
  });
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3026',
  language: 'dockerfile',
  severity: 'warning',
  options: ['trustedRegistries', 'buildArgs'],
  compat: { hadolint: 'DL3026' },
  docs: {
    summary: 'Use only an allowed registry in the FROM image (when `trustedRegistries` is configured).',
    why:
      'Organisations often only trust base images from their own mirror or a vetted registry. With ' +
      '`trustedRegistries: [docker.io, ghcr.io]` (hadolint config or Slipway settings) any other registry is ' +
      'reported. Nothing is reported when the list is empty.',
    bad: 'FROM quay.io/org/app:1.0\n',
    good: 'FROM docker.io/library/python:3.12-slim\n',
    options: { trustedRegistries: ['docker.io'] },
  },
  check({ model, report, options }) {
    const trusted = options.trustedRegistries;
    if (!trusted.length) return;
    for (const ref of imageRefs(model, options.buildArgs)) {
      if (ref.resolved === undefined || ref.stageRef || ref.scratch) continue;
      const registry = ref.registry ?? 'docker.io';
      if (allowed(registry, trusted)) continue;
      report({ message: `Use only an allowed registry in the FROM image (\`${registry}\` is not in trustedRegistries)`, range: ref.range });
    }
  },
  tests: [
    { name: 'not configured: nothing', input: 'FROM quay.io/org/app:1.0\n', expect: [] },
    { name: 'untrusted registry', input: 'FROM quay.io/org/app:1.0\n', options: { trustedRegistries: ['docker.io'] }, expect: [{ line: 1, col: 6, message: 'Use only an allowed registry in the FROM image (`quay.io` is not in trustedRegistries)' }] },
    { name: 'Docker Hub implied', input: 'FROM python:3.12\n', options: { trustedRegistries: ['docker.io'] }, expect: [] },
    { name: 'Docker Hub not trusted', input: 'FROM python:3.12\n', options: { trustedRegistries: ['ghcr.io'] }, expect: [{ line: 1, col: 6, message: 'Use only an allowed registry in the FROM image (`docker.io` is not in trustedRegistries)' }] },
    { name: 'wildcard', input: 'FROM eu.gcr.io/p/app:1\n', options: { trustedRegistries: ['*.gcr.io'] }, expect: [] },
    { name: 'stages and scratch', input: 'FROM ghcr.io/o/a:1 AS a\nFROM a\nFROM scratch\n', options: { trustedRegistries: ['ghcr.io'] }, expect: [] },
    { name: 'registry from an ARG', input: 'ARG REG=quay.io\nFROM ${REG}/o/a:1\n', options: { trustedRegistries: ['docker.io'] }, expect: [{ line: 2, col: 6, message: 'Use only an allowed registry in the FROM image (`quay.io` is not in trustedRegistries)' }] },
  ],
};

export default rule;
