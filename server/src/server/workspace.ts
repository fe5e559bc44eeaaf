// The council reports on disk in the workspace folders, for the searches that span the
// workspace. Node I/O, so it lives here in the server layer and not in the core: the folders
// are walked on each request, only `*.council` files are read, and each is parsed again only
// when its modification time or size has changed.
//
// Bounded so that opening a home directory as a folder cannot stall the server: at most
// MAX_FILES reports and MAX_DIRECTORIES folders are looked at, files over MAX_FILE_BYTES are
// passed over, node_modules and dot-folders are skipped, and symbolic links are never followed,
// so nothing outside the folders is read.

import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceReport } from '../features/workspaceSymbols';
import type { CouncilDocument } from '../parser/model';
import type { ParseOptions } from '../parser/options';
import { parse } from '../parser/parse';

export interface WorkspaceLimits {
  readonly maxFiles: number;
  readonly maxFileBytes: number;
  readonly maxDirectories: number;
}

export const DEFAULT_WORKSPACE_LIMITS: WorkspaceLimits = Object.freeze({
  maxFiles: 2000,
  maxFileBytes: 2_000_000,
  maxDirectories: 10_000,
});

const REPORT_EXTENSION = '.council';

interface CachedReport {
  readonly mtimeMs: number;
  readonly size: number;
  readonly options: ParseOptions;
  readonly report: WorkspaceReport;
}

export class WorkspaceReports {
  private folders: string[] = [];
  private readonly cache = new Map<string, CachedReport>();

  constructor(
    private readonly limits: WorkspaceLimits = DEFAULT_WORKSPACE_LIMITS,
    private readonly parseText: (text: string, options: ParseOptions) => CouncilDocument = parse,
  ) {}

  /** The workspace folders, as URIs; folders of schemes other than `file:` are not on this disk. */
  setFolders(uris: readonly string[]): void {
    this.folders = [...new Set(filePaths(uris))];
  }

  /** After workspace/didChangeWorkspaceFolders. */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(filePaths(removed));
    this.folders = [...new Set([...this.folders.filter((f) => !gone.has(f)), ...filePaths(added)])];
  }

  /** The reports on disk, parsed with `options` (or each with its own, by path), except those
   *  whose path `isOpen` claims: the editor's text of an open report is newer than the disk's. */
  async reports(
    options: ParseOptions | ((filePath: string) => ParseOptions),
    isOpen: (filePath: string) => boolean,
  ): Promise<WorkspaceReport[]> {
    const files = await this.findReports();
    const seen = new Set(files);
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    const optionsOf = typeof options === 'function' ? options : () => options;
    const reports = await Promise.all(files.filter((f) => !isOpen(f)).map((f) => this.load(f, optionsOf(f))));
    return reports.filter((r): r is WorkspaceReport => r !== null);
  }

  /** Breadth first, in name order, so the files kept under the limit are the shallow ones. */
  private async findReports(): Promise<string[]> {
    const files: string[] = [];
    const queue = [...this.folders];
    for (
      let next = 0;
      next < queue.length && next < this.limits.maxDirectories && files.length < this.limits.maxFiles;
      next++
    ) {
      const dir = queue[next]!;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue; // gone or unreadable: nothing to offer from it
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.isSymbolicLink()) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && entry.name !== 'node_modules') queue.push(full);
        } else if (
          entry.isFile() &&
          entry.name.toLowerCase().endsWith(REPORT_EXTENSION) &&
          files.length < this.limits.maxFiles
        ) {
          files.push(full);
        }
      }
    }
    return files;
  }

  private async load(file: string, options: ParseOptions): Promise<WorkspaceReport | null> {
    try {
      const stats = await lstat(file);
      if (!stats.isFile() || stats.size > this.limits.maxFileBytes) return null;
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.options === options)
        return cached.report;
      let text = await readFile(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // as VS Code drops it
      const report = { uri: pathToFileURL(file).href, document: this.parseText(text, options) };
      this.cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, options, report });
      return report;
    } catch {
      return null; // removed or unreadable since the folder was listed
    }
  }
}

/** The file path of a `file:` URI, to match open documents against files on disk; null for
 *  another scheme or a URI that names no local file. */
export function filePathOf(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : null;
  } catch {
    return null;
  }
}

function filePaths(uris: readonly string[]): string[] {
  return uris.map(filePathOf).filter((p): p is string => p !== null);
}
