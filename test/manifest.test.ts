// The extension manifest: every user-facing string comes from package.nls.json, with a Dutch
// translation in package.nls.nl.json; settings declared once, matching what the server reads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SEVERITIES } from '../server/src/core/diagnostics';

const root = join(import.meta.dirname, '..');
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, name), 'utf8'));
const manifest = readFileSync(join(root, 'package.json'), 'utf8');

test('every %key% of the manifest has an English and a Dutch string, and no string is left over', () => {
  const used = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!).sort();
  assert.ok(used.length >= 8, `only ${used.length} localized strings`);
  for (const file of ['package.nls.json', 'package.nls.nl.json']) {
    const strings = read(file);
    assert.deepEqual(Object.keys(strings).sort(), [...new Set(used)].sort(), file);
    for (const [key, value] of Object.entries(strings)) assert.ok(typeof value === 'string' && value.trim().length > 0, `${file}: ${key}`);
  }
  const en = read('package.nls.json');
  const nl = read('package.nls.nl.json');
  for (const key of Object.keys(en)) if (key !== 'displayName') assert.notEqual(nl[key], en[key], `${key} is not translated`);
});

test('the severity setting lists exactly the diagnostic codes', () => {
  const pkg = JSON.parse(manifest) as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } } };
  const severity = pkg.contributes.configuration.properties['councilReport.severity']!;
  assert.deepEqual(Object.keys(severity.properties ?? {}).sort(), Object.keys(DEFAULT_SEVERITIES).sort());
});
