import type { HadolintDocExamples } from './types';

// hadolint's single-instruction cases have no FROM; a base image that sets no WORKDIR stands in for "no WORKDIR set".
// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD, so its "ONBUILD" variants of these COPY
// cases are the plain instruction again (where they differ from the plain case, they are written here so); its
// DL3045 does not look into ONBUILD triggers, and Slipway's does not either.
const df = (lines: string) => ({ dockerfile: `FROM debian:bookworm\n${lines}\n` });
const UNQUOTED_BACKSLASH =
  'with the default escape character the builder reads an unquoted `c:\\system32\\blubb.sh` as `c:system32blubb.sh`, ' +
  'a relative path (quoted, with doubled backslashes or under `# escape=` it is absolute, and Slipway agrees there)';

const examples: HadolintDocExamples = {
  id: 'DL3045',
  source: 'hadolint test/Hadolint/Rule/DL3045Spec.hs',
  bad: [
    df('COPY bla.sh blubb.sh'),
    df('COPY bla.sh "blubb.sh"'),
    { dockerfile: 'FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n' },
    { dockerfile: 'FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n' },
    df('COPY a b'),
  ],
  good: [
    df('COPY bla.sh /usr/local/bin/blubb.sh'),
    df('COPY bla.sh "/usr/local/bin/blubb.s"'),
    df('COPY bla.sh "/usr/local/bin/blubb.sh"'),
    { ...df('COPY bla.sh c:\\system32\\blubb.sh'), differs: UNQUOTED_BACKSLASH },
    { ...df('COPY bla.sh d:\\mypath\\blubb.sh'), differs: UNQUOTED_BACKSLASH },
    df('COPY bla.sh "c:\\system32\\blubb.sh"'),
    df('COPY bla.sh "d:\\mypath\\blubb.sh"'),
    df('COPY bla.sh c:/system32/blubb.sh'),
    df('COPY bla.sh d:/mypath/blubb.sh'),
    { dockerfile: 'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n' },
    { dockerfile: 'FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n' },
    df('COPY src.sh ${SRC_BASE_ENV}'),
    df('COPY src.sh $SRC_BASE_ENV'),
    df('COPY src.sh "${SRC_BASE_ENV}"'),
    df('COPY src.sh "$SRC_BASE_ENV"'),
    { dockerfile: 'FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n' },
    { dockerfile: 'FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n' },
    { dockerfile: 'FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n' },
    { dockerfile: 'FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n' },
    { dockerfile: 'FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n' },
  ],
};
export default examples;
