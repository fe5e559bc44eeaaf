// The config files (`.council-report.json`) of the open reports, for the language server: the
// same lookup and checks as the command line's (config/), so a report reads the same in the
// editor and in the pipeline. A report with a config file takes its settings from it alone; the
// user settings apply to reports without one (as markdownlint's file wins over its settings).
//
// A config file that is wrong is said once (`notify`), and its reports keep the settings of the
// last good version of it, or the user settings when it never was good.

import * as path from 'node:path';
import type { AnalysisOptions } from '../core/analysis';
import { nodeConfigHost } from '../config/nodeHost';
import { ConfigFiles } from '../config/resolve';
import type { CouncilConfig } from '../config/validate';
import { toAnalysisOptions } from '../settings';
import { filePathOf } from './workspace';

export class ReportConfigs {
  private readonly files = new ConfigFiles(nodeConfigHost());
  /** By config file: the last version that was good, and its options (kept until it changes). */
  private readonly good = new Map<string, { config: CouncilConfig; options: AnalysisOptions }>();
  private readonly said = new Set<string>();

  constructor(
    private readonly notify: (message: string) => void,
    private readonly locale: () => string | undefined,
  ) {}

  /** The options of the report's config file, or null: none applies, or none was ever good. */
  optionsFor(uri: string): AnalysisOptions | null {
    const file = filePathOf(uri);
    return file === null ? null : this.optionsForFile(file);
  }

  /** The same for a report on disk, by its path. */
  optionsForFile(file: string): AnalysisOptions | null {
    const loaded = this.files.configFor(path.dirname(file));
    if (loaded === null) return null;
    if (!loaded.ok) {
      if (!this.said.has(loaded.message)) {
        this.said.add(loaded.message);
        this.notify(loaded.message);
      }
      return this.good.get(loaded.file)?.options ?? null;
    }
    const kept = this.good.get(loaded.file);
    if (kept?.config === loaded.config) return kept.options;
    const options = toAnalysisOptions(loaded.config, this.locale());
    this.good.set(loaded.file, { config: loaded.config, options });
    return options;
  }

  /** What the report's config file says of `agendaPairing`, or null: it says nothing, or
   *  none applies or is good. */
  agendaPairingFor(uri: string): boolean | null {
    const file = filePathOf(uri);
    const loaded = file === null ? null : this.files.configFor(path.dirname(file));
    const config = loaded === null ? null : loaded.ok ? loaded.config : (this.good.get(loaded.file)?.config ?? null);
    return config?.agendaPairing ?? null;
  }

  /** A config file was created, changed or deleted: each is read again when next asked for. */
  changed(): void {
    this.files.forget();
    this.said.clear();
  }
}
