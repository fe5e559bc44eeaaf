// One entry point for "analyse this text": the server, the CLI and the tests all go through it,
// so they agree on what a report contains.

import {
  byPosition,
  computeDiagnostics,
  DEFAULT_DIAGNOSTIC_OPTIONS,
  type CouncilDiagnostic,
  type DiagnosticOptions,
} from './diagnostics';
import type { CouncilDocument } from '../parser/model';
import { agendaDiagnostics, compareWithAgenda, type AgendaComparison } from './agenda';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from '../parser/options';
import { parseInSteps, type ParseCache, type ParseSource } from '../parser/parse';

export interface AnalysisOptions {
  readonly parse: ParseOptions;
  readonly diagnostics: DiagnosticOptions;
  /** The annotated agenda the report is checked against (parsed), if any. */
  readonly agenda?: CouncilDocument | null;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze({
  parse: DEFAULT_PARSE_OPTIONS,
  diagnostics: DEFAULT_DIAGNOSTIC_OPTIONS,
});

export interface Analysis {
  readonly document: CouncilDocument;
  readonly diagnostics: readonly CouncilDiagnostic[];
  /** The report against its agenda, when checked against one. */
  readonly agenda: AgendaComparison | null;
}

/** `source`: the text, its lines without their line ends, or an editor's EditedLines. `cache`:
 *  see ParseCache; an editor keeps one per document so each version re-scans only the lines
 *  that changed. */
export function analyse(
  source: ParseSource,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  cache?: ParseCache,
): Analysis {
  return analyseInSteps(source, options, cache).finish();
}

/** An analysis done in steps (see parseInSteps); the findings are the last step. */
export interface StepwiseAnalysis {
  step(chars: number): boolean;
  finish(): Analysis;
}

export function analyseInSteps(
  source: ParseSource,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  cache?: ParseCache,
): StepwiseAnalysis {
  const parse = parseInSteps(source, options.parse, cache);
  let result: Analysis | null = null;
  return {
    // The findings are one more step once the document is parsed.
    step: (chars) => {
      if (result !== null) return true;
      if (parse.step(chars)) result = withDiagnostics(parse.finish(), options, cache);
      return false;
    },
    finish: () => (result ??= withDiagnostics(parse.finish(), options, cache)),
  };
}

function withDiagnostics(document: CouncilDocument, options: AnalysisOptions, cache: ParseCache | undefined): Analysis {
  // The parser hands back the previous version's references, notes and placeholders, the very same lists,
  // only when an edit changed no structure; the findings are then the previous ones too.
  const previous = cache && previousAnalyses.get(cache);
  const unchanged =
    previous !== undefined &&
    previous.options === options &&
    previous.analysis.document.references === document.references &&
    previous.analysis.document.definitions === document.definitions &&
    previous.analysis.document.placeholders === document.placeholders;
  if (unchanged && previous.analysis.document.outline === document.outline)
    return remember(cache, options, { ...previous.analysis, document });
  const agenda = options.agenda ? compareWithAgenda(document, options.agenda) : null;
  let diagnostics = unchanged ? previous.analysis.diagnostics : computeDiagnostics(document, options.diagnostics);
  if (agenda) {
    const own = unchanged ? diagnostics.filter((d) => d.code !== 'agenda-item-missing') : diagnostics;
    diagnostics = [...own, ...agendaDiagnostics(document, agenda, options.diagnostics)].sort(byPosition);
  }
  return remember(cache, options, { document, diagnostics, agenda });
}

function remember(cache: ParseCache | undefined, options: AnalysisOptions, analysis: Analysis): Analysis {
  if (cache) previousAnalyses.set(cache, { options, analysis });
  return analysis;
}

const previousAnalyses = new WeakMap<ParseCache, { options: AnalysisOptions; analysis: Analysis }>();
