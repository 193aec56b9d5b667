import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { expandWord, fromLookup, fromParts } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'RedundantTargetPlatform',
  language: 'dockerfile',
  severity: 'info',
  compat: { buildkit: 'RedundantTargetPlatform', hadolint: 'DL3065' },
  fix: { safety: 'safe', why: 'Stages are built for the target platform by default: removing the flag changes nothing.' },
  docs: {
    summary: '`FROM --platform=$TARGETPLATFORM` is redundant: that is already the default.',
    why: 'Stages are built for the target platform unless told otherwise; the flag adds noise and suggests a cross-build setup that is not there.',
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.19\n',
    good: 'FROM alpine:3.19\n',
  },
  check({ model, report }) {
    const lookup = fromLookup(model);
    for (const stage of model.stages) {
      const value = fromParts(model, stage).platform;
      if (!value || !value.includes('$')) continue;
      const e = expandWord(value, lookup, model.escape);
      const found = e.refs.filter((r) => r.found);
      if (e.error || found.length !== 1 || e.refs.length !== 1 || found[0].name !== 'TARGETPLATFORM') continue;
      if (e.result !== lookup('TARGETPLATFORM')) continue;
      const flag = stage.platformFlag;
      const fr = flag?.getRange();
      const fixes =
        fr && fr.start.line === fr.end.line
          ? [{ title: 'Remove --platform', preferred: true, edits: [{ range: { start: fr.start, end: { line: fr.end.line, character: fr.end.character + (/^[ \t]/.test(model.lines.lineText(fr.end.line).slice(fr.end.character)) ? 1 : 0) } }, newText: '' }] }]
          : undefined;
      report({
        message: `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`,
        range: fr && fr.start.line === stage.fromInstruction.range.start.line ? fr : stage.fromInstruction.range,
        fixes,
      });
    }
  },
  tests: [
    { name: '$TARGETPLATFORM', input: 'FROM --platform=$TARGETPLATFORM scratch\n', expect: [{ line: 1, col: 6, message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior' }], fixed: 'FROM scratch\n' },
    { name: '${TARGETPLATFORM}', input: 'FROM --platform=${TARGETPLATFORM} scratch AS a\n', expect: [{ line: 1, col: 6, message: 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior' }], fixed: 'FROM scratch AS a\n' },
    { name: '$BUILDPLATFORM is meaningful', input: 'FROM --platform=$BUILDPLATFORM golang:1.22\n', expect: [] },
    {
      name: 'quoted value (the builder removes the quotes)',
      input: 'FROM --platform="$TARGETPLATFORM" scratch\n',
      expect: [{ line: 1, col: 6, message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior' }],
      fixed: 'FROM scratch\n',
    },
    { name: 'combined values', input: 'FROM --platform=$TARGETOS/$TARGETARCH scratch\n', expect: [] },
    { name: 'check=skip', input: '\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n', expect: [] },
  ],
};

export default rule;
