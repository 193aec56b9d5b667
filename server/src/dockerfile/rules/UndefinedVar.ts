import type { Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';
import { expandWord, globalArgs, isImplicitArg, keyValues, logicalLine, namesBefore, parseFlagsAndWords, scopes, stageLookup, undefinedRefs } from '../scope';
import { closest, didYouMean } from '../../engine/suggest';
import type { StageScope } from '../scope';

/** The words BuildKit expands for an instruction (RUN, CMD, ENTRYPOINT, HEALTHCHECK and SHELL are left to the shell). */
function expandedWords(model: DockerfileModel, ins: DfInstruction): string[] {
  switch (ins.keyword) {
    case 'ENV':
    case 'LABEL':
    case 'ARG': {
      const out: string[] = [];
      for (const kv of keyValues(model, ins).pairs) {
        out.push(kv.key);
        if (kv.value !== undefined) out.push(kv.value);
      }
      return out;
    }
    case 'COPY':
    case 'ADD': {
      const { flags, words } = parseFlagsAndWords(model, ins);
      const out = words.filter((w) => !w.startsWith('<<'));
      for (const f of flags) if ((f.name === 'chown' || f.name === 'chmod') && f.value) out.push(f.value);
      return out;
    }
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      return [logicalLine(model, ins).args.trim()];
    case 'VOLUME':
      return parseFlagsAndWords(model, ins).words;
    default:
      return [];
  }
}

export function undefinedVarsAt(model: DockerfileModel, scope: StageScope, ins: DfInstruction): string[] {
  const lookup = stageLookup(scope, ins.index);
  const missing: string[] = [];
  for (const w of expandedWords(model, ins)) {
    if (!w.includes('$')) continue;
    const e = expandWord(w, lookup, model.escape);
    for (const n of undefinedRefs(e)) if (!missing.includes(n) && !isImplicitArg(n)) missing.push(n);
  }
  return missing;
}

const rule: Rule<DockerfileModel> = {
  id: 'UndefinedVar',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'UndefinedVar' },
  docs: {
    summary: 'Variables used in ENV, LABEL, ARG, COPY, ADD, WORKDIR, USER, VOLUME and STOPSIGNAL should be defined before their use.',
    why:
      'An undefined variable expands to an empty string, so `COPY $DIR_ASSET .` copies the whole context and `ENV PATH=$PAHT:/x` ' +
      'loses the PATH. Global ARGs are not visible in a stage until it repeats `ARG NAME`. (RUN commands are expanded by the shell and not checked.) ' +
      'The ENV of popular official base images counts as defined (`$GOPATH` in golang, `$JAVA_HOME` in eclipse-temurin, `$NODE_VERSION` in node); ' +
      'on a base image whose environment is not known, only names that are certainly wrong are reported (near misses, names defined later, global ARGs not redeclared).',
    bad: 'FROM alpine:3.19\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET /srv/\n',
    good: 'FROM alpine:3.19\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSETS /srv/\n',
  },
  check({ model, report }) {
    const globals = globalArgs(model).declared;
    for (const scope of scopes(model).byStage) {
      for (const ins of scope.stage.instructions) {
        if (ins.keyword === 'FROM') continue;
        const missing = undefinedVarsAt(model, scope, ins);
        if (missing.length === 0) continue;
        const options = namesBefore(scope, ins.index);
        for (const n of missing) {
          const s = closest(n, options, { caseSensitive: !scope.windows, maxDistance: 2 });
          if (!scope.baseKnown) {
            // The base image's environment is unknown here: report only what is certainly a mistake, a name the
            // stage defines later, a near-miss of a defined name, or a global ARG the stage never redeclared.
            const later = scope.defs.has(n) && scope.defs.get(n)! >= ins.index;
            if (!later && !s && !globals.has(n)) continue;
          }
          report({ message: `Usage of undefined variable '$${n}'${didYouMean(s && `$${s}`, 'dockerfile')}`, range: ins.range });
        }
      }
    }
  },
  tests: [
    { name: 'used before its ARG', input: 'FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n', expect: [{ line: 2, col: 1, message: "Usage of undefined variable '$foo'" }] },
    { name: 'near miss', input: 'FROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\n', expect: [{ line: 4, col: 1, message: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)" }] },
    { name: 'PATH typo', input: 'FROM alpine\nENV PATH=$PAHT:/tmp/bin\n', expect: [{ line: 2, col: 1, message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)" }] },
    {
      name: 'scratch stages',
      input: 'FROM scratch AS first\nCOPY $foo .\nFROM scratch AS second\nCOPY ${bar} .\n',
      expect: [
        { line: 2, col: 1, message: "Usage of undefined variable '$foo'" },
        { line: 4, col: 1, message: "Usage of undefined variable '$bar'" },
      ],
    },
    { name: 'global ARG needs redeclaring', input: 'ARG V=1\nFROM node:20\nCOPY app-$V.tgz .\n', expect: [{ line: 3, col: 1, message: "Usage of undefined variable '$V'" }] },
    {
      name: 'defined, inherited and shell-expanded',
      input:
        'ARG V=1\nFROM alpine AS base\nARG foo=Dockerfile\nARG V\nENV A=1\nRUN echo $PATH $UNDEFINED\nCOPY Dockerfile${foo} /$V/\n' +
        'FROM base\nCOPY $foo $A .\nLABEL x="${A}" y=\'$NOT_EXPANDED\' z=\\$ESCAPED\nWORKDIR ${UNSET:-/default}\n',
      expect: [],
    },
    { name: 'ARG without a value', input: 'FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n', expect: [] },
    { name: 'unknown base image env is trusted', input: 'FROM ghcr.io/acme/python:3.12\nENV PATH=$PYTHON_HOME/bin:$PATH\nWORKDIR $HOME\n', expect: [] },
    { name: 'golang image env', input: 'FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH\nRUN echo $GOPATH\nWORKDIR $GOPATH/src/app\n', expect: [] },
    { name: 'eclipse-temurin image env', input: 'FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH\nLABEL java=$JAVA_VERSION\n', expect: [] },
    { name: 'python image env', input: 'FROM python:3.12-slim\nLABEL python.version=$PYTHON_VERSION\nENV LC_ALL=$LANG\n', expect: [] },
    { name: 'node image env', input: 'FROM node:20\nCOPY node-$NODE_VERSION.txt yarn-${YARN_VERSION}.txt /srv/\n', expect: [] },
    { name: 'image env shadows a global ARG of the same name', input: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\nLABEL node=$NODE_VERSION\n', expect: [] },
    { name: 'image env through stages', input: 'FROM golang:1.22 AS build\nFROM build AS test\nWORKDIR $GOPATH/src\nFROM test\nCOPY . $GOPATH/src/app\n', expect: [] },
    {
      name: 'registry-prefixed official images',
      input: 'FROM docker.io/library/python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nENV V=$PYTHON_VERSION\nFROM library/node:20\nENV V=$NODE_VERSION\nFROM index.docker.io/golang\nENV V=$GOLANG_VERSION\n',
      expect: [],
    },
    {
      name: 'known image: names it does not define are reported',
      input: 'FROM python:3.12-slim\nWORKDIR $HOME/app\nFROM golang:1.22 AS build\nFROM build\nENV PATH=$GOPAHT/bin:$PATH\nCOPY $NODE_VERSION /srv/\n',
      expect: [
        { line: 2, col: 1, message: "Usage of undefined variable '$HOME'" },
        { line: 5, col: 1, message: "Usage of undefined variable '$GOPAHT' (did you mean $GOPATH?)" },
        { line: 6, col: 1, message: "Usage of undefined variable '$NODE_VERSION'" },
      ],
    },
    { name: 'image whose environment is only partly known', input: 'FROM eclipse-temurin:21-jre\nWORKDIR $APP_HOME\n', expect: [] },
    { name: 'Windows tags of a known image', input: 'FROM golang:1.22-nanoserver-ltsc2022\nWORKDIR $USERPROFILE\n', expect: [] },
    { name: 'proxy args', input: 'FROM scratch\nENV http_proxy=$HTTP_PROXY\n', expect: [] },
    {
      name: 'heredocs, ONBUILD, CMD and HEALTHCHECK are not expanded by BuildKit',
      input: 'FROM scratch\nCOPY <<EOF /a.txt\n$NOT_A_VAR\nEOF\nONBUILD COPY $LATER .\nCMD echo $X\nHEALTHCHECK CMD curl $URL\n',
      expect: [],
    },
    { name: 'flags of COPY', input: 'FROM scratch\nCOPY --chown=$APP_USER:0 a /a\n', expect: [{ line: 2, col: 1, message: "Usage of undefined variable '$APP_USER'" }] },
    { name: 'same ENV instruction does not define it yet', input: 'FROM scratch\nENV A=1 B=$A\n', expect: [{ line: 2, col: 1, message: "Usage of undefined variable '$A'" }] },
    { name: 'Windows names are case-insensitive', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV GOPATH=C:\\go\nENV PATH=$GoPath\\bin\n', expect: [] },
    { name: 'escape directive', input: '# escape=`\nFROM scratch\nENV A=`$B\n', expect: [] },
  ],
};

export default rule;
