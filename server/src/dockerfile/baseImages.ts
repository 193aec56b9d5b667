// What is known about the Docker Hub official images a Dockerfile starts from, beyond their names.
import type { DockerfileModel, Stage } from './model';
import { imageRefs } from './image';

/**
 * Official images none of whose tags sets an ENTRYPOINT: python, golang and buildpack-deps as their Dockerfiles in
 * docker-library show (every variant, none with an ENTRYPOINT), and the distribution images they start from
 * (debian, ubuntu, alpine, busybox: a root filesystem and a CMD).
 */
const NO_ENTRYPOINT = new Set(['python', 'golang', 'buildpack-deps', 'debian', 'ubuntu', 'alpine', 'busybox']);

/** The official image a stage starts from (`python` for `python:3.12-slim` or `docker.io/library/python`), if it is one. */
export function officialImageOf(model: DockerfileModel, stage: Stage): string | undefined {
  const ref = imageRefs(model).find((r) => r.stage === stage);
  if (!ref || ref.stageRef || ref.scratch || ref.path === undefined) return undefined;
  const registry = ref.registry?.toLowerCase();
  if (registry !== undefined && registry !== 'docker.io' && registry !== 'index.docker.io' && registry !== 'registry-1.docker.io') return undefined;
  const path = ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return path.includes('/') ? undefined : path;
}

/** Whether the stage's base image is known to set no ENTRYPOINT. */
export function baseImageHasNoEntrypoint(model: DockerfileModel, stage: Stage): boolean {
  const name = officialImageOf(model, stage);
  return name !== undefined && NO_ENTRYPOINT.has(name);
}
