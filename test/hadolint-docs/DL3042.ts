import type { HadolintDocExamples } from './types';

const run = (lines: string) => ({ dockerfile: `FROM python:3.12\n${lines}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM python:3.12\nONBUILD ${line}\n` });

const TRUTHY = ['1', 'on', 'yes', 'true'];
const FALSY = ['0', 'off', 'no', 'false'];
const PIP_FALSY =
  'pip disables its cache for any boolean value of PIP_NO_CACHE_DIR, 0/off/no/false included (pip checks that the ' +
  'value is a boolean, then turns the cache off either way, for backward compatibility: cmdoptions `_handle_no_cache_dir`)';
const falsy = (ex: { dockerfile: string }) => ({ ...ex, differs: PIP_FALSY });

const examples: HadolintDocExamples = {
  id: 'DL3042',
  source: 'hadolint test/Hadolint/Rule/DL3042Spec.hs',
  bad: [
    run('RUN pip2 install MySQL_python'),
    onbuild('RUN pip2 install MySQL_python'),
    run('RUN pip3 install MySQL_python'),
    onbuild('RUN pip3 install MySQL_python'),
    run('RUN pip install MySQL_python'),
    onbuild('RUN pip install MySQL_python'),
    ...FALSY.map((v) => run(`ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python`)).map(falsy),
    ...FALSY.map((v) => run(`RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python`)).map(falsy),
    ...FALSY.map((v) => run(`RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python`)).map(falsy),
    { dockerfile: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six\n' },
  ],
  good: [
    run('RUN pip2 install MySQL_python --no-cache-dir'),
    onbuild('RUN pip2 install MySQL_python --no-cache-dir'),
    run('RUN pip3 install --no-cache-dir MySQL_python'),
    onbuild('RUN pip3 install --no-cache-dir MySQL_python'),
    run('RUN pip install MySQL_python --no-cache-dir'),
    onbuild('RUN pip install MySQL_python --no-cache-dir'),
    run('RUN pipx install software'),
    onbuild('Run pipx install software'),
    run('RUN pipenv install library'),
    onbuild('RUN pipenv install library'),
    ...TRUTHY.map((v) => run(`ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python`)),
    ...TRUTHY.map((v) => run(`RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python`)),
    ...TRUTHY.map((v) => run(`RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python`)),
    { dockerfile: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n' },
  ],
};
export default examples;
