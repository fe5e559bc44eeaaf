// The reports in a folder the checker is given (`council-report check reports/`).
//
// - node_modules and dot-folders below the folder are skipped (the folder itself is walked
//   whatever its name);
// - a symbolic link is followed only to a file or folder inside the folder given, and only once:
//   links inside a linked folder are not followed, a link to a folder above it (a loop) is not
//   followed at all, and a link that dangles is passed over;
// - a file reached by more than one path is listed once, under a path without a link if it has
//   one, else under the first in byte order;
// - the list is sorted by path in byte order (of UTF-8), so it is the same on every file system.
//
// Which files are reports is the caller's: `.council` and the extensions of the config file
// that applies to the folder (see config.ts).

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';

export interface FolderReports {
  /** The reports, as paths that start with the folder as given. */
  readonly files: readonly string[];
  /** Folders below that could not be read, one line each. */
  readonly problems: readonly string[];
}

/** `isReport(dir, name)`: whether a file `name` in the folder `dir` (as listed) is a report. */
export function reportsIn(folder: string, isReport: (dir: string, name: string) => boolean): FolderReports {
  const root = realpathSync(folder);
  const found: { shown: string; real: string; viaLink: boolean }[] = [];
  const problems: string[] = [];

  const walk = (shown: string, real: string, ancestors: ReadonlySet<string>, viaLink: boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (e) {
      problems.push(`${shown}: cannot read the folder: ${reason(e)}`);
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const shownPath = path.join(shown, name);
      const realPath = path.join(real, name);
      if (entry.isSymbolicLink()) {
        if (viaLink) continue;
        const target = resolvedInside(root, realPath);
        if (target === null) continue;
        if (target.directory) {
          if (!skipped(name) && !ancestors.has(target.path))
            walk(shownPath, target.path, new Set([...ancestors, target.path]), true);
        } else if (isReport(shown, name)) {
          found.push({ shown: shownPath, real: target.path, viaLink: true });
        }
      } else if (entry.isDirectory()) {
        if (!skipped(name)) walk(shownPath, realPath, new Set([...ancestors, realPath]), viaLink);
      } else if (entry.isFile() && isReport(shown, name)) {
        found.push({ shown: shownPath, real: realPath, viaLink });
      }
    }
  };
  walk(folder, root, new Set([root]), false);

  found.sort((a, b) => Number(a.viaLink) - Number(b.viaLink) || byteOrder(a.shown, b.shown));
  const seen = new Set<string>();
  const files: string[] = [];
  for (const f of found) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    files.push(f.shown);
  }
  return { files: files.sort(byteOrder), problems };
}

/** node_modules and dot-folders hold no reports of the team's own. */
function skipped(folderName: string): boolean {
  return folderName.startsWith('.') || folderName === 'node_modules';
}

/** Where a link leads, when that is a file or folder inside `root`; null otherwise. */
function resolvedInside(root: string, link: string): { path: string; directory: boolean } | null {
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    return null; // dangling, or a loop of links
  }
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats || (!stats.isDirectory() && !stats.isFile())) return null;
  return { path: target, directory: stats.isDirectory() };
}

/** Paths in the byte order of their UTF-8, which no locale or file system changes. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such folder' : (e as Error).message;
}
