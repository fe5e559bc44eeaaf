// Which `.council-report.json` applies to a report, and what it says. As with .editorconfig and
// markdownlint's files, the checker looks in the report's folder and then in each folder above
// it, up to the root of the repository (a folder that holds `.git`) or of the file system; the
// nearest file wins, whole: files are not merged, so a report reads the same wherever its
// nearest file is read. Pure: the file system comes in as a ConfigHost (Node's in the checker and
// the language server, a map in the tests).

import { CONFIG_FILE_NAME } from './keys';
import { describeConfigProblem, readConfig, type CouncilConfig } from './validate';

export interface ConfigHost {
  /** Whether a file (not a folder) is there. */
  isFile(path: string): boolean;
  /** The file's text, or why it cannot be read ("no such file", "permission denied"). */
  readFile(path: string): { text: string } | { error: string };
  /** Whether the folder is the root of a repository: it holds `.git` (a folder, or a worktree's file). */
  isRepositoryRoot(dir: string): boolean;
  /** The folder above, or null at the root of the file system. */
  parent(dir: string): string | null;
  join(dir: string, name: string): string;
  /** The file as a message names it (relative to the working folder, say). */
  display(path: string): string;
}

export type LoadedConfig =
  | { readonly file: string; readonly ok: true; readonly config: CouncilConfig }
  /** `message` is one line: the file, line and column, the key, what is wrong. */
  | { readonly file: string; readonly ok: false; readonly message: string };

export class ConfigFiles {
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(private readonly host: ConfigHost) {}

  /** The nearest config file for a report in `dir`, or null when there is none. */
  fileFor(dir: string): string | null {
    const walked: string[] = [];
    let found: string | null = null;
    for (let d: string | null = dir; d !== null; d = this.host.parent(d)) {
      const known = this.nearest.get(d);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(d);
      const candidate = this.host.join(d, CONFIG_FILE_NAME);
      if (this.host.isFile(candidate)) {
        found = candidate;
        break;
      }
      if (this.host.isRepositoryRoot(d)) break;
    }
    for (const d of walked) this.nearest.set(d, found);
    return found;
  }

  /** The config file read and checked, once until `forget`. */
  load(file: string): LoadedConfig {
    let loaded = this.loaded.get(file);
    if (!loaded) {
      loaded = read(this.host, file);
      this.loaded.set(file, loaded);
    }
    return loaded;
  }

  /** The config for a report in `dir`: null when no file applies. */
  configFor(dir: string): LoadedConfig | null {
    const file = this.fileFor(dir);
    return file === null ? null : this.load(file);
  }

  /** After a config file was created, changed or deleted: everything is looked up again. */
  forget(): void {
    this.nearest.clear();
    this.loaded.clear();
  }
}

function read(host: ConfigHost, file: string): LoadedConfig {
  const content = host.readFile(file);
  if ('error' in content) return { file, ok: false, message: `${host.display(file)}: cannot read: ${content.error}` };
  const reading = readConfig(content.text);
  return reading.ok
    ? { file, ok: true, config: reading.config }
    : { file, ok: false, message: describeConfigProblem(host.display(file), reading.problem) };
}
