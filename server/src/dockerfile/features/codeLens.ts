// Code lens "Build this stage" on every named stage; the client runs `docker build --target <name>`.
import type { CodeLens } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import { STAGE_NAME } from './util';

export const BUILD_STAGE_COMMAND = 'slipway.buildStage';

export function dockerfileCodeLenses(model: DockerfileModel, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const st of model.stages) {
    if (!st.name || !STAGE_NAME.test(st.name)) continue;
    out.push({
      range: st.fromInstruction.keywordRange,
      command: { title: 'Build this stage', command: BUILD_STAGE_COMMAND, arguments: [{ uri, target: st.name }] },
    });
  }
  return out;
}
