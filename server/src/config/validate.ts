// `.council-report.json` text -> a checked config, or the first problem in it with its line,
// column and key. Pure: the checker and the language server both read their files through this,
// so a file means the same to both. JSON with comments and trailing commas, read by the VS Code
// team's jsonc-parser, which gives the offset of a syntax error.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import {
  DIAGNOSTIC_CODES,
  isDiagnosticCode,
  SEVERITY_SETTINGS,
  type DiagnosticCode,
  type SeveritySetting,
} from '../core/codes';
import { CONFIG_KEY_NAMES, CONFIG_KEYS, isConfigKey } from './keys';

/** What a config file holds once checked: the settings' keys, plus `extensions`. */
export interface CouncilConfig {
  readonly severity?: Readonly<Partial<Record<DiagnosticCode, SeveritySetting>>>;
  readonly footnotesInReferenceOrder?: boolean;
  readonly sessionKinds?: readonly string[];
  readonly domainTitles?: readonly string[];
  readonly topicHeadings?: boolean;
  readonly labels?: readonly string[];
  readonly agendaPairing?: boolean;
  /** Lower case, each with its dot: `.txt`. */
  readonly extensions?: readonly string[];
}

/** What is wrong with a config file, where (1-based line and column, in UTF-16 code units). */
export interface ConfigProblem {
  readonly line: number;
  readonly column: number;
  /** The key at fault, as a path (`severity.footnote-unused`, `labels[2]`); null for bad JSON. */
  readonly key: string | null;
  readonly message: string;
}

export type ConfigReading =
  { readonly ok: true; readonly config: CouncilConfig } | { readonly ok: false; readonly problem: ConfigProblem };

/** The one-line message for a problem: `path:line:column: key: what is wrong`. */
export function describeConfigProblem(file: string, problem: ConfigProblem): string {
  const key = problem.key === null ? '' : `${problem.key}: `;
  return `${file}:${problem.line}:${problem.column}: ${key}${problem.message}`;
}

const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'not JSON here',
  InvalidNumberFormat: 'not a number',
  PropertyNameExpected: 'a key in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: 'a colon expected',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: 'a closing } expected',
  CloseBracketExpected: 'a closing ] expected',
  EndOfFileExpected: 'the end of the file expected after the object',
  InvalidCommentToken: 'a broken comment',
  UnexpectedEndOfComment: 'a comment that never ends',
  UnexpectedEndOfString: 'a string that never ends',
  UnexpectedEndOfNumber: 'a number that never ends',
  InvalidUnicode: 'a broken \\u escape',
  InvalidEscapeCharacter: 'an escape that JSON does not know',
  InvalidCharacter: 'a control character in a string',
};

class Problem extends Error {
  constructor(
    readonly offset: number,
    readonly key: string | null,
    message: string,
  ) {
    super(message);
  }
}

export function readConfig(source: string): ConfigReading {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = source.slice(bom);
  const at = (offset: number, key: string | null, message: string): ConfigReading => {
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, problem: { line, column, key, message } };
  };
  if (text.trim().length === 0) return at(0, null, 'the file is empty; write {} for no settings');
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    return at(first.offset, null, `not valid JSON: ${SYNTAX[name] ?? name}`);
  }
  if (!root) return at(0, null, 'not valid JSON: a value expected');
  try {
    return { ok: true, config: readRoot(root) };
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    return at(e.offset, e.key, e.message);
  }
}

function readRoot(root: Node): CouncilConfig {
  if (root.type !== 'object')
    throw new Problem(root.offset, null, `the file holds one object, { "key": value, … }, not ${shown(root)}`);
  const config: Record<string, unknown> = {};
  for (const { key, keyNode, value } of properties(root, null)) {
    if (!isConfigKey(key)) {
      const near = closest(key, CONFIG_KEY_NAMES);
      const hint = near ? `did you mean "${near}"?` : `the keys are ${CONFIG_KEY_NAMES.join(', ')}`;
      throw new Problem(keyNode.offset, key, `unknown key; ${hint}`);
    }
    switch (CONFIG_KEYS[key]) {
      case 'schema':
        if (value.type !== 'string') throw new Problem(value.offset, key, `takes a string, not ${shown(value)}`);
        break;
      case 'boolean':
        if (value.type !== 'boolean') throw new Problem(value.offset, key, `takes true or false, not ${shown(value)}`);
        config[key] = value.value as boolean;
        break;
      case 'words':
        config[key] = Object.freeze(words(value, key));
        break;
      case 'extensions':
        config[key] = Object.freeze(extensions(value, key));
        break;
      case 'severity':
        config[key] = Object.freeze(severities(value, key));
        break;
    }
  }
  return Object.freeze(config) as CouncilConfig;
}

/** An object's properties; a key given twice is a problem (JSON leaves it open which wins). */
function properties(object: Node, path: string | null): { key: string; keyNode: Node; value: Node }[] {
  const seen = new Map<string, Node>();
  const out: { key: string; keyNode: Node; value: Node }[] = [];
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue; // jsonc-parser reported it as a syntax error already
    const key = keyNode.value as string;
    const name = path === null ? key : `${path}.${key}`;
    const before = seen.get(key);
    if (before) throw new Problem(keyNode.offset, name, 'given twice; keep one');
    seen.set(key, keyNode);
    out.push({ key, keyNode, value });
  }
  return out;
}

function words(value: Node, key: string): string[] {
  if (value.type !== 'array')
    throw new Problem(value.offset, key, `takes a list of words, ["…", "…"], not ${shown(value)}`);
  return (value.children ?? []).map((item, i) => {
    if (item.type !== 'string' || (item.value as string).trim().length === 0)
      throw new Problem(item.offset, `${key}[${i}]`, `takes a word or words in a string, not ${shown(item)}`);
    return item.value as string;
  });
}

const EXTENSION = /^\.[^\s/\\]+$/;

function extensions(value: Node, key: string): string[] {
  if (value.type !== 'array')
    throw new Problem(value.offset, key, `takes a list of file extensions, [".txt"], not ${shown(value)}`);
  return (value.children ?? []).map((item, i) => {
    if (item.type !== 'string' || !EXTENSION.test(item.value as string) || /^\.+$/.test(item.value as string))
      throw new Problem(item.offset, `${key}[${i}]`, `takes a file extension with its dot, ".txt", not ${shown(item)}`);
    return (item.value as string).toLowerCase();
  });
}

function severities(value: Node, key: string): Partial<Record<DiagnosticCode, SeveritySetting>> {
  if (value.type !== 'object')
    throw new Problem(value.offset, key, `takes an object, { "finding-code": "severity" }, not ${shown(value)}`);
  const out: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  for (const { key: code, keyNode, value: setting } of properties(value, key)) {
    const name = `${key}.${code}`;
    if (!isDiagnosticCode(code)) {
      const near = closest(code, DIAGNOSTIC_CODES);
      const hint = near ? `did you mean "${near}"?` : `the codes are ${DIAGNOSTIC_CODES.join(', ')}`;
      throw new Problem(keyNode.offset, name, `not a finding code; ${hint}`);
    }
    const severity = setting.value as unknown;
    if (setting.type !== 'string' || !(SEVERITY_SETTINGS as readonly unknown[]).includes(severity))
      throw new Problem(setting.offset, name, `takes ${orList(SEVERITY_SETTINGS)}, not ${shown(setting)}`);
    out[code] = severity as SeveritySetting;
  }
  return out;
}

/** A value as the message shows it: a short string or number as written, else its kind. */
function shown(node: Node): string {
  switch (node.type) {
    case 'string': {
      const s = node.value as string;
      return s.length <= 40 ? JSON.stringify(s) : 'a long string';
    }
    case 'number':
      return String(node.value);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
}

function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The candidate a typo most likely meant: differing only in case, or in a third of its letters
 *  at most (at least two). */
function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Levenshtein distance, for the short names of keys and codes. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** 1-based line and column of an offset; a line ends at \n, \r\n or \r, as in an editor. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
