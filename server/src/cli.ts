// The command line checker, on the same core as the language server.
//
//   council-report check [--format text|json] [--outline] FILE...
//   council-report outline FILE...
//
// Exit code 0: no error-severity finding; 1: at least one; 2: usage error or unreadable input.

import { readFileSync, statSync } from 'node:fs';
import { analyse, type Analysis } from './analysis';
import { messagesFor } from './features/messages';
import { toAnalysisOptions } from './settings';
import { fileReport, formatFindings, formatOutline, severityName } from './features/report';

const USAGE = `usage: council-report check [--format text|json] [--outline] [--lang en|nl] FILE...
       council-report outline [--lang en|nl] FILE...

Checks council reports (the government's letters on EU Council meetings) and prints every
finding as path:line:column: severity code message. Exit code 0 when there is no error,
1 when there is one, 2 for usage errors and unreadable files.

  --format text|json   text (default) or one JSON document for all files
  --outline            with text output, print each report's outline before its findings
  --lang en|nl         the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
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
  files: string[];
}

function parseArguments(argv: readonly string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check' && command !== 'outline') {
    throw new UsageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
  }
  const options: Options = { command, format: 'text', outline: command === 'outline', lang: undefined, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, not '${value ?? ''}'`);
      options.format = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl') throw new UsageError(`--lang takes en or nl, not '${value ?? ''}'`);
      options.lang = value;
    } else if (arg === '--outline') {
      options.outline = true;
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
  return options;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function readReport(path: string): string {
  let bytes: Buffer;
  try {
    if (path === '-') {
      bytes = readFileSync(0);
    } else {
      if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, not a report`);
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`${path}: cannot read: ${why}`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: not a text file (it holds NUL bytes)`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${path}: not UTF-8 text; save the report as UTF-8`);
  }
}

function main(argv: readonly string[]): number {
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
  const analysisOptions = toAnalysisOptions(null, locale);
  const analyses: { path: string; analysis: Analysis }[] = [];
  let unreadable = false;
  for (const path of options.files) {
    try {
      analyses.push({ path, analysis: analyse(readReport(path), analysisOptions) });
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
    const files = analyses.map(({ path, analysis }) => fileReport(path, analysis.document, analysis.diagnostics));
    process.stdout.write(`${JSON.stringify({ files })}\n`);
  } else {
    const out: string[] = [];
    for (const { path, analysis } of analyses) {
      if (options.outline) {
        out.push(say.outlineOf(path));
        const tree = formatOutline(analysis.document);
        for (const line of tree.length > 0 ? tree : [say.emptyOutline]) out.push(`  ${line}`);
        out.push(say.footnoteCount(path, analysis.document.definitions.length, analysis.document.references.length));
      }
      if (options.command === 'check') for (const line of formatFindings(path, analysis.diagnostics)) out.push(line);
    }
    if (options.command === 'check') out.push(say.checked(analyses.length, errors, warnings, others));
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug of ours, not bad input: say so in one line rather than with a stack trace.
  process.stderr.write(`council-report: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
