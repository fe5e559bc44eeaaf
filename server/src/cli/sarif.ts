// `check --format sarif`: one SARIF 2.1.0 log for all the reports checked, for code-scanning
// views. One run; the driver lists a rule per finding code (in the order of codes.ts) with its
// descriptions in the language of the messages, and a link to the code's row in the README.
// Each finding is a result at its place in its report, with the quick fix attached when it is
// one of the safe fixes (those `--fix` applies: numbers change and notes "N …" are added).

import type * as Sarif from 'sarif';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Analysis, AnalysisOptions } from '../core/analysis';
import { FINDING_CODES, type DiagnosticCode } from '../core/codes';
import type { CouncilDiagnostic } from '../core/diagnostics';
import type { Locale, Messages } from '../core/messages';
import { isSafeFix, quickFix, type Fix } from '../edits/fixes';
import { LineText } from '../edits/sourceText';
import { severityName } from './report';

/** package.json's `repository`, as a web address (a test keeps the two in step). */
export const REPOSITORY_URL = 'https://github.com/council-report/vscode-council-report';

/** Where the README explains a code: its row in the "Findings" table carries an anchor of that name. */
export function helpUri(code: DiagnosticCode): string {
  return `${REPOSITORY_URL}#${code}`;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Standard input has no file name: its results point to this URI. */
export const STDIN_URI = 'stdin';

/** A report as checked: the text its analysis is of, and the options it was analysed with. */
export interface CheckedText {
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly options: AnalysisOptions;
}

export interface SarifOptions {
  readonly version: string;
  readonly locale: Locale;
  readonly messages: Messages;
  /** The folder that artifact URIs are relative to: the working directory. */
  readonly cwd: string;
  /** Only the error findings (--quiet). */
  readonly errorsOnly: boolean;
  /** Every report was read, and every fixed one written. */
  readonly successful: boolean;
}

export function sarifLog(reports: readonly CheckedText[], options: SarifOptions): Sarif.Log {
  const say = options.messages;
  const rules: Sarif.ReportingDescriptor[] = FINDING_CODES.map(({ code, severity }) => ({
    id: code,
    name: friendlyName(code),
    shortDescription: { text: say.findingSummary(code) },
    fullDescription: { text: say.findingDescription(code) },
    helpUri: helpUri(code),
    defaultConfiguration: { level: levelOf(severity) },
  }));
  const ruleIndex = new Map<string, number>(FINDING_CODES.map(({ code }, i) => [code, i]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    const artifactLocation: Sarif.ArtifactLocation = artifactOf(report.path, options.cwd);
    const fixes = safeFixes(report);
    for (const d of report.analysis.diagnostics) {
      const level = levelOf(severityName(d.severity));
      if (options.errorsOnly && level !== 'error') continue;
      const fix = fixes(d);
      results.push({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level,
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: regionOf(d.range) } }],
        ...(fix && {
          fixes: [
            {
              description: { text: fix.title },
              artifactChanges: [{ artifactLocation, replacements: fix.edits.map(replacementOf) }],
            },
          ],
        }),
      });
    }
  }
  const cwd = pathToFileURL(options.cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'council-report',
            version: options.version,
            informationUri: REPOSITORY_URL,
            language: options.locale,
            rules,
          },
        },
        invocations: [{ executionSuccessful: options.successful }],
        originalUriBaseIds: { [SRCROOT]: { uri: cwd.endsWith('/') ? cwd : `${cwd}/` } },
        language: options.locale,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

const SRCROOT = '%SRCROOT%';

/** The rule's friendly name, a Pascal-case identifier as SARIF recommends: FootnoteUndefined. */
export function friendlyName(code: DiagnosticCode): string {
  return code.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
}

function levelOf(severity: 'error' | 'warning' | 'information' | 'hint'): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The report's path relative to the working directory as a URI reference: forward slashes,
 *  each segment percent-encoded (a `:` in a name cannot pass for a scheme). A path that has no
 *  relative form (another drive) becomes a file URI; standard input is STDIN_URI. */
export function artifactOf(path: string, cwd: string): Sarif.ArtifactLocation {
  if (path === '-') return { uri: STDIN_URI, description: { text: 'standard input' } };
  const rel = relative(cwd, path);
  if (isAbsolute(rel)) return { uri: pathToFileURL(rel).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** An LSP range (0-based lines, UTF-16 columns) as a SARIF region (1-based, the same columns). */
function regionOf(range: TextEdit['range']): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function replacementOf(edit: TextEdit): Sarif.Replacement {
  return { deletedRegion: regionOf(edit.range), insertedContent: { text: edit.newText } };
}

/** The safe quick fix of each finding, or null; worked out once per fix (findings that share
 *  one, such as the references to one undefined number, share its key). */
function safeFixes(report: CheckedText): (d: CouncilDiagnostic) => Fix | null {
  const options = report.options;
  const source = new LineText(report.text);
  const checked = new Map<string, Fix | null>();
  return (d) => {
    const fix = quickFix(report.analysis, source, d, options.diagnostics);
    if (!fix) return null;
    let safe = checked.get(fix.key);
    if (safe === undefined) {
      safe = isSafeFix(report.analysis, source, fix, options) ? fix : null;
      checked.set(fix.key, safe);
    }
    return safe && fix;
  };
}
