// `check --format github`: one GitHub Actions workflow command per finding, which a workflow
// run shows as an annotation on the finding's line:
//
//   ::error file=verslag.council,line=3,col=14,endLine=3,endColumn=15,title=footnote-undefined::Footnote 2 …
//
// `warning` for warnings, `notice` for information and hints. The escaping is the runner's:
// `%`, CR and LF in the message; those and `:` and `,` in a property.

import { isAbsolute, relative, sep } from 'node:path';
import type { CouncilDiagnostic } from '../core/diagnostics';
import { severityName } from './report';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The path as GitHub wants it: relative to the working directory (the workspace in a workflow),
 *  with forward slashes; null for standard input, which has no file to annotate. */
export function githubPath(path: string, cwd: string): string | null {
  if (path === '-') return null;
  const rel = relative(cwd, path);
  return isAbsolute(rel) ? path : rel.split(sep).join('/');
}

export function githubCommands(
  path: string,
  diagnostics: readonly CouncilDiagnostic[],
  cwd: string,
  errorsOnly: boolean,
): string[] {
  const file = githubPath(path, cwd);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const severity = severityName(d.severity);
    if (errorsOnly && severity !== 'error') continue;
    const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
    const { start, end } = d.range;
    const properties = [
      ...(file === null ? [] : [`file=${escapeProperty(file)}`]),
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${escapeProperty(d.code)}`,
    ];
    lines.push(`::${command} ${properties.join(',')}::${escapeData(d.message)}`);
  }
  return lines;
}
