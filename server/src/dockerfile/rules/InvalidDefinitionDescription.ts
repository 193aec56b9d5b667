import type { Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';
import { fromParts, keyValues, unquote } from '../scope';
import { memoKey } from '../../engine/memo';

const DIRECTIVE_LINES = memoKey<number>('directiveLines');

/** Lines that are parser directives (`# syntax=`, `# escape=`, `# check=`) at the top of the file. */
function directiveLines(model: DockerfileModel): number {
  return model.memoize(DIRECTIVE_LINES, () => {
    let n = 0;
    while (n < model.lines.lineCount && /^\s*#\s*[A-Za-z]+\s*=/.test(model.lines.lineText(n))) n++;
    return n;
  });
}

/** The description comment of an instruction: the comment lines right above it, after the last empty `#`. */
function description(model: DockerfileModel, ins: DfInstruction): string | undefined {
  const first = directiveLines(model);
  let line = ins.range.start.line - 1;
  let top: string | undefined;
  for (; line >= first; line--) {
    const t = model.lines.lineText(line);
    const m = /^\s*#(.*)$/.exec(t);
    if (!m) break;
    const content = m[1].trim();
    if (content === '') break; // an empty comment ends the description block
    top = content;
  }
  return top;
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidDefinitionDescription',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { buildkit: 'InvalidDefinitionDescription' },
  docs: {
    summary:
      'A comment right above FROM … AS name or ARG should start with that name (`# name description`); experimental in BuildKit, ' +
      'reported only with `# check=experimental=InvalidDefinitionDescription` (or when enabled in the settings).',
    why:
      '`docker buildx build --call=outline` and `--call=targets` show such comments as descriptions of build targets and ' +
      'arguments; a comment that does not start with the name is either not meant as a description (separate it with an ' +
      'empty line or `#`) or is a description that tools will miss.',
    bad: '# check=experimental=InvalidDefinitionDescription\n# the version to build\nARG VERSION=3.20\nFROM alpine:${VERSION}\n',
    good: '# check=experimental=InvalidDefinitionDescription\n# VERSION is the version to build\nARG VERSION=3.20\nFROM alpine:${VERSION}\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      let keys: string[];
      if (ins.keyword === 'ARG') keys = keyValues(model, ins).pairs.map((kv) => unquote(kv.key, model.escape)).filter(Boolean);
      else if (ins.keyword === 'FROM' && ins.stage) {
        const name = fromParts(model, ins.stage).name;
        keys = name ? [name.toLowerCase()] : [];
      } else continue;
      if (keys.length === 0) continue;
      const desc = description(model, ins);
      if (desc === undefined) continue;
      const word = desc.split(' ')[0];
      if (keys.includes(word)) continue;
      const example = keys.length > 1 ? '<arg_key>' : keys[0];
      report({ message: `Comment for ${ins.keyword} should follow the format: \`# ${example} <description>\``, range: ins.range });
    }
  },
  tests: [
    {
      name: "BuildKit's example",
      input:
        '# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\n' +
        'FROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n',
      expect: [
        { line: 3, col: 1, message: 'Comment for ARG should follow the format: `# foo <description>`' },
        { line: 5, col: 1, message: 'Comment for FROM should follow the format: `# base <description>`' },
        { line: 7, col: 1, message: 'Comment for ARG should follow the format: `# version <description>`' },
        { line: 9, col: 1, message: 'Comment for ARG should follow the format: `# <arg_key> <description>`' },
      ],
    },
    {
      name: 'good descriptions and separated comments',
      input:
        '# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# not a description\n\nARG version=latest\n' +
        '# baz this is the baz\nARG foo=baz bar=qux baz=quux\n# a note\n#\nARG bit=bat\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n',
      expect: [],
    },
    { name: 'FROM without a stage name', input: '# the base\nFROM scratch\n', expect: [] },
  ],
};

export default rule;
