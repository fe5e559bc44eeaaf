// Reading a report (or an agenda) from a file or standard input: UTF-8 text without its
// byte-order mark, or an InputError whose message names the file and says what is wrong.

import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A report as read: its text (without a byte-order mark) and its bytes, for the backup. */
export interface Input {
  readonly text: string;
  readonly bytes: Buffer;
}

export function readReport(path: string): Input {
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
    return { text: decoder.decode(bytes), bytes };
  } catch {
    throw new InputError(`${path}: not UTF-8 text; save the report as UTF-8`);
  }
}
