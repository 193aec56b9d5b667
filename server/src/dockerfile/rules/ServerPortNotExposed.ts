import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { shippedStages } from '../packages';
import { finalEnvNames, servers } from '../serving';

/** TCP ports the final image EXPOSEs (literal ones); undefined when one is a variable (then nothing is certain). */
function exposedPorts(model: DockerfileModel): { ports: Set<number>; written: string[] } | undefined {
  const ports = new Set<number>();
  const written: string[] = [];
  for (const stage of shippedStages(model)) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const v of ins.argValues) {
        if (v.includes('$')) return undefined;
        const m = /^(?:.*:)?(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(v);
        if (!m) continue;
        if (m[3] && m[3].toLowerCase() !== 'tcp') continue;
        written.push(v);
        const lo = Number(m[1]);
        const hi = m[2] ? Number(m[2]) : lo;
        for (let p = lo; p <= hi && p - lo < 65536; p++) ports.add(p);
      }
    }
  }
  return { ports, written };
}

const rule: Rule<DockerfileModel> = {
  id: 'ServerPortNotExposed',
  language: 'dockerfile',
  severity: 'warning',
  docs: {
    summary: 'The port a web server in CMD or ENTRYPOINT listens on should be one the image EXPOSEs.',
    why:
      'EXPOSE tells `docker run -P`, Compose readers and orchestrators which port the service uses. When the server ' +
      'listens on 8000 but the image EXPOSEs 5000, `-P` publishes a port nobody answers on and whoever reads the ' +
      'image wires the wrong one. Checked only when the final image EXPOSEs something (EXPOSE is optional) and the ' +
      'port is known: written in the command, or the documented default of uvicorn (8000) and `flask run` (5000) ' +
      'when neither the command nor the image\'s ENV (`UVICORN_PORT`, `FLASK_RUN_PORT`) sets it.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\nEXPOSE 5000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==23.0.0\nEXPOSE 8000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    const list = servers(model);
    if (!list.length) return;
    const exposed = exposedPorts(model);
    if (!exposed || !exposed.written.length) return;
    const env = finalEnvNames(model);
    for (const s of list) {
      if (s.socket) continue;
      const label = s.kind === 'flask' ? 'flask run' : s.kind;
      const also = `the image EXPOSEs ${exposed.written.join(', ')}`;
      if (s.port) {
        if (exposed.ports.has(s.port.value)) continue;
        report({ message: `${label} listens on port ${s.port.value}, but ${also}`, range: s.port.word.range });
      } else if (!s.portGiven && s.defaultPort !== undefined && !s.portEnv.some((n) => env.has(n)) && !exposed.ports.has(s.defaultPort)) {
        report({ message: `${label} listens on port ${s.defaultPort} by default, but ${also}`, range: s.nameWord.range });
      }
    }
  },
  tests: [
    {
      name: 'gunicorn -b 0.0.0.0:8000 with EXPOSE 5000',
      input: 'FROM python:3.12\nEXPOSE 5000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
      expect: [{ line: 3, col: 24, message: 'gunicorn listens on port 8000, but the image EXPOSEs 5000' }],
    },
    { name: 'the same port', input: 'FROM python:3.12\nEXPOSE 8000/tcp\nCMD gunicorn --bind=0.0.0.0:8000 app:app\n', expect: [] },
    { name: 'a port range', input: 'FROM python:3.12\nEXPOSE 8000-8010\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8005"]\n', expect: [] },
    {
      name: 'uvicorn default port',
      input: 'FROM python:3.12\nEXPOSE 80\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n',
      expect: [{ line: 3, col: 6, message: 'uvicorn listens on port 8000 by default, but the image EXPOSEs 80' }],
    },
    { name: 'UVICORN_PORT set', input: 'FROM python:3.12\nENV UVICORN_PORT=80\nEXPOSE 80\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n', expect: [] },
    { name: 'no EXPOSE at all', input: 'FROM python:3.12\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n', expect: [] },
    { name: 'a variable EXPOSE', input: 'FROM python:3.12\nARG PORT=8000\nEXPOSE $PORT\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n', expect: [] },
    { name: 'a variable port', input: 'FROM python:3.12\nEXPOSE 80\nCMD gunicorn -b 0.0.0.0:$PORT app:app\n', expect: [] },
    {
      name: 'EXPOSE in the parent stage, jupyter --port',
      input: 'FROM python:3.12 AS base\nEXPOSE 8888\nFROM base\nCMD ["jupyter", "notebook", "--ip=0.0.0.0", "--port=8080"]\n',
      expect: [{ line: 4, col: 45, message: 'jupyter listens on port 8080, but the image EXPOSEs 8888' }],
    },
    { name: 'a UDP EXPOSE is not the server\'s', input: 'FROM python:3.12\nEXPOSE 8000/udp\nCMD ["gunicorn", "-b", ":8000", "app:app"]\n', expect: [] },
    {
      name: 'streamlit --server.port',
      input: 'FROM python:3.12\nEXPOSE 8501\nCMD streamlit run app.py --server.port 8080 --server.address 0.0.0.0\n',
      expect: [{ line: 3, col: 40, message: 'streamlit listens on port 8080, but the image EXPOSEs 8501' }],
    },
  ],
};

export default rule;
