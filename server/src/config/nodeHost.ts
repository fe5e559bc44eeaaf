// The file system as ConfigFiles sees it, through Node: the one file of config/ that uses Node
// built-ins (eslint.config.mjs lets it), shared by the checker and the language server. Config
// files are small and few, so they are read synchronously.

import { readFileSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { ConfigHost } from './resolve';

/** What is at a path; undefined when nothing is, or it cannot be looked at (a folder on the way
 *  that is a file or may not be read): then there is no config file there. */
function stat(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function nodeConfigHost(display: (file: string) => string = (file) => file): ConfigHost {
  return {
    isFile: (file) => stat(file)?.isFile() === true,
    readFile: (file) => {
      try {
        return { text: readFileSync(file, 'utf8') };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
              ? 'permission denied'
              : code === 'EISDIR'
                ? 'a folder, not a file'
                : (e as Error).message;
        return { error: why };
      }
    },
    isRepositoryRoot: (dir) => stat(path.join(dir, '.git')) !== undefined,
    parent: (dir) => {
      const up = path.dirname(dir);
      return up === dir ? null : up;
    },
    join: (dir, name) => path.join(dir, name),
    display,
  };
}

/** A path as the checker prints it: relative to the working folder when inside it. */
export function relativeToWorkingFolder(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
