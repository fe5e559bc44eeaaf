// From the paths on the command line to the reports to check, each with its options: folders
// become the reports in them (files.ts), and each report gets the settings of its nearest
// `.council-report.json` (config/resolve.ts), or of the one `--config` names. A config file
// that is wrong stops the run before any report is read or written.

import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisOptions } from '../core/analysis';
import { REPORT_EXTENSION } from '../config/keys';
import { nodeConfigHost, relativeToWorkingFolder } from '../config/nodeHost';
import { ConfigFiles, type LoadedConfig } from '../config/resolve';
import { toAnalysisOptions } from '../settings';
import { reportsIn } from './files';

export interface PlannedReport {
  /** As given, or as found in a folder given; `-` is standard input. */
  readonly path: string;
  readonly options: AnalysisOptions;
}

export interface Plan {
  readonly reports: readonly PlannedReport[];
  /** Folders without reports, or that could not be read: said, and the exit code is 2. */
  readonly problems: readonly string[];
  /** Config files that are wrong, one line each: nothing is checked. */
  readonly configProblems: readonly string[];
}

export function planChecks(args: readonly string[], configFile: string | undefined, locale: string | undefined): Plan {
  const files = new ConfigFiles(nodeConfigHost(relativeToWorkingFolder));
  const configProblems = new Set<string>();
  const named = configFile === undefined ? null : files.load(path.resolve(configFile));
  if (named && !named.ok) return { reports: [], problems: [], configProblems: [named.message] };

  const configIn = (dir: string): LoadedConfig | null => {
    const loaded = named ?? files.configFor(path.resolve(dir));
    if (loaded && !loaded.ok) configProblems.add(loaded.message);
    return loaded;
  };
  const extensionsIn = (dir: string): string[] => {
    const loaded = configIn(dir);
    return [REPORT_EXTENSION, ...(loaded?.ok ? (loaded.config.extensions ?? []) : [])];
  };
  const optionsByFile = new Map<string | null, AnalysisOptions>();
  const optionsIn = (dir: string): AnalysisOptions => {
    const loaded = configIn(dir);
    const key = loaded?.ok ? loaded.file : null;
    let options = optionsByFile.get(key);
    if (!options) optionsByFile.set(key, (options = toAnalysisOptions(loaded?.ok ? loaded.config : null, locale)));
    return options;
  };

  const reports: PlannedReport[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (arg !== '-' && isFolder(arg)) {
      const isReport = (dir: string, name: string) => extensionsIn(dir).some((e) => name.toLowerCase().endsWith(e));
      const found = reportsIn(arg, isReport);
      problems.push(...found.problems);
      if (found.files.length === 0 && found.problems.length === 0)
        problems.push(`${arg}: no council reports in this folder (files ending in ${extensionsIn(arg).join(', ')})`);
      for (const file of found.files) reports.push({ path: file, options: optionsIn(path.dirname(file)) });
    } else {
      // A file named is checked whatever its extension; a missing one is said when it is read.
      reports.push({ path: arg, options: optionsIn(arg === '-' ? process.cwd() : path.dirname(arg)) });
    }
  }
  return { reports, problems, configProblems: [...configProblems] };
}

function isFolder(arg: string): boolean {
  try {
    return statSync(arg, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false; // not to be looked at: reading it says why
  }
}
