// User settings (declared in package.json `contributes.configuration`), or a checked
// `.council-report.json` (config/validate.ts, the same keys) -> frozen, defaulted options for
// the core. Anything missing or malformed falls back to the default: the settings come from
// the editor unchecked, and a config file is checked before it gets here.

import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from './core/analysis';
import {
  DEFAULT_SEVERITIES,
  isDiagnosticCode,
  isSeveritySetting,
  SEVERITY_OF_SETTING,
  type DiagnosticCode,
} from './core/codes';
import { messagesFor } from './core/messages';
import { DEFAULT_PARSE_OPTIONS } from './parser/options';

export { SETTINGS_SECTION } from './protocol/commands';

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const list = value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return list;
}

/** `locale` is the display language (VS Code's `initialize` locale, the CLI's --lang). */
export function toAnalysisOptions(settings: unknown, locale?: string | null): AnalysisOptions {
  const messages = messagesFor(locale);
  if (settings === null || typeof settings !== 'object') {
    return Object.freeze({
      ...DEFAULT_ANALYSIS_OPTIONS,
      diagnostics: Object.freeze({ ...DEFAULT_ANALYSIS_OPTIONS.diagnostics, messages }),
    });
  }
  const s = settings as Record<string, unknown>;
  const severities: Record<DiagnosticCode, DiagnosticSeverity | null> = { ...DEFAULT_SEVERITIES };
  const configured = s['severity'];
  if (configured !== null && typeof configured === 'object') {
    for (const [code, name] of Object.entries(configured as Record<string, unknown>)) {
      if (isDiagnosticCode(code) && isSeveritySetting(name)) severities[code] = SEVERITY_OF_SETTING[name];
    }
  }
  // Footnotes numbered in reference order is the House's rule; a team may switch it off.
  if (s['footnotesInReferenceOrder'] === false) severities['footnote-order'] = null;
  const extraKinds = stringList(s['sessionKinds']) ?? [];
  const extraTitles = stringList(s['domainTitles']) ?? [];
  const extraLabels = stringList(s['labels']) ?? [];
  return Object.freeze({
    parse: Object.freeze({
      sessionKinds: Object.freeze([...DEFAULT_PARSE_OPTIONS.sessionKinds, ...extraKinds]),
      domainTitles: Object.freeze([...DEFAULT_PARSE_OPTIONS.domainTitles, ...extraTitles]),
      // Only an explicit false switches topic headings off: anything else keeps the default.
      topicHeadings: s['topicHeadings'] === false ? false : DEFAULT_PARSE_OPTIONS.topicHeadings,
      labelWords: Object.freeze([...DEFAULT_PARSE_OPTIONS.labelWords, ...extraLabels]),
    }),
    diagnostics: Object.freeze({ severities: Object.freeze(severities), messages }),
  });
}

/** Whether the server pairs each open report with its annotated agenda in the workspace (see
 *  server/agendas.ts): on unless set to false. Not an analysis option: it decides which agenda
 *  the analysis gets. */
export function agendaPairingOf(settings: unknown): boolean {
  return (settings as Record<string, unknown> | null | undefined)?.['agendaPairing'] !== false;
}
