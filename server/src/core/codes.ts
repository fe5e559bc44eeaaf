// The finding codes, once: each stable code (the names in the README and in the user's
// `councilReport.severity` setting) with its default severity. The type of a code, the default
// severities, the settings reader and the manifest test all derive from this list, so a new
// finding is one line here (and its rule, message and manifest entry, which the tests demand).

import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** The severities a user can give a code in `councilReport.severity`, as package.json lists them. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;

export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** What each setting means for a diagnostic; `off` is no diagnostic at all. */
export const SEVERITY_OF_SETTING: Readonly<Record<SeveritySetting, DiagnosticSeverity | null>> = Object.freeze({
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: null,
});

/** Every finding code, in the order the README lists them, with its default severity. */
export const FINDING_CODES = [
  { code: 'footnote-undefined', severity: 'error' },
  { code: 'footnote-unused', severity: 'warning' },
  { code: 'footnote-duplicate', severity: 'error' },
  { code: 'footnote-order', severity: 'warning' },
  { code: 'session-number-missing', severity: 'warning' },
  { code: 'session-number-gap', severity: 'warning' },
  { code: 'session-number-duplicate', severity: 'warning' },
  { code: 'domain-number-gap', severity: 'warning' },
  { code: 'domain-number-duplicate', severity: 'warning' },
  { code: 'placeholder-text', severity: 'warning' },
  { code: 'agenda-item-missing', severity: 'information' },
] as const satisfies readonly { readonly code: string; readonly severity: Exclude<SeveritySetting, 'off'> }[];

export type DiagnosticCode = (typeof FINDING_CODES)[number]['code'];

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = Object.freeze(FINDING_CODES.map((c) => c.code));

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
  return typeof value === 'string' && (DIAGNOSTIC_CODES as readonly string[]).includes(value);
}

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, DiagnosticSeverity>> = Object.freeze(
  Object.fromEntries(FINDING_CODES.map((c) => [c.code, SEVERITY_OF_SETTING[c.severity]])) as Record<
    DiagnosticCode,
    DiagnosticSeverity
  >,
);
