// The keys of `.council-report.json`, once: the validator reads this table, and the tests hold
// the JSON schema (server/schemas/council-report.schema.json) and the settings in package.json
// to it. A key is named as its setting without the `councilReport.` prefix.

/** How a key's value is read. */
export type ConfigKind = 'schema' | 'severity' | 'words' | 'boolean' | 'extensions';

export const CONFIG_KEYS = Object.freeze({
  /** The schema's address, which editors read; the checker ignores it. */
  $schema: 'schema',
  severity: 'severity',
  footnotesInReferenceOrder: 'boolean',
  sessionKinds: 'words',
  domainTitles: 'words',
  topicHeadings: 'boolean',
  labels: 'words',
  /** Whether the editor checks a report against its annotated agenda in the workspace. */
  agendaPairing: 'boolean',
  /** Extra file extensions for reports when a folder is checked (`.council` always counts). */
  extensions: 'extensions',
} as const satisfies Record<string, ConfigKind>);

export type ConfigKey = keyof typeof CONFIG_KEYS;

export const CONFIG_KEY_NAMES: readonly ConfigKey[] = Object.freeze(Object.keys(CONFIG_KEYS) as ConfigKey[]);

/** The keys that are also settings (`councilReport.<key>` in package.json). */
export const SETTING_KEYS: readonly ConfigKey[] = Object.freeze(
  CONFIG_KEY_NAMES.filter((k) => k !== '$schema' && k !== 'extensions'),
);

export function isConfigKey(value: string): value is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, value);
}

/** The file the checker and the language server look for. */
export const CONFIG_FILE_NAME = '.council-report.json';

/** The extension a report always has. */
export const REPORT_EXTENSION = '.council';
