// Code lenses above each service of a Compose file on disk: "Build this service" (when it has a `build:`) and "Up
// this service". The client runs `docker compose -f <file>… build <service>` / `up -d <service>` (argument arrays;
// it validates the service name again), with the files `docker compose` would merge by default: a base file and the
// default override file beside it, or an override file over its base file.
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-types';
import type { FileHost } from '../../engine/types';
import { baseOf, defaultOverrideOf } from '../family';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';
import { deref, getEffective } from '../schema';
import { COMPOSE_NAME } from './rename';

export const COMPOSE_BUILD_COMMAND = 'slipway.composeBuild';
export const COMPOSE_UP_COMMAND = 'slipway.composeUp';

/** The arguments of both commands: the document, the Compose files in merge order, the one service. */
export interface ComposeServiceArgs {
  file: string;
  files: string[];
  services: [string];
}

export function composeCodeLenses(model: ComposeModel, uri: string, docPath: string | undefined, files: FileHost): CodeLens[] {
  if (!docPath) return []; // compose needs the file on disk
  const base = baseOf(docPath, files);
  const over = base ? undefined : defaultOverrideOf(docPath, files);
  const project = [...(base ? [pathToFileURL(base).href] : []), uri, ...(over ? [pathToFileURL(over).href] : [])];
  const out: CodeLens[] = [];
  for (const [name, def] of composeIndex(model).defs.service) {
    if (!COMPOSE_NAME.test(name)) continue;
    const args: ComposeServiceArgs = { file: uri, files: project, services: [name] };
    if (getEffective(model.doc, deref(model.doc, def.pair.value), 'build')) {
      out.push({ range: def.keyRange, command: { title: 'Build this service', command: COMPOSE_BUILD_COMMAND, arguments: [args] } });
    }
    out.push({ range: def.keyRange, command: { title: 'Up this service', command: COMPOSE_UP_COMMAND, arguments: [args] } });
  }
  return out;
}
