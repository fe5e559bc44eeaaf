// The command line's arguments: the usage text, and argv -> Options or a UsageError whose
// message says, in one line, what is wrong.

export const USAGE = `usage: council-report check [--format text|json] [--outline] [--lang en|nl] [--fix [--no-backup]] [--diff] FILE...
       council-report outline [--lang en|nl] FILE...

Checks council reports (the government's letters on EU Council meetings) and prints every
finding as path:line:column: severity code message. Exit code 0 when there is no error,
1 when there is one, 2 for usage errors and unreadable files.

  --format text|json   text (default) or one JSON document for all files
  --outline            with text output, print each report's outline before its findings
  --lang en|nl         the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
  --fix                rewrite each report with the safe fixes: footnote and heading numbers
                       in order, a note "N …" for each undefined reference; nothing else
                       changes, and a report the fixes would make read differently is left
                       alone. The original is kept as FILE.orig; the findings printed are
                       those that remain
  --no-backup          with --fix: keep no FILE.orig
  --diff               print the fixes as a unified diff; without --fix nothing is written
  -h, --help           this help
  -v, --version        the version`;

export class UsageError extends Error {}

export interface Options {
  command: 'check' | 'outline';
  format: 'text' | 'json';
  outline: boolean;
  lang: string | undefined;
  fix: boolean;
  diff: boolean;
  backup: boolean;
  files: string[];
}

export function parseArguments(argv: readonly string[]): Options | 'help' | 'version' {
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
