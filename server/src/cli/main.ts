// The command line checker, on the same core as the language server.
//
//   council-report check [--format text|json] [--outline] [--config FILE] [--fix [--no-backup]] [--diff] PATH...
//   council-report outline [--config FILE] PATH...
//
// Exit code 0: no error-severity finding; 1: at least one; 2: usage error, unreadable input, or
// a fixed report that could not be written.

import { readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyse, type Analysis, type AnalysisOptions } from '../core/analysis';
import { unifiedDiff } from './diff';
import { fixAll } from '../edits/fixes';
import { messagesFor, type Messages } from '../core/messages';
import { LineText } from '../edits/sourceText';
import { planChecks } from './config';
import { fileReport, formatFindings, formatOutline, severityName } from './report';

const USAGE = `usage: council-report check [--format text|json] [--outline] [--lang en|nl] [--config FILE] [--fix [--no-backup]] [--diff] PATH...
       council-report outline [--lang en|nl] [--config FILE] PATH...

Checks council reports (the government's letters on EU Council meetings) and prints every
finding as path:line:column: severity code message. A PATH is a report, - (standard input) or
a folder, walked for *.council files and the config file's extensions. A report takes the
settings of the nearest .council-report.json, in its folder or above, up to the repository's
root. Exit code 0 when there is no error, 1 when there is one, 2 for usage errors, unreadable
files, folders without reports and a config file that is wrong.

  --format text|json   text (default) or one JSON document for all files
  --outline            with text output, print each report's outline before its findings
  --lang en|nl         the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
  --config FILE        this config file for every report
  --fix                rewrite each report with the safe fixes: footnote and heading numbers
                       in order, a note "N …" for each undefined reference; nothing else
                       changes, and a report the fixes would make read differently is left
                       alone. The original is kept as FILE.orig; the findings printed are
                       those that remain
  --no-backup          with --fix: keep no FILE.orig
  --diff               print the fixes as a unified diff; without --fix nothing is written
  -h, --help           this help
  -v, --version        the version`;

declare const __VERSION__: string | undefined;

class UsageError extends Error {}
class InputError extends Error {}

interface Options {
  command: 'check' | 'outline';
  format: 'text' | 'json';
  outline: boolean;
  lang: string | undefined;
  config: string | undefined;
  fix: boolean;
  diff: boolean;
  backup: boolean;
  files: string[];
}

function parseArguments(argv: readonly string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check' && command !== 'outline') {
    throw new UsageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
  }
  const options: Options = {
    command,
    format: 'text',
    outline: command === 'outline',
    lang: undefined,
    config: undefined,
    fix: false,
    diff: false,
    backup: true,
    files: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json')
        throw new UsageError(`--format takes text or json, not '${value ?? ''}'`);
      options.format = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl') throw new UsageError(`--lang takes en or nl, not '${value ?? ''}'`);
      options.lang = value;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg === '--config' ? rest[++i] : arg.slice('--config='.length);
      if (!value) throw new UsageError('--config takes a file');
      options.config = value;
    } else if (arg === '--outline') {
      options.outline = true;
    } else if (arg === '--fix') {
      options.fix = true;
    } else if (arg === '--no-backup') {
      options.backup = false;
    } else if (arg === '--diff') {
      options.diff = true;
    } else if (arg === '--') {
      options.files.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('no file given');
  if ((options.fix || options.diff) && command !== 'check') throw new UsageError('--fix and --diff go with check');
  if (!options.backup && !options.fix) throw new UsageError('--no-backup goes with --fix');
  if (options.diff && options.format === 'json')
    throw new UsageError('--diff prints text: it does not go with --format json');
  if (options.fix && options.files.includes('-'))
    throw new UsageError('--fix cannot rewrite standard input; use --diff to see the fixes');
  return options;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A report as read: its text (without a byte-order mark) and its bytes, for the backup. */
interface Input {
  readonly text: string;
  readonly bytes: Buffer;
}

function readReport(path: string): Input {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not a report`);
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`${path}: cannot read: ${why}`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: not a text file (it holds NUL bytes)`);
  try {
    return { text: decoder.decode(bytes), bytes };
  } catch {
    throw new InputError(`${path}: not UTF-8 text; save the report as UTF-8`);
  }
}

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
    process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'development'}\n`);
    return 0;
  }

  // The environment's locale, as POSIX orders it, unless --lang says otherwise.
  const env = process.env;
  const locale = options.lang ?? (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
  const say = messagesFor(locale);
  const plan = planChecks(options.files, options.config, locale);
  // A config file that is wrong: said in one line each, and nothing is read or written.
  for (const line of plan.configProblems) process.stderr.write(`council-report: ${line}\n`);
  if (plan.configProblems.length > 0) return 2;
  for (const line of plan.problems) process.stderr.write(`council-report: ${line}\n`);
  const analyses: { path: string; analysis: Analysis; fixes: string[] }[] = [];
  let unreadable = plan.problems.length > 0;
  let unwritten = false;
  for (const { path, options: analysisOptions } of plan.reports) {
    try {
      const input = readReport(path);
      const analysis = analyse(input.text, analysisOptions);
      if (!options.fix && !options.diff) {
        analyses.push({ path, analysis, fixes: [] });
        continue;
      }
      const fixed = fixReport(path, input, analysis, options, analysisOptions, say);
      analyses.push({ path, analysis: fixed.analysis, fixes: fixed.lines });
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

  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const { analysis } of analyses) {
    for (const d of analysis.diagnostics) {
      const s = severityName(d.severity);
      if (s === 'error') errors++;
      else if (s === 'warning') warnings++;
      else others++;
    }
  }

  if (options.format === 'json') {
    // What --fix did goes to standard error, so standard output stays one JSON document.
    for (const { fixes } of analyses) for (const line of fixes) process.stderr.write(`council-report: ${line}\n`);
    const files = analyses.map(({ path, analysis }) => fileReport(path, analysis.document, analysis.diagnostics));
    process.stdout.write(`${JSON.stringify({ files })}\n`);
  } else {
    const out: string[] = [];
    for (const { path, analysis, fixes } of analyses) {
      out.push(...fixes);
      if (options.outline) {
        out.push(say.outlineOf(path));
        const tree = formatOutline(analysis.document, say.emptyOutline);
        for (const line of tree.length > 0 ? tree : [say.emptyOutline]) out.push(`  ${line}`);
        out.push(say.footnoteCount(path, analysis.document.definitions.length, analysis.document.references.length));
      }
      if (options.command === 'check') for (const line of formatFindings(path, analysis.diagnostics)) out.push(line);
    }
    if (options.command === 'check') out.push(say.checked(analyses.length, errors, warnings, others));
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  }
  if (unreadable || unwritten) return 2;
  return errors > 0 ? 1 : 0;
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
): { analysis: Analysis; lines: string[]; problem?: { message: string; unwritten: boolean } } {
  const source = new LineText(input.text);
  const result = fixAll(analysis, source, analysisOptions);
  if (result.edits.length === 0) return { analysis, lines: [] };
  if (!result.safe) return { analysis, lines: [], problem: { message: say.notFixedUnsafe(path), unwritten: false } };
  const lines = options.diff ? unifiedDiff(path, source, result.edits) : [];
  if (!options.fix) return { analysis, lines };
  const backup = options.backup ? `${path}.orig` : null;
  try {
    writeFixed(path, input, result.text, backup);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      backup !== null && e instanceof BackupExists
        ? say.notFixedBackupExists(path, backup)
        : say.notFixedWriteFailed(path, code ?? (e as Error).message);
    return { analysis, lines, problem: { message, unwritten: true } };
  }
  lines.push(say.fixedFindings(path, result.fixed, backup));
  return { analysis: result.analysis, lines };
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
