// Signature help for instructions with positional arguments; the active parameter follows the cursor.
import { MarkupKind, ParameterInformation, SignatureHelp, SignatureInformation } from 'vscode-languageserver-types';
import type { Argument } from 'dockerfile-ast';
import type { DockerfileModel } from '../model';
import { DOCS, INSTRUCTION_BY_NAME } from './data';
import { before, instructionAtLine, Pos } from './util';

interface Sig {
  label: string;
  params: { label: string; doc: string }[];
}

const SIGS: Record<string, Sig[]> = {
  FROM: [{ label: 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]', params: [
    { label: '[--platform=<platform>]', doc: 'Platform of the base image.' },
    { label: '<image>[:<tag>|@<digest>]', doc: 'Base image, or an earlier stage.' },
    { label: '[AS <name>]', doc: 'Name of this stage, for `COPY --from`, `RUN --mount=from=` and `--target`.' },
  ] }],
  COPY: [{ label: 'COPY [OPTIONS] <src>... <dest>', params: [
    { label: '[OPTIONS]', doc: '`--from`, `--chown`, `--chmod`, `--link`, `--parents`, `--exclude`.' },
    { label: '<src>...', doc: 'Sources, relative to the build context (or to `--from`). Wildcards allowed.' },
    { label: '<dest>', doc: 'Destination in the image; a directory when it ends with `/` or there are several sources.' },
  ] }],
  ADD: [{ label: 'ADD [OPTIONS] <src>... <dest>', params: [
    { label: '[OPTIONS]', doc: '`--checksum`, `--keep-git-dir`, `--chown`, `--chmod`, `--link`, `--exclude`.' },
    { label: '<src>...', doc: 'Local files, URLs or Git repositories. Local tar archives are unpacked.' },
    { label: '<dest>', doc: 'Destination in the image.' },
  ] }],
  RUN: [{ label: 'RUN [OPTIONS] <command>', params: [
    { label: '[OPTIONS]', doc: '`--mount`, `--network`, `--security`.' },
    { label: '<command>', doc: 'Shell command (shell form) or JSON array (exec form).' },
  ] }],
  HEALTHCHECK: [
    { label: 'HEALTHCHECK [OPTIONS] CMD <command>', params: [
      { label: '[OPTIONS]', doc: '`--interval`, `--timeout`, `--start-period`, `--start-interval`, `--retries`.' },
      { label: 'CMD', doc: 'Check with a command.' },
      { label: '<command>', doc: 'Exit code 0 means healthy, 1 unhealthy.' },
    ] },
    { label: 'HEALTHCHECK NONE', params: [{ label: 'NONE', doc: 'Disable any healthcheck inherited from the base image.' }] },
  ],
  ARG: [{ label: 'ARG <name>[=<default value>]', params: [
    { label: '<name>', doc: 'Name of the build arg.' },
    { label: '[=<default value>]', doc: 'Default used when `--build-arg` does not set it.' },
  ] }],
  ENV: [{ label: 'ENV <key>=<value> ...', params: [
    { label: '<key>', doc: 'Variable name.' },
    { label: '<value>', doc: 'Value; quote it when it contains spaces.' },
  ] }],
  LABEL: [{ label: 'LABEL <key>=<value> ...', params: [
    { label: '<key>', doc: 'Label key, e.g. `org.opencontainers.image.source`.' },
    { label: '<value>', doc: 'Label value.' },
  ] }],
  EXPOSE: [{ label: 'EXPOSE <port>[/<protocol>]...', params: [{ label: '<port>[/<protocol>]...', doc: 'Port, with `tcp` (default) or `udp`.' }] }],
  USER: [{ label: 'USER <user>[:<group>]', params: [
    { label: '<user>', doc: 'User name or UID.' },
    { label: '[:<group>]', doc: 'Group name or GID.' },
  ] }],
  WORKDIR: [{ label: 'WORKDIR <path>', params: [{ label: '<path>', doc: 'Working directory; created when missing.' }] }],
  VOLUME: [{ label: 'VOLUME <path>...', params: [{ label: '<path>...', doc: 'Mount points.' }] }],
  STOPSIGNAL: [{ label: 'STOPSIGNAL <signal>', params: [{ label: '<signal>', doc: 'Signal name (`SIGTERM`) or number.' }] }],
  SHELL: [{ label: 'SHELL ["<executable>", "<parameters>"...]', params: [
    { label: '"<executable>"', doc: 'The shell.' },
    { label: '"<parameters>"...', doc: 'Its arguments, e.g. `-c`.' },
  ] }],
  CMD: [{ label: 'CMD ["<executable>", "<param>"...]', params: [
    { label: '"<executable>"', doc: 'Program to run (or the first argument for ENTRYPOINT).' },
    { label: '"<param>"...', doc: 'Arguments.' },
  ] }],
  ENTRYPOINT: [{ label: 'ENTRYPOINT ["<executable>", "<param>"...]', params: [
    { label: '"<executable>"', doc: 'Program to run.' },
    { label: '"<param>"...', doc: 'Arguments; CMD is appended.' },
  ] }],
  ONBUILD: [{ label: 'ONBUILD <INSTRUCTION>', params: [{ label: '<INSTRUCTION>', doc: 'Instruction run when the image is used as a base.' }] }],
  MAINTAINER: [{ label: 'MAINTAINER <name>', params: [{ label: '<name>', doc: 'Deprecated; use a LABEL.' }] }],
};

function toInfo(keyword: string, s: Sig, active: number): SignatureInformation {
  const info = INSTRUCTION_BY_NAME.get(keyword);
  return {
    label: s.label,
    documentation: info ? { kind: MarkupKind.Markdown, value: `${info.summary}\n\n[Reference](${DOCS}#${info.anchor})` } : undefined,
    parameters: s.params.map((p): ParameterInformation => ({ label: p.label, documentation: { kind: MarkupKind.Markdown, value: p.doc } })),
    activeParameter: active,
  };
}

const endsBefore = (a: Argument, p: Pos) => before(a.getRange().end, p);
const contains = (a: Argument, p: Pos) => !before(p, a.getRange().start) && !before(a.getRange().end, p);

/** Signature help at `pos`, or null outside an instruction's arguments. */
export function dockerfileSignatureHelp(model: DockerfileModel, pos: Pos): SignatureHelp | null {
  const ins = instructionAtLine(model, pos.line);
  if (!ins) return null;
  const sigs = SIGS[ins.keyword];
  if (!sigs) return null;
  // Only after the keyword and a separator.
  if (!before(ins.keywordRange.end, pos)) return null;
  const node = ins.node;
  const args = node.getArguments();
  const flags = ((node as unknown as { getFlags?: () => { getRange(): { start: Pos; end: Pos } }[] }).getFlags?.call(node) ?? []);
  const onFlag = flags.some((f) => !before(pos, f.getRange().start) && !before(f.getRange().end, pos));
  const current = args.findIndex((a) => contains(a, pos));
  const done = args.filter((a) => endsBefore(a, pos) && !contains(a, pos)).length;
  const lineText = model.lines.lineText(pos.line);
  const typingFlag = /(^|\s)-[^\s]*$/.test(lineText.slice(0, pos.character)) && current < 0 && done === 0;
  let active = 0;
  let sig = 0;
  switch (ins.keyword) {
    case 'FROM':
    case 'RUN':
    case 'COPY':
    case 'ADD':
    case 'HEALTHCHECK': {
      if (onFlag || typingFlag) break;
      const i = current >= 0 ? current : done; // index among non-flag arguments
      if (ins.keyword === 'FROM') active = i === 0 ? 1 : 2;
      else if (ins.keyword === 'RUN') active = 1;
      else if (ins.keyword === 'HEALTHCHECK') {
        const first = args[0]?.getValue().toUpperCase();
        if (first && first.startsWith('N') && 'NONE'.startsWith(first)) {
          sig = 1;
          active = 0;
        } else active = i === 0 ? 1 : 2;
      } else {
        // COPY/ADD: the last argument is the destination; a new argument after at least one source is too.
        const n = args.length;
        if (current >= 0) active = current === n - 1 && n >= 2 ? 2 : 1;
        else active = done >= 1 ? 2 : 1;
      }
      break;
    }
    case 'ARG':
    case 'ENV':
    case 'LABEL': {
      const before = lineText.slice(0, pos.character);
      const word = /\S*$/.exec(before)![0];
      active = word.includes('=') ? 1 : 0;
      break;
    }
    case 'USER': {
      const before = lineText.slice(0, pos.character);
      active = /\S*$/.exec(before)![0].includes(':') ? 1 : 0;
      break;
    }
    case 'SHELL':
    case 'CMD':
    case 'ENTRYPOINT': {
      const i = current >= 0 ? current : done;
      active = i === 0 ? 0 : 1;
      break;
    }
    default:
      active = 0;
  }
  return { signatures: sigs.map((s, i) => toInfo(ins.keyword, s, i === sig ? active : 0)), activeSignature: sig, activeParameter: active };
}
