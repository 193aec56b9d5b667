import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { finalEnvNames, isLoopback, servers, type CmdWord } from '../serving';

/** Replaces `host` inside the word as written, when it is written there once and plainly. */
function hostFix(model: DockerfileModel, word: CmdWord, host: string): Fix[] | undefined {
  const text = model.textOf(word.range);
  const at = text.indexOf(host);
  if (at < 0 || text.indexOf(host, at + 1) >= 0 || word.range.start.line !== word.range.end.line) return undefined;
  const start = { line: word.range.start.line, character: word.range.start.character + at };
  const end = { line: start.line, character: start.character + host.length };
  return [{ title: 'Listen on every interface (0.0.0.0)', edits: [{ range: { start, end }, newText: '0.0.0.0' }] }];
}

const rule: Rule<DockerfileModel> = {
  id: 'ServerBindsLocalhost',
  language: 'dockerfile',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'It changes where the server listens, which exposes it: a decision to make on purpose.' },
  docs: {
    summary: 'A web server started by the image should not listen on 127.0.0.1 or localhost only.',
    why:
      'Inside a container, 127.0.0.1 is the container\'s own loopback: `docker run -p 8000:8000` forwards to the ' +
      'container\'s network interface, so a server bound to localhost is unreachable from outside and every request ' +
      'fails with "connection reset". uvicorn and `flask run` listen on 127.0.0.1 unless told otherwise (`--host`, ' +
      'or `UVICORN_HOST` / `FLASK_RUN_HOST` in the image\'s ENV), so starting them without `--host` is reported too. ' +
      'A warning, not an error: with `--network host`, or for a sidecar sharing a Kubernetes pod\'s network, binding ' +
      'to localhost is deliberate and works. Servers started from a script, or configured by a file (`gunicorn -c`, ' +
      'jupyter\'s config), are not seen.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6\nCOPY app.py .\nCMD ["uvicorn", "app:app", "--port", "8000"]\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6\nCOPY app.py .\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  },
  check({ model, report }) {
    const env = finalEnvNames(model);
    for (const s of servers(model)) {
      if (s.socket) continue;
      const label = s.kind === 'flask' ? 'flask run' : s.kind;
      if (s.host) {
        if (!isLoopback(s.host.value)) continue;
        report({
          message: `${label} listens on ${s.host.value}, which is unreachable from outside the container: listen on 0.0.0.0`,
          range: s.host.word.range,
          fixes: hostFix(model, s.host.word, s.host.value),
        });
      } else if (!s.hostGiven && s.defaultHost && isLoopback(s.defaultHost) && !s.hostEnv.some((n) => env.has(n))) {
        const option = s.kind === 'flask' ? '--host=0.0.0.0' : '--host 0.0.0.0';
        report({
          message: `${label} listens on ${s.defaultHost} by default, which is unreachable from outside the container: add ${option}`,
          range: s.nameWord.range,
        });
      }
    }
  },
  tests: [
    {
      name: 'gunicorn bound to 127.0.0.1 (exec form)',
      input: 'FROM python:3.12\nCMD ["gunicorn", "-b", "127.0.0.1:8000", "app:app"]\n',
      expect: [{ line: 2, col: 24, message: 'gunicorn listens on 127.0.0.1, which is unreachable from outside the container: listen on 0.0.0.0' }],
      fixed: 'FROM python:3.12\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: 'uvicorn --host=localhost (shell form)',
      input: 'FROM python:3.12\nCMD uvicorn main:app --host=localhost --port 80\n',
      expect: [{ line: 2, col: 22, message: 'uvicorn listens on localhost, which is unreachable from outside the container: listen on 0.0.0.0' }],
      fixed: 'FROM python:3.12\nCMD uvicorn main:app --host=0.0.0.0 --port 80\n',
    },
    {
      name: 'uvicorn without --host listens on 127.0.0.1',
      input: 'FROM python:3.12\nENTRYPOINT ["uvicorn", "main:app"]\n',
      expect: [{ line: 2, col: 13, message: 'uvicorn listens on 127.0.0.1 by default, which is unreachable from outside the container: add --host 0.0.0.0' }],
    },
    {
      name: 'flask run without --host',
      input: 'FROM python:3.12\nCMD ["python", "-m", "flask", "run", "--port", "5000"]\n',
      expect: [{ line: 2, col: 22, message: 'flask run listens on 127.0.0.1 by default, which is unreachable from outside the container: add --host=0.0.0.0' }],
    },
    { name: 'FLASK_RUN_HOST set in the image', input: 'FROM python:3.12\nENV FLASK_RUN_HOST=0.0.0.0\nCMD ["flask", "run"]\n', expect: [] },
    { name: 'UVICORN_HOST set in a parent stage', input: 'FROM python:3.12 AS base\nENV UVICORN_HOST=0.0.0.0\nFROM base\nCMD uvicorn main:app\n', expect: [] },
    {
      name: 'jupyter --ip=127.0.0.1 inside sh -c',
      input: 'FROM python:3.12\nCMD ["sh", "-c", "pip list && jupyter lab --ip=127.0.0.1 --no-browser"]\n',
      expect: [{ line: 2, col: 43, message: 'jupyter listens on 127.0.0.1, which is unreachable from outside the container: listen on 0.0.0.0' }],
      fixed: 'FROM python:3.12\nCMD ["sh", "-c", "pip list && jupyter lab --ip=0.0.0.0 --no-browser"]\n',
    },
    { name: 'every interface', input: 'FROM python:3.12\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n', expect: [] },
    { name: 'gunicorn without -b (a config file or $PORT may set it)', input: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n', expect: [] },
    { name: 'a Unix socket', input: 'FROM python:3.12\nCMD ["uvicorn", "app:app", "--uds", "/tmp/app.sock"]\n', expect: [] },
    { name: 'a variable host', input: 'FROM python:3.12\nCMD uvicorn app:app --host "$HOST"\n', expect: [] },
    { name: 'only the final image counts', input: 'FROM python:3.12 AS dev\nCMD ["uvicorn", "app:app"]\nFROM python:3.12\nCMD ["python", "job.py"]\n', expect: [] },
    { name: 'the last CMD counts', input: 'FROM python:3.12\nCMD ["uvicorn", "app:app"]\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n', expect: [] },
    {
      name: 'poetry run uvicorn',
      input: 'FROM python:3.12\nCMD ["poetry", "run", "uvicorn", "app:app", "--host", "::1"]\n',
      expect: [{ line: 2, col: 55, message: 'uvicorn listens on ::1, which is unreachable from outside the container: listen on 0.0.0.0' }],
    },
    { name: 'ENTRYPOINT ["uvicorn"] with its options in CMD', input: 'FROM python:3.12\nENTRYPOINT ["uvicorn"]\nCMD ["app.main:app", "--host", "0.0.0.0"]\n', expect: [] },
    {
      name: 'ENTRYPOINT ["uvicorn"] and CMD without --host',
      input: 'FROM python:3.12\nENTRYPOINT ["uvicorn"]\nCMD ["app.main:app", "--port", "80"]\n',
      expect: [{ line: 2, col: 13, message: 'uvicorn listens on 127.0.0.1 by default, which is unreachable from outside the container: add --host 0.0.0.0' }],
    },
    {
      name: 'an entrypoint script running CMD',
      input: 'FROM python:3.12\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["gunicorn", "-b", "localhost:80", "app:app"]\n',
      expect: [{ line: 3, col: 24, message: 'gunicorn listens on localhost, which is unreachable from outside the container: listen on 0.0.0.0' }],
    },
    { name: 'a shell-form ENTRYPOINT ignores CMD', input: 'FROM python:3.12\nENTRYPOINT exec python serve.py\nCMD ["uvicorn", "app:app"]\n', expect: [] },
    { name: 'http.server listens everywhere by default', input: 'FROM python:3.12\nCMD ["python3", "-m", "http.server", "8000"]\n', expect: [] },
  ],
};

export default rule;
