import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3070',
  source: 'hadolint test/Hadolint/Rule/DL3070Spec.hs',
  bad: [
    { dockerfile: 'FROM golang:1.23\nRUN go build ./...\n' },
    { dockerfile: 'FROM golang:1.23\nRUN go get github.com/foo/bar\n' },
    { dockerfile: 'FROM golang:1.23\nRUN go mod download\n' },
    { dockerfile: 'FROM golang:1.23\nONBUILD RUN go build ./...\n' },
    { dockerfile: 'FROM golang:1.23\nRUN --mount=type=cache,target=/wrong/path go build ./...\n' },
  ],
  good: [
    { dockerfile: 'FROM golang:1.23\nRUN echo hello\n' },
    { dockerfile: 'FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go build ./...\n' },
    { dockerfile: 'FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go build ./...\n' },
    { dockerfile: 'FROM golang:1.23\nRUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./...\n' },
  ],
};
export default examples;
