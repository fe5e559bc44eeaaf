// What `check` and `outline` print, in each format, for the reports checked. Text is for people;
// json, sarif and github are for programs, so standard output holds only the document (or the
// workflow commands) and what --fix did goes to standard error.

import type { Locale, Messages } from '../core/messages';
import type { Options } from './arguments';
import { githubCommands } from './github';
import { fileReport, formatFindings, formatOutline, severityName } from './report';
import { sarifLog, type CheckedText } from './sarif';

export interface CheckedReport extends CheckedText {
  /** What --fix and --diff did: the diff, what was fixed. */
  readonly fixes: readonly string[];
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}

export function countFindings(reports: readonly CheckedReport[]): Counts {
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const { analysis } of reports) {
    for (const d of analysis.diagnostics) {
      const s = severityName(d.severity);
      if (s === 'error') errors++;
      else if (s === 'warning') warnings++;
      else others++;
    }
  }
  return { errors, warnings, others };
}

export interface OutputContext {
  readonly options: Options;
  readonly say: Messages;
  readonly locale: Locale;
  readonly version: string;
  readonly cwd: string;
  /** Every report was read, and every fixed one written. */
  readonly successful: boolean;
}

/** Standard output and the lines for standard error. */
export function render(
  reports: readonly CheckedReport[],
  counts: Counts,
  context: OutputContext,
): { stdout: string; stderr: string[] } {
  const { options, say } = context;
  const errorsOnly = options.quiet;
  const shown = (report: CheckedReport): CheckedReport['analysis']['diagnostics'] =>
    errorsOnly
      ? report.analysis.diagnostics.filter((d) => severityName(d.severity) === 'error')
      : report.analysis.diagnostics;
  if (options.format !== 'text') {
    const stderr = reports.flatMap((r) => r.fixes);
    if (options.format === 'json') {
      const files = reports.map((r) => fileReport(r.path, r.analysis.document, shown(r)));
      return { stdout: `${JSON.stringify({ files })}\n`, stderr };
    }
    if (options.format === 'sarif') {
      const log = sarifLog(reports, {
        version: context.version,
        locale: context.locale,
        messages: say,
        cwd: context.cwd,
        errorsOnly,
        successful: context.successful,
      });
      return { stdout: `${JSON.stringify(log, null, 2)}\n`, stderr };
    }
    const lines = reports.flatMap((r) => githubCommands(r.path, r.analysis.diagnostics, context.cwd, errorsOnly));
    return { stdout: lines.length > 0 ? `${lines.join('\n')}\n` : '', stderr };
  }
  const out: string[] = [];
  for (const report of reports) {
    const { path, analysis } = report;
    out.push(...report.fixes);
    if (options.outline) {
      out.push(say.outlineOf(path));
      const tree = formatOutline(analysis.document, say.emptyOutline);
      for (const line of tree.length > 0 ? tree : [say.emptyOutline]) out.push(`  ${line}`);
      out.push(say.footnoteCount(path, analysis.document.definitions.length, analysis.document.references.length));
    }
    if (options.command === 'check') out.push(...formatFindings(path, shown(report)));
  }
  if (options.command === 'check') out.push(say.checked(reports.length, counts.errors, counts.warnings, counts.others));
  return { stdout: out.length > 0 ? `${out.join('\n')}\n` : '', stderr: [] };
}
