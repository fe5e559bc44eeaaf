// The command line checker, on the same core as the language server.
//
//   council-report check [--format text|json|sarif|github] [--outline] [--config FILE] [--quiet]
//                        [--max-warnings N] [--fix [--no-backup]] [--diff] PATH...
//   council-report outline [--config FILE] PATH...
//
// Exit code 0: no error-severity finding; 1: at least one, or more warnings than --max-warnings
// allows; 2: usage error, unreadable input, or a fixed report that could not be written.

import { realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyse, type Analysis, type AnalysisOptions } from '../core/analysis';
import { unifiedDiff } from './diff';
import { fixAll } from '../edits/fixes';
import { localeOf, messagesFor, type Messages } from '../core/messages';
import { LineText } from '../edits/sourceText';
import { planChecks } from './config';
import { countFindings, render, type CheckedReport } from './output';
import { parseArguments, USAGE, UsageError, type Options } from './arguments';
import { InputError, readReport, type Input } from './input';
import { newReport } from './newReport';
import { parse } from '../parser/parse';

declare const __VERSION__: string | undefined;

const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'development';

export function main(argv: readonly string[]): number {
  let options: Options | 'help' | 'version';
  try {
    options = parseArguments(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`council-report: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }

  // The environment's locale, as POSIX orders it, unless --lang says otherwise.
  const env = process.env;
  const locale = options.lang ?? (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
  const say = messagesFor(locale);
  if (options.command === 'new-report') return newReport(options.files[0]!, options.output);
  const plan = planChecks(options.files, options.config, locale);
  // A config file that is wrong: said in one line each, and nothing is read or written.
  for (const line of plan.configProblems) process.stderr.write(`council-report: ${line}\n`);
  if (plan.configProblems.length > 0) return 2;
  for (const line of plan.problems) process.stderr.write(`council-report: ${line}\n`);
  const analyses: CheckedReport[] = [];
  let unreadable = plan.problems.length > 0;
  let unwritten = false;
  // The agenda, read once and parsed with the first report's options.
  let agenda: ReturnType<typeof parse> | null = null;
  if (options.agenda !== undefined) {
    try {
      agenda = parse(readReport(options.agenda).text, plan.reports[0]?.options.parse);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`council-report: ${e.message}\n`);
      return 2;
    }
  }
  for (const { path, options: planned } of plan.reports) {
    const analysisOptions = agenda ? { ...planned, agenda } : planned;
    try {
      const input = readReport(path);
      const analysis = analyse(input.text, analysisOptions);
      if (!options.fix && !options.diff) {
        analyses.push({ path, text: input.text, analysis, options: analysisOptions, fixes: [] });
        continue;
      }
      const fixed = fixReport(path, input, analysis, options, analysisOptions, say);
      analyses.push({ path, text: fixed.text, analysis: fixed.analysis, options: analysisOptions, fixes: fixed.lines });
      if (fixed.problem) {
        process.stderr.write(`council-report: ${fixed.problem.message}\n`);
        if (fixed.problem.unwritten) unwritten = true;
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`council-report: ${e.message}\n`);
      unreadable = true;
    }
  }

  const counts = countFindings(analyses);
  const output = render(analyses, counts, {
    options,
    say,
    locale: localeOf(locale),
    version: VERSION,
    cwd: process.cwd(),
    successful: !unreadable && !unwritten,
  });
  for (const line of output.stderr) process.stderr.write(`council-report: ${line}\n`);
  process.stdout.write(output.stdout);
  const tooManyWarnings = options.maxWarnings !== null && counts.warnings > options.maxWarnings;
  if (tooManyWarnings)
    process.stderr.write(`council-report: ${say.tooManyWarnings(counts.warnings, options.maxWarnings!)}\n`);
  if (unreadable || unwritten) return 2;
  return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * --fix and --diff for one report. Returns the analysis to report on (of the fixed text once
 * it is written), the lines to print (the diff, what was fixed) and what went wrong, if anything.
 */
function fixReport(
  path: string,
  input: Input,
  analysis: Analysis,
  options: Options,
  analysisOptions: AnalysisOptions,
  say: Messages,
): { analysis: Analysis; text: string; lines: string[]; problem?: { message: string; unwritten: boolean } } {
  const source = new LineText(input.text);
  const result = fixAll(analysis, source, analysisOptions);
  const text = input.text;
  if (result.edits.length === 0) return { analysis, text, lines: [] };
  if (!result.safe)
    return { analysis, text, lines: [], problem: { message: say.notFixedUnsafe(path), unwritten: false } };
  const lines = options.diff ? unifiedDiff(path, source, result.edits) : [];
  if (!options.fix) return { analysis, text, lines };
  const backup = options.backup ? `${path}.orig` : null;
  try {
    writeFixed(path, input, result.text, backup);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      backup !== null && e instanceof BackupExists
        ? say.notFixedBackupExists(path, backup)
        : say.notFixedWriteFailed(path, code ?? (e as Error).message);
    return { analysis, text, lines, problem: { message, unwritten: true } };
  }
  lines.push(say.fixedFindings(path, result.fixed, backup));
  return { analysis: result.analysis, text: result.text, lines };
}

class BackupExists extends Error {}

/**
 * Replaces the report without ever leaving it half written: the fixed text goes to a
 * temporary file beside it, which is then renamed over it. The backup is the original's bytes,
 * and an existing backup is never overwritten. A byte-order mark and the file's mode are kept;
 * through a symbolic link, the file it points to is replaced.
 */
function writeFixed(path: string, input: Input, text: string, backup: string | null): void {
  const target = realpathSync(path);
  const bom = input.bytes[0] === 0xef && input.bytes[1] === 0xbb && input.bytes[2] === 0xbf ? '\uFEFF' : '';
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.council-fix`);
  writeFileSync(temp, bom + text, { flag: 'wx', mode: statSync(target).mode & 0o7777 });
  let backedUp = false;
  try {
    if (backup !== null) {
      try {
        writeFileSync(backup, input.bytes, { flag: 'wx' });
      } catch (e) {
        throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? new BackupExists(backup) : e;
      }
      backedUp = true;
    }
    renameSync(temp, target);
  } catch (e) {
    unlinkSync(temp);
    if (backedUp) unlinkSync(backup!);
    throw e;
  }
}
