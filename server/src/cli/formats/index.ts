import { FileResult, formatJson, formatText } from '../format';
import { formatCheckstyle } from './checkstyle';
import { formatCodeClimate } from './codeclimate';
import { formatGithub } from './github';
import { formatJunit } from './junit';
import { formatRdjson, formatRdjsonl } from './rdjson';
import { formatSarif } from './sarif';
import { formatSonarQube } from './sonarqube';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'checkstyle', 'codeclimate', 'junit', 'sonarqube', 'rdjson', 'rdjsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  cwd: string;
  color: boolean;
  /** Bad command-line paths (no such file, glob without a match). */
  errors: string[];
  version: string;
}

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export function formatReport(format: Format, results: FileResult[], ctx: ReportContext): string {
  switch (format) {
    case 'json':
      return formatJson(results, ctx.cwd);
    case 'sarif':
      return formatSarif(results, ctx);
    case 'github':
      return formatGithub(results, ctx);
    case 'checkstyle':
      return formatCheckstyle(results, ctx);
    case 'codeclimate':
      return formatCodeClimate(results, ctx);
    case 'junit':
      return formatJunit(results, ctx);
    case 'sonarqube':
      return formatSonarQube(results, ctx);
    case 'rdjson':
      return formatRdjson(results, ctx);
    case 'rdjsonl':
      return formatRdjsonl(results, ctx);
    default:
      return formatText(results, ctx.cwd, ctx.color);
  }
}
