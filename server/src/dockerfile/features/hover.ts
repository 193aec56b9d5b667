// Hover for Dockerfiles: instruction and flag docs, mount options, parser directives, variables (where declared and
// their value), stage names (their FROM line) and the docs of rules whose findings cover the position.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import type { Flag } from 'dockerfile-ast';
import type { DockerfileModel } from '../model';
import type { Finding, Range, Rule } from '../../engine/types';
import { ruleDocUrl } from '../../engine/types';
import { withFindingHover } from '../../engine/findingHover';
import { DIRECTIVES, flagInfo, instructionDocMarkdown, MOUNT_OPTIONS, MOUNT_TYPES, PLATFORM_ARGS, BUILDKIT_ARGS, PROXY_ARGS } from './data';
import { declarationsOf, stageAt, symbolIndex, varAt } from './symbols';
import { scopes } from '../scope';
import { imageRefs } from '../image';
import { imagePageUrl } from './documentLinks';
import { before, instructionAtLine, Pos, touches } from './util';

function lineOf(model: DockerfileModel, line: number): string {
  return model.lines.lineText(line).trim();
}

function flagsOf(node: unknown): Flag[] {
  const f = (node as { getFlags?: () => Flag[] }).getFlags;
  return typeof f === 'function' ? f.call(node) : [];
}

/** The main hover content at a position, without rule docs. */
function symbolHover(model: DockerfileModel, pos: Pos): { text: string; range?: Range } | undefined {
  const lineText = model.lines.lineText(pos.line);
  // Parser directives.
  for (const d of model.directives) {
    if (d.getRange().start.line !== pos.line) continue;
    const info = DIRECTIVES.find((x) => x.name === d.getName().toLowerCase());
    if (info && touches(d.getNameRange(), pos)) return { text: `**# ${info.name}=** (parser directive)\n\n${info.doc}`, range: d.getNameRange() };
  }
  if (model.checkDirective && model.checkDirective.range.start.line === pos.line) {
    const info = DIRECTIVES.find((x) => x.name === 'check')!;
    return { text: `**# check=** (parser directive)\n\n${info.doc}` };
  }
  if (/^\s*#/.test(lineText)) return undefined;

  const index = symbolIndex(model);
  const v = varAt(index, pos);
  if (v) {
    const decls = declarationsOf(index, v.group);
    const predefined = [...PLATFORM_ARGS, ...BUILDKIT_ARGS].find((a) => a.name === v.name);
    if (!decls.length) {
      if (predefined) return { text: `**${v.name}** (predefined build arg)\n\n${predefined.doc}${v.scope >= 0 ? `\n\nDeclare it with \`ARG ${v.name}\` in this stage to use it.` : ''}`, range: v.range };
      if (PROXY_ARGS.includes(v.name)) return { text: `**${v.name}** (predefined proxy build arg)`, range: v.range };
      const image = v.scope >= 0 ? scopes(model).byStage[v.scope]?.image : undefined;
      if (image?.names.has(v.name)) return { text: `**${v.name}** (environment variable set by the \`${image.repository}\` base image)`, range: v.range };
      return { text: `**${v.name}**: not declared by an ARG or ENV in this scope (set by the base image or the shell, or undefined).`, range: v.range };
    }
    // The declaration in effect: the latest one before the use (or the one hovered).
    const prior = decls.filter((d) => d.instruction !== v.instruction && before(d.range.start, v.range.start));
    const sameScope = prior.filter((d) => d.scope === v.scope);
    const eff = v.kind !== 'ref' ? v : (sameScope[sameScope.length - 1] ?? prior[prior.length - 1] ?? decls[0]);
    let value = eff.value;
    if (value == null && eff.kind === 'arg' && eff.scope >= 0) {
      // `ARG NAME` in a stage takes the default of the global ARG of the same name.
      const g = decls.find((d) => d.scope === -1 && d.value != null);
      if (g) value = g.value;
    }
    const lines = [`**${v.name}** (${eff.kind === 'arg' ? 'build arg' : 'environment variable'})`, ''];
    lines.push(value == null ? 'No default value.' : `Value: \`${value}\``);
    lines.push('', `Declared on line ${eff.instruction.range.start.line + 1}:`, '```dockerfile', lineOf(model, eff.instruction.range.start.line), '```');
    return { text: lines.join('\n'), range: v.range };
  }
  const s = stageAt(index, pos);
  const image = s ? undefined : baseImageHover(model, pos);
  if (image) return image;
  if (s) {
    const st = s.stage;
    const l = st.fromInstruction.range.start.line;
    return { text: [`**Stage ${st.name ?? st.index}** (stage ${st.index}, line ${l + 1})`, '```dockerfile', lineOf(model, l), '```'].join('\n'), range: s.range };
  }

  const ins = instructionAtLine(model, pos.line);
  if (!ins) return undefined;
  if (touches(ins.keywordRange, pos)) {
    const doc = instructionDocMarkdown(ins.keyword);
    return doc ? { text: doc, range: ins.keywordRange } : undefined;
  }
  // ONBUILD trigger keyword.
  if (ins.keyword === 'ONBUILD') {
    const r = (ins.node as unknown as { getTriggerRange(): Range | null }).getTriggerRange();
    const w = (ins.node as unknown as { getTrigger(): string | null }).getTrigger();
    if (r && w && touches(r, pos)) {
      const doc = instructionDocMarkdown(w.toUpperCase());
      return doc ? { text: doc, range: r } : undefined;
    }
  }
  for (const f of flagsOf(ins.node)) {
    if (!touches(f.getRange(), pos)) continue;
    const nameRange = f.getNameRange();
    const flagStart = { line: nameRange.start.line, character: nameRange.start.character - 2 };
    if (touches({ start: flagStart, end: nameRange.end }, pos)) {
      const info = flagInfo(ins.keyword, f.getName());
      if (!info) return undefined;
      return { text: `**--${info.name}${info.value ? `=${info.value}` : ''}** (${ins.keyword} flag)\n\n${info.doc}`, range: { start: flagStart, end: nameRange.end } };
    }
    if (ins.keyword === 'RUN' && f.getName() === 'mount') {
      for (const o of f.getOptions()) {
        if (touches(o.getNameRange(), pos)) {
          const info = MOUNT_OPTIONS.find((m) => m.name === o.getName()) ?? aliasOption(o.getName());
          if (info) return { text: `**${o.getName()}** (mount option)\n\n${info.doc}`, range: o.getNameRange() };
        }
        const vr = o.getValueRange();
        if (o.getName() === 'type' && vr && touches(vr, pos)) {
          const t = MOUNT_TYPES.find((m) => m.name === o.getValue());
          if (t) return { text: `**type=${t.name}**\n\n${t.doc}`, range: vr };
        }
      }
    }
  }
  return undefined;
}

const REGISTRY_NAMES: Record<string, string> = {
  'docker.io': 'Docker Hub',
  'ghcr.io': 'GitHub Container Registry',
  'quay.io': 'Quay',
  'mcr.microsoft.com': 'Microsoft Artifact Registry',
  'gcr.io': 'Google Container Registry',
  'public.ecr.aws': 'Amazon ECR Public Gallery',
  'registry.k8s.io': 'Kubernetes registry',
};

/** The image of a FROM under the cursor: registry, repository, tag or digest, the value its ARGs give it, and its page. */
function baseImageHover(model: DockerfileModel, pos: Pos): { text: string; range: Range } | undefined {
  const ref = imageRefs(model).find((r) => touches(r.range, pos));
  if (!ref || ref.stageRef) return undefined;
  const rows: string[] = [];
  if (ref.scratch) return { text: '**scratch** (base image)\n\nThe empty image: the stage starts from no files at all.', range: ref.range };
  if (ref.resolved === undefined) {
    return { text: `**${ref.written}** (base image)\n\nA variable in it has no default: the image is chosen with \`--build-arg\` at build time.`, range: ref.range };
  }
  const registry = ref.registry ?? 'docker.io';
  const official = !ref.registry && ref.path !== undefined && !ref.path.includes('/');
  rows.push(`| registry | ${REGISTRY_NAMES[registry.toLowerCase()] ? `${REGISTRY_NAMES[registry.toLowerCase()]} (\`${registry}\`)` : `\`${registry}\``} |`);
  rows.push(`| repository | \`${official ? `library/${ref.path}` : ref.path}\`${official ? ' (Docker official image)' : ''} |`);
  if (ref.tag !== undefined) rows.push(`| tag | \`${ref.tag}\` |`);
  if (ref.digest !== undefined) rows.push(`| digest | \`${ref.digest}\` (pinned: the tag is not looked up) |`);
  if (ref.tag === undefined && ref.digest === undefined) rows.push('| tag | none: `latest`, whatever it points to when the image is pulled |');
  const lines = [`**${ref.resolved}** (base image${ref.substituted ? `, from \`${ref.written}\` with the ARG defaults` : ''})`, '', '| | |', '| --- | --- |', ...rows];
  const page = imagePageUrl(ref.resolved);
  if (page) lines.push('', `[${ref.path} on ${REGISTRY_NAMES[registry.toLowerCase()] ?? registry}](${page})`);
  return { text: lines.join('\n'), range: ref.range };
}

function aliasOption(name: string) {
  const alias: Record<string, string> = { dst: 'target', destination: 'target', src: 'source', ro: 'readonly', readwrite: 'rw' };
  return alias[name] ? MOUNT_OPTIONS.find((m) => m.name === alias[name]) : undefined;
}

/** Hover at `pos`; `findings`/`rules` add the docs of rules reported there. */
export function dockerfileHover(model: DockerfileModel, pos: Pos, findings: Finding[] = [], rules: Rule<unknown>[] = []): Hover | null {
  const main = symbolHover(model, pos);
  return withFindingHover(main ? { contents: { kind: MarkupKind.Markdown, value: main.text }, ...(main.range ? { range: main.range } : {}) } : null, findings, pos, rules);
}
