// The SARIF 2.1.0 schema as Microsoft's SARIF multitool ships it (in its package for the
// platform), read from node_modules (never copied into the project), compiled with ajv. The
// schema declares JSON Schema 2020-12, hence ajv's 2020 build; ajv-formats checks the formats it
// uses (uri, uri-reference, date-time, uuid).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
/** The multitool's package for this platform, which npm picked among its optional ones. */
const PLATFORM_PACKAGES = ['linux', 'darwin', 'win32'].map((os) => `@microsoft/sarif-multitool-${os}`);
function schemaFile(): string {
  for (const name of PLATFORM_PACKAGES) {
    try {
      return require.resolve(`${name}/sarif-2.1.0.json`);
    } catch {
      // not this platform's
    }
  }
  throw new Error(`the SARIF schema is missing: install ${PLATFORM_PACKAGES.join(' or ')} (npm ci does)`);
}
export const SARIF_SCHEMA_FILE = schemaFile();

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
export const validateSarif = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));

export function assertValidSarif(log: unknown): void {
  assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors, { separator: '\n' }));
}
