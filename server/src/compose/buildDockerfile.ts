// The Dockerfile each Compose service builds, parsed with the project's Dockerfile model: its stage names (for
// `build.target`) and the ARGs it declares (for `build.args`), and the target and args the service gives. Shared by the compose-unknown-target and
// compose-unknown-build-arg rules and by completion. Only builds whose Dockerfile is certain are given: a
// remote or interpolated context has none on disk, and a build without its own `context` in an override file or
// in a service that `extends` another may take its context from elsewhere.
import * as path from 'node:path';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { DockerfileModel } from '../dockerfile/model';
import { globalArgs, keyValues, unquote } from '../dockerfile/scope';
import type { FileHost, Range } from '../engine/types';
import { buildInfos, parsedDockerfile, readDockerfile, type BuildInfo } from './build';
import type { ComposeModel } from './model';
import { composeIndex, isOverrideFile } from './project';
import { deref, effectivePairs, getEffective, isInterpolated, scalarKey } from './schema';
import { memoKey } from '../engine/memo';

export interface ServiceDockerfile {
  info: BuildInfo;
  dockerfile: DockerfileModel;
  /** How messages name it: its path from the Compose file's folder, or "the inline Dockerfile". */
  label: string;
}

export function serviceDockerfiles(model: ComposeModel, docPath: string | undefined, files: FileHost): Map<string, ServiceDockerfile> {
  const out = new Map<string, ServiceDockerfile>();
  if (!docPath) return out;
  const dir = path.dirname(docPath);
  const override = isOverrideFile(docPath);
  const services = composeIndex(model).defs.service;
  for (const info of buildInfos(model, docPath)) {
    if (info.inline === undefined) {
      if (!info.contextNode) {
        // No context of its own: an override file's build is merged over the base file's, and `extends` may give one.
        const svc = deref(model.doc, services.get(info.service)?.pair.value);
        if (override || (isMap(svc) && getEffective(model.doc, svc, 'extends'))) continue;
      }
      if (!info.dockerfileAbs) continue;
    }
    const text = readDockerfile(info, files);
    if (text === undefined) continue;
    const label = info.inline !== undefined ? 'the inline Dockerfile' : path.relative(dir, info.dockerfileAbs!).split(path.sep).join('/');
    out.set(info.service, { info, dockerfile: parsedDockerfile(text), label });
  }
  return out;
}

/** The value of `services.<service>.build.<key>` (aliases and merge keys followed), if the build is a mapping. */
function serviceBuild(model: ComposeModel, service: string, key: string): unknown {
  const doc = model.doc;
  const svc = deref(doc, composeIndex(model).defs.service.get(service)?.pair.value);
  const build = isMap(svc) ? deref(doc, getEffective(doc, svc, 'build')?.value) : undefined;
  return isMap(build) ? deref(doc, getEffective(doc, build, key)?.value) : undefined;
}

/** The scalar of `services.<name>.build.target`, when it is a plain string. */
export function targetNode(model: ComposeModel, service: string): Scalar | undefined {
  const t = serviceBuild(model, service, 'target');
  return isScalar(t) && typeof t.value === 'string' ? (t as Scalar) : undefined;
}

export interface BuildArgName {
  name: string;
  range: Range;
}

/** The names `services.<name>.build.args` sets, in its mapping or its list (`NAME=value`) form. */
export function buildArgNames(model: ComposeModel, service: string): BuildArgName[] {
  const doc = model.doc;
  const args = serviceBuild(model, service, 'args');
  const out: BuildArgName[] = [];
  if (isMap(args)) {
    for (const p of effectivePairs(doc, args)) {
      const name = scalarKey(p);
      if (name !== undefined) out.push({ name, range: model.keyRange(p) });
    }
  } else if (isSeq(args)) {
    for (const it of args.items) {
      const s = deref(doc, it);
      if (!isScalar(s) || typeof s.value !== 'string' || !s.range) continue;
      const name = s.value.split('=')[0];
      const src = model.text.slice(s.range[0], s.range[1]);
      const at = src.indexOf(name);
      const start = s.range[0] + (at >= 0 ? at : 0);
      out.push({ name, range: model.lines.range(start, start + name.length) });
    }
  }
  return out.filter((a) => a.name && !isInterpolated(a.name));
}

/** Names of the stages (`FROM … AS name`), first of each name, as written. */
export function stageNames(df: DockerfileModel): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of df.stages) {
    if (!s.name || seen.has(s.name.toLowerCase())) continue;
    seen.add(s.name.toLowerCase());
    out.push(s.name);
  }
  return out;
}

export interface DeclaredArg {
  name: string;
  /** The default written in the ARG, if any. */
  value?: string;
  /** 0-based line of the ARG. */
  line: number;
  /** The stage it is declared in, or undefined for a global ARG (before the first FROM). */
  stage?: string;
}

const DECLARED_ARGS = memoKey<Map<string, DeclaredArg>>('compose:declaredArgs');

/** The ARGs the Dockerfile declares: global ones and those of every stage (first declaration of each name). */
export function declaredArgs(df: DockerfileModel): Map<string, DeclaredArg> {
  return df.memoize(DECLARED_ARGS, () => {
    const out = new Map<string, DeclaredArg>();
    const globals = globalArgs(df).declared;
    for (const ins of [...df.preamble, ...df.stages.flatMap((s) => s.instructions)]) {
      if (ins.keyword !== 'ARG') continue;
      for (const kv of keyValues(df, ins).pairs) {
        const name = unquote(kv.key, df.escape);
        if (!name || out.has(name)) continue;
        const value = ins.stage ? (kv.value === undefined ? undefined : unquote(kv.value, df.escape)) : globals.get(name);
        out.set(name, { name, value, line: ins.range.start.line, stage: ins.stage ? (ins.stage.name ?? `#${ins.stage.index}`) : undefined });
      }
    }
    return out;
  });
}
