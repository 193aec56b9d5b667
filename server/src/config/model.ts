// A config file (.slipway.yaml, .github/slipway.yaml, .hadolint.yaml, .github/actionlint.yaml) as a document of its
// own: what the one reader (engine/configParse.ts) says about it becomes findings of the config rules, shown on the
// file itself in the editor and reported against its path by the CLI.
import { parseConfigFile, type ConfigProblem } from '../engine/configParse';

export class ConfigModel {
  private readonly read = new Map<string, ConfigProblem[]>();

  constructor(readonly text: string) {}

  /**
   * The problems the reader of the file's kind finds (its name decides which reader: Slipway's for a document
   * without a path), read once per path.
   */
  problems(path: string | undefined): ConfigProblem[] {
    const file = path ?? '.slipway.yaml';
    let p = this.read.get(file);
    if (!p) this.read.set(file, (p = parseConfigFile(this.text, file).problems));
    return p;
  }
}
