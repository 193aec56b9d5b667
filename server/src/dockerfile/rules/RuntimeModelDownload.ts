import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { shippedStages } from '../packages';
import { basename } from '../shell';
import { finalCommandLine, finalCommands, type CmdWord } from '../serving';

/** File names of model weights and data sets (and the archives they come in). */
const MODEL_FILE = /\.(bin|pt|pth|onnx|safetensors|gguf|ggml|ckpt|h5|keras|pb|tflite|mar|pkl|joblib|npz|parquet|tar\.gz|tgz|zip)(\?.*)?$/i;
const SEPARATOR = /^(?:&&|\|\||;|\||&)$/;

/** The word starting a download of weights or data in a command (`huggingface-cli download`, `wget …/model.bin`). */
function downloadAt(words: CmdWord[], i: number): string | undefined {
  const name = basename(words[i].value);
  const next = words[i + 1]?.value;
  const rest = (): CmdWord[] => {
    const out: CmdWord[] = [];
    for (let k = i + 1; k < words.length && !SEPARATOR.test(words[k].value); k++) out.push(words[k]);
    return out;
  };
  if ((name === 'huggingface-cli' || name === 'hf') && next === 'download') return `${name} download`;
  if ((name === 'wget' || name === 'curl') && rest().some((w) => /^(https?|ftp):\/\//.test(w.value) && MODEL_FILE.test(w.value))) return name;
  if (name === 'gsutil' && /^(cp|rsync)$/.test(next ?? '') && rest().some((w) => w.value.startsWith('gs://'))) return `gsutil ${next}`;
  if (name === 'aws' && next === 's3' && /^(cp|sync)$/.test(words[i + 2]?.value ?? '') && rest().some((w) => w.value.startsWith('s3://'))) return `aws s3 ${words[i + 2].value}`;
  if (name === 'dvc' && next === 'pull') return 'dvc pull';
  if (name === 'kaggle' && /^(datasets|competitions|models)$/.test(next ?? '') && words[i + 2]?.value === 'download') return `kaggle ${next} download`;
  return undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'RuntimeModelDownload',
  language: 'dockerfile',
  severity: 'warning',
  docs: {
    summary: 'CMD or ENTRYPOINT should not download model weights or data sets at every start without a VOLUME to keep them.',
    why:
      'A download in the command runs each time a container starts: every restart, every replica and every scale-up ' +
      'fetches the same gigabytes again, starts minutes late, and fails when the hub or bucket is unreachable or rate ' +
      'limits. Download at build time (a RUN, with a `--mount=type=secret` for the token) so the weights are part of ' +
      'the image, or declare a VOLUME for the download directory so a mounted volume keeps them between runs. Seen: ' +
      '`huggingface-cli download` / `hf download`, `wget` or `curl` of a weights, data or archive file, `gsutil cp`, ' +
      '`aws s3 cp|sync`, `dvc pull`, `kaggle … download`, written in the final image\'s CMD or ENTRYPOINT (a script ' +
      'they call is not read). Any VOLUME in the final image counts as a cache.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir "huggingface_hub[cli]==0.26.2" vllm==0.6.3\nCMD ["sh", "-c", "huggingface-cli download org/model --local-dir /models && vllm serve /models"]\n',
    good:
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir "huggingface_hub[cli]==0.26.2" vllm==0.6.3\nVOLUME /models\n' +
      'CMD ["sh", "-c", "huggingface-cli download org/model --local-dir /models && vllm serve /models"]\n',
  },
  check({ model, report }) {
    for (const stage of shippedStages(model)) if (stage.instructions.some((i) => i.keyword === 'VOLUME')) return;
    const { words, starts } = finalCommandLine(model);
    for (let i = 0; i < words.length; i++) {
      // Only a word that starts a command can be the download: the first of ENTRYPOINT or CMD, or one after an
      // operator, `exec`, or the `-c` of a shell whose script follows.
      if (!starts.has(i) && !SEPARATOR.test(words[i - 1].value) && !/^(exec|-c)$/.test(words[i - 1].value)) continue;
      const what = downloadAt(words, i);
      if (!what) continue;
      const line = words[i].range.start.line;
      const ins = finalCommands(model).find((x) => x.range.start.line <= line && line <= x.range.end.line);
      report({
        message: `\`${what}\` in ${ins?.keyword ?? 'CMD'} downloads at every container start and no VOLUME keeps the files: download in a RUN at build time, or declare a VOLUME for them`,
        range: words[i].range,
      });
      return;
    }
  },
  tests: [
    {
      name: 'huggingface-cli download in sh -c',
      input: 'FROM python:3.12\nCMD ["sh", "-c", "huggingface-cli download org/m --local-dir /models && python serve.py"]\n',
      expect: [{ line: 2, col: 19, message: '`huggingface-cli download` in CMD downloads at every container start and no VOLUME keeps the files: download in a RUN at build time, or declare a VOLUME for them' }],
    },
    {
      name: 'wget of weights in a shell-form ENTRYPOINT',
      input: 'FROM python:3.12\nENTRYPOINT wget -q https://example.com/weights/model.safetensors -O /m.safetensors && exec python app.py\n',
      expect: [{ line: 2, col: 12, message: '`wget` in ENTRYPOINT downloads at every container start and no VOLUME keeps the files: download in a RUN at build time, or declare a VOLUME for them' }],
    },
    { name: 'a VOLUME keeps them', input: 'FROM python:3.12\nVOLUME ["/root/.cache/huggingface"]\nCMD hf download org/m && python app.py\n', expect: [] },
    { name: 'downloaded at build time', input: 'FROM python:3.12\nRUN huggingface-cli download org/m --local-dir /models\nCMD ["python", "serve.py"]\n', expect: [] },
    { name: 'a health check with curl is not a download', input: 'FROM python:3.12\nCMD curl -fsS http://localhost:8000/health && python app.py\n', expect: [] },
    { name: 'aws s3 sync', input: 'FROM python:3.12\nCMD aws s3 sync s3://bucket/model /model && python app.py\n', expect: [{ line: 2, col: 5, message: '`aws s3 sync` in CMD downloads at every container start and no VOLUME keeps the files: download in a RUN at build time, or declare a VOLUME for them' }] },
    { name: 'only the final image', input: 'FROM python:3.12 AS fetch\nCMD dvc pull\nFROM python:3.12\nCMD ["python", "app.py"]\n', expect: [] },
    { name: 'CMD is ignored after a shell-form ENTRYPOINT', input: 'FROM python:3.12\nENTRYPOINT exec python app.py\nCMD hf download org/m\n', expect: [] },
    { name: 'an argument named like the tool', input: 'FROM python:3.12\nCMD ["python", "app.py", "huggingface-cli", "download"]\n', expect: [] },
  ],
};

export default rule;
