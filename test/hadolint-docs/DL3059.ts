import type { HadolintDocExamples } from './types';

const df = (lines: string) => ({ dockerfile: `FROM debian:10\n${lines}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3059',
  source: 'hadolint test/Hadolint/Rule/DL3059Spec.hs',
  bad: [
    df('RUN /foo.sh\nRUN /bar.sh'),
    df('RUN /foo.sh\n# a comment\nRUN /bar.sh'),
    df('RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh'),
    df('RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh'),
    df('RUN foo && bar\nRUN foo\nRUN bar'),
  ],
  good: [
    { dockerfile: 'FROM debian:10\n' },
    df('RUN /foo.sh'),
    df('RUN /foo.sh\nWORKDIR /\nRUN /bar.sh'),
    df('# a comment\nRUN /foo.sh'),
    df('RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh'),
    df('RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh'),
    df('RUN foo && bar\nRUN foobar'),
    df('RUN foo; bar\nRUN foobar'),
    df('RUN foobar\nRUN foo && bar'),
    df('RUN foobar\nRUN foo; bar'),
    df('RUN foo && bar\nRUN foo; bar'),
  ],
};
export default examples;
