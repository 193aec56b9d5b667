import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches cases lint the same file with each RUN wrapped in ONBUILD.
const examples: HadolintDocExamples = {
  id: 'DL3006',
  source: 'hadolint wiki DL3006; test/Hadolint/Rule/DL3006Spec.hs',
  bad: [
    { dockerfile: 'FROM debian\n' },
    { dockerfile: 'FROM debian AS builder\n' },
    { dockerfile: 'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n' },
    {
      dockerfile:
        'FROM golang:1.9.3-alpine3.7 AS build\nONBUILD RUN foo\nFROM node as unit-test\nONBUILD RUN bar\nFROM alpine:3.7\nONBUILD RUN baz\n',
    },
  ],
  good: [
    { dockerfile: 'FROM ruby@sha256:f1dbca0f5dbc9\n' },
    { dockerfile: 'FROM ruby:2\n' },
    { dockerfile: 'FROM ${VALUE}\n' },
    { dockerfile: 'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n' },
    {
      dockerfile:
        'FROM golang:1.9.3-alpine3.7 AS build\nONBUILD RUN foo\nFROM build as unit-test\nONBUILD RUN bar\nFROM alpine:3.7\nONBUILD RUN baz\n',
    },
    { dockerfile: 'FROM scratch\n' },
  ],
};
export default examples;
