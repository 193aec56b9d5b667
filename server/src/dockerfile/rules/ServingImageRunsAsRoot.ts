import type { Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { imageRefs } from '../image';
import { rootStage, shippedStages } from '../packages';
import { commandWords, finalCommands, servers, type CmdWord } from '../serving';

/**
 * Base images known to run as root when the Dockerfile sets no USER: Docker Hub's official language and
 * distribution images and the popular ML bases. Images of other namespaces may set a USER of their own
 * (`jupyter/base-notebook` runs as jovyan, `mambaorg/micromamba` as mambauser), so they are left alone.
 */
const ROOT_IMAGES = new Set([
  'python', 'node', 'debian', 'ubuntu', 'alpine', 'golang', 'ruby', 'php', 'openjdk', 'eclipse-temurin',
  'amazoncorretto', 'centos', 'fedora', 'rockylinux', 'almalinux', 'buildpack-deps', 'amazonlinux',
  'continuumio/miniconda3', 'continuumio/anaconda3', 'condaforge/miniforge3', 'pytorch/pytorch',
  'tensorflow/tensorflow', 'nvidia/cuda',
]);

function lastUser(model: DockerfileModel): DfInstruction | undefined {
  let last: DfInstruction | undefined;
  // shippedStages lists the final stage first; its last USER wins, else its parent's.
  for (const stage of shippedStages(model)) {
    for (const ins of stage.instructions) if (ins.keyword === 'USER') last = ins;
    if (last) return last;
  }
  return undefined;
}

function baseRunsAsRoot(model: DockerfileModel): boolean {
  const final = model.stages[model.stages.length - 1];
  if (!final) return false;
  const root = rootStage(model, final);
  const ref = imageRefs(model).find((r) => r.stage === root);
  if (!ref || !ref.path || ref.stageRef || (ref.registry && !/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(ref.registry))) return false;
  return ROOT_IMAGES.has(ref.path.toLowerCase().replace(/^library\//, ''));
}

const rule: Rule<DockerfileModel> = {
  id: 'ServingImageRunsAsRoot',
  language: 'dockerfile',
  severity: 'warning',
  docs: {
    summary: 'An image that serves requests (gunicorn, uvicorn, flask, jupyter… in CMD or ENTRYPOINT) should not run them as root.',
    why:
      'A server facing the network is the part of an image most likely to be attacked; running it as root turns a ' +
      'bug in the application (or a pickle-loading model endpoint) into root in the container. Reported when the ' +
      'final image starts a web server and sets no USER while its base image runs as root (the official language ' +
      'and distribution images, pytorch/pytorch, tensorflow/tensorflow, nvidia/cuda…), or when jupyter is started ' +
      'with `--allow-root`. An explicit `USER root` last is DL3002\'s finding and is not reported again here; an ' +
      'image that starts no server (a training job, a build tool) is left alone.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\nCOPY . /app\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    good:
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0 && useradd --create-home app\nCOPY . /app\nUSER app\n' +
      'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    const user = lastUser(model);
    if (user) return;
    let allowRoot: CmdWord | undefined;
    for (const ins of finalCommands(model)) allowRoot ??= commandWords(model, ins).find((w) => w.value === '--allow-root');
    if (allowRoot) {
      report({ message: 'jupyter is started with --allow-root: add a non-root USER and drop --allow-root', range: allowRoot.range });
      return;
    }
    const first = servers(model)[0];
    if (!first || !baseRunsAsRoot(model)) return;
    const label = first.kind === 'flask' ? 'flask run' : first.kind;
    report({ message: `The image runs ${label} as root (no USER is set): add a non-root USER before CMD`, range: first.nameWord.range });
  },
  tests: [
    {
      name: 'uvicorn on python with no USER',
      input: 'FROM python:3.12\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n',
      expect: [{ line: 2, col: 6, message: 'The image runs uvicorn as root (no USER is set): add a non-root USER before CMD' }],
    },
    {
      name: 'jupyter --allow-root',
      input: 'FROM continuumio/miniconda3\nCMD jupyter notebook --ip=0.0.0.0 --allow-root\n',
      expect: [{ line: 2, col: 35, message: 'jupyter is started with --allow-root: add a non-root USER and drop --allow-root' }],
    },
    {
      name: '--allow-root on a base image whose user is not known',
      input: 'FROM quay.io/acme/notebook:1\nENTRYPOINT ["jupyter", "lab", "--allow-root"]\n',
      expect: [{ line: 2, col: 31, message: 'jupyter is started with --allow-root: add a non-root USER and drop --allow-root' }],
    },
    { name: 'a non-root USER', input: 'FROM python:3.12\nUSER 1000\nCMD ["gunicorn", "app:app"]\n', expect: [] },
    { name: 'USER root last is DL3002\'s finding', input: 'FROM python:3.12\nUSER root\nCMD ["gunicorn", "app:app"]\n', expect: [] },
    { name: 'USER set in the parent stage', input: 'FROM python:3.12 AS base\nUSER app\nFROM base\nCMD ["gunicorn", "app:app"]\n', expect: [] },
    { name: 'no server: a training job', input: 'FROM pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime\nCMD ["python", "train.py"]\n', expect: [] },
    { name: 'a base image that may set its own USER', input: 'FROM jupyter/base-notebook\nCMD ["jupyter", "lab"]\n', expect: [] },
    { name: 'a build stage\'s server does not count', input: 'FROM python:3.12 AS dev\nCMD ["flask", "run"]\nFROM gcr.io/distroless/python3\nCMD ["app.py"]\n', expect: [] },
    {
      name: 'official image through docker.io, from a parent stage',
      input: 'FROM docker.io/library/python:3.12 AS base\nRUN pip install flask\nFROM base\nCMD flask run --host=0.0.0.0\n',
      expect: [{ line: 4, col: 5, message: 'The image runs flask run as root (no USER is set): add a non-root USER before CMD' }],
    },
  ],
};

export default rule;
