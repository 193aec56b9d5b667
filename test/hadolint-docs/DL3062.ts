import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM golang:1.24\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM golang:1.24\nONBUILD ${line}\n` });
const both = (line: string) => [run(line), onbuild(line)];
const NO_DOT =
  '`foobar` has no dot in its first path element: Go keeps such paths for the standard library and the packages of ' +
  'the main module (`go get` refuses one as a module path: "missing dot in first path element"), which no version ' +
  'pins; Slipway reports remote module paths only, `example.com/foobar` as hadolint does';
const noDot = (ex: { dockerfile: string }) => ({ ...ex, differs: NO_DOT });

const examples: HadolintDocExamples = {
  id: 'DL3062',
  source: 'hadolint test/Hadolint/Rule/DL3062Spec.hs',
  bad: [
    ...both('RUN go install example.com/pkg'),
    ...both('RUN go install example.com/pkg@latest'),
    ...both('RUN go install tool foobar').map(noDot),
    ...both('RUN go install tool foobar@latest').map(noDot),
    ...both('RUN go get example.com/pkg'),
    ...both('RUN go get example.com/pkg@latest'),
    ...both('RUN go get -tool foobar').map(noDot),
    ...both('RUN go get -tool foobar@latest').map(noDot),
    ...both('RUN go run example.com/pkg'),
    ...both('RUN go run example.com/pkg@latest'),
  ],
  good: [
    ...both('RUN go install example.com/pkg@v1.2.3'),
    ...both('RUN go install /go/app/foobar'),
    ...both('RUN go install ./app/foobar'),
    ...both('RUN go install .'),
    ...both('RUN go install tool foobar@v1.2.3'),
    ...both('RUN go get example.com/pkg@v1.2.3'),
    ...both('RUN go get -tool foobar@v1.2.3'),
    ...both('RUN go run example.com/pkg@v1.2.3'),
    ...both('RUN go run example.com/pkg@v1.2.3 -f'),
    ...both('RUN go run example.com/pkg@v1.2.3 -foobar'),
    ...both('RUN go run example.com/pkg@v1.2.3 --foobar'),
    ...both('RUN go run example.com/pkg@v1.2.3 foobar'),
    ...both('RUN go run example.com/pkg@v1.2.3 --foo bar'),
    ...both('RUN go run /go/app/foobar'),
    ...both('RUN go run ./app/foobar'),
    ...both('RUN go run .'),
  ],
};
export default examples;
