// The command line's arguments: the usage text, and argv -> Options or a UsageError whose
// message says, in one line, what is wrong.

export const USAGE = `usage: council-report check [--format text|json|sarif|github] [--outline] [--lang en|nl]
                           [--config FILE] [--quiet] [--max-warnings N] [--fix [--no-backup]]
                           [--diff] [--agenda AGENDA] PATH...
       council-report outline [--lang en|nl] [--config FILE] PATH...
       council-report new-report [-o FILE] AGENDA

new-report drafts the report of a meeting from its annotated agenda: the letter frame, the
title, the agenda's parts and items with a placeholder under each, and its closing.

Checks council reports (the government's letters on EU Council meetings) and prints every
finding as path:line:column: severity code message. A PATH is a report, - (standard input) or
a folder, walked for *.council files and the config file's extensions. A report takes the
settings of the nearest .council-report.json, in its folder or above, up to the repository's
root. Exit code 0 when there is no error, 1 when there is one (or more warnings than
--max-warnings allows), 2 for usage errors, unreadable files, folders without reports, a
config file that is wrong and reports --fix could not write.

  --format FORMAT      text (default); json: one JSON document for all files; sarif: one
                       SARIF 2.1.0 log for all files, for code scanning; github: one GitHub
                       Actions workflow command per finding, an annotation on its line
  --outline            with text output, print each report's outline before its findings
  --lang en|nl         the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
  --config FILE        this config file for every report
  --quiet              report errors only: warnings and other findings are not printed (the
                       summary line still counts them)
  --max-warnings N     exit 1 when there are more than N warnings (N = 0, 1, 2, ...); with
                       --quiet, the warnings not printed still count
  --fix                rewrite each report with the safe fixes: footnote and heading numbers
                       in order, a note "N …" for each undefined reference; nothing else
                       changes, and a report the fixes would make read differently is left
                       alone. The original is kept as FILE.orig; the findings printed are
                       those that remain
  --no-backup          with --fix: keep no FILE.orig
  --diff               print the fixes as a unified diff; without --fix nothing is written
  --agenda AGENDA      check each report against this annotated agenda: an agenda item
                       without a session is an agenda-item-missing finding
  -o, --output FILE    new-report: write the new report to FILE (which must not exist yet)
                       rather than to standard output
  -h, --help           this help
  -v, --version        the version`;

export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export type Format = (typeof FORMATS)[number];

export interface Options {
  command: 'check' | 'outline' | 'new-report';
  format: Format;
  outline: boolean;
  lang: string | undefined;
  config: string | undefined;
  fix: boolean;
  diff: boolean;
  backup: boolean;
  /** Print errors only. */
  quiet: boolean;
  /** Exit 1 above this many warnings; null for no limit. */
  maxWarnings: number | null;
  /** check: the annotated agenda to check the reports against. */
  agenda: string | undefined;
  /** new-report: the file to write, undefined for standard output. */
  output: string | undefined;
  files: string[];
}

export function parseArguments(argv: readonly string[]): Options | 'help' | 'version' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check' && command !== 'outline' && command !== 'new-report') {
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
    quiet: false,
    maxWarnings: null,
    agenda: undefined,
    output: undefined,
    files: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (!(FORMATS as readonly (string | undefined)[]).includes(value))
        throw new UsageError(
          `--format takes ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]}, not '${value ?? ''}'`,
        );
      options.format = value as Format;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl') throw new UsageError(`--lang takes en or nl, not '${value ?? ''}'`);
      options.lang = value;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg === '--config' ? rest[++i] : arg.slice('--config='.length);
      if (!value) throw new UsageError('--config takes a file');
      options.config = value;
    } else if (arg === '--max-warnings' || arg.startsWith('--max-warnings=')) {
      const value = arg === '--max-warnings' ? rest[++i] : arg.slice('--max-warnings='.length);
      // Digits only: no sign, no fraction, no exponent, no hex; and a count JavaScript holds exactly.
      if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
        throw new UsageError(`--max-warnings takes a whole number of warnings (0, 1, 2, ...), not '${value ?? ''}'`);
      options.maxWarnings = Number(value);
    } else if (arg === '--agenda' || arg.startsWith('--agenda=')) {
      const value = arg === '--agenda' ? rest[++i] : arg.slice('--agenda='.length);
      if (!value) throw new UsageError('--agenda takes the annotated agenda, a file');
      options.agenda = value;
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const value = arg.startsWith('--output=') ? arg.slice('--output='.length) : rest[++i];
      if (!value) throw new UsageError(`${arg.split('=')[0]} takes a file`);
      options.output = value;
    } else if (arg === '--quiet') {
      options.quiet = true;
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
  if (options.files.length === 0) throw new UsageError(command === 'new-report' ? 'no agenda given' : 'no file given');
  if (command === 'new-report') {
    if (options.files.length > 1) throw new UsageError('new-report takes one agenda');
    const extra = options.fix || options.diff || options.outline || options.quiet || options.maxWarnings !== null;
    if (extra || options.format !== 'text' || options.agenda !== undefined)
      throw new UsageError('new-report takes -o FILE, --lang and --config only');
  } else if (options.output !== undefined) throw new UsageError('-o goes with new-report');
  if (options.agenda !== undefined && command !== 'check') throw new UsageError('--agenda goes with check');
  if ((options.fix || options.diff) && command !== 'check') throw new UsageError('--fix and --diff go with check');
  if (!options.backup && !options.fix) throw new UsageError('--no-backup goes with --fix');
  if (options.diff && options.format !== 'text')
    throw new UsageError(`--diff prints text: it does not go with --format ${options.format}`);
  if (options.format === 'sarif' || options.format === 'github') {
    if (command !== 'check') throw new UsageError(`--format ${options.format} goes with check`);
    if (options.outline) throw new UsageError(`--outline prints text: it does not go with --format ${options.format}`);
  }
  if ((options.quiet || options.maxWarnings !== null) && command !== 'check')
    throw new UsageError('--quiet and --max-warnings go with check');
  if (options.fix && options.files.includes('-'))
    throw new UsageError('--fix cannot rewrite standard input; use --diff to see the fixes');
  return options;
}
