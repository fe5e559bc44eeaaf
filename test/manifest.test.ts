// The extension manifest: every user-facing string comes from package.nls.json, with a Dutch
// translation in package.nls.nl.json; settings declared once, matching what the server reads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { DIAGNOSTIC_CODES, FINDING_CODES, isDiagnosticCode, SEVERITY_SETTINGS } from '../server/src/core/codes';
import { SEMANTIC_TOKEN_TYPES } from '../server/src/features/semanticTokens';

const root = join(import.meta.dirname, '..');
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, name), 'utf8'));
const manifest = readFileSync(join(root, 'package.json'), 'utf8');

test('every %key% of the manifest has an English and a Dutch string, and no string is left over', () => {
  const used = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!).sort();
  assert.ok(used.length >= 8, `only ${used.length} localized strings`);
  for (const file of ['package.nls.json', 'package.nls.nl.json']) {
    const strings = read(file);
    assert.deepEqual(Object.keys(strings).sort(), [...new Set(used)].sort(), file);
    for (const [key, value] of Object.entries(strings))
      assert.ok(typeof value === 'string' && value.trim().length > 0, `${file}: ${key}`);
  }
  const en = read('package.nls.json');
  const nl = read('package.nls.nl.json');
  for (const key of Object.keys(en))
    if (key !== 'displayName') assert.notEqual(nl[key], en[key], `${key} is not translated`);
});

type Schema = Record<string, unknown>;

/** Where the `councilReport.severity` setting of a manifest differs from the finding codes:
 *  one line per problem, none when every code is there, with the five severities to choose
 *  from and its default, in the order of the list, and nothing else is. */
function severitySettingProblems(pkg: unknown): string[] {
  const setting = (pkg as { contributes?: { configuration?: { properties?: Record<string, Schema> } } }).contributes
    ?.configuration?.properties?.['councilReport.severity'];
  if (!setting) return ['councilReport.severity is not declared'];
  const declared = (setting['properties'] ?? {}) as Record<string, Schema>;
  const problems: string[] = [];
  if (setting['additionalProperties'] !== false)
    problems.push('councilReport.severity allows codes that are not declared');
  for (const { code, severity } of FINDING_CODES) {
    const schema = declared[code];
    if (!schema) {
      problems.push(`${code}: missing`);
      continue;
    }
    const expected: Schema = { type: 'string', enum: [...SEVERITY_SETTINGS], default: severity };
    for (const key of new Set([...Object.keys(expected), ...Object.keys(schema)])) {
      if (!isDeepStrictEqual(schema[key], expected[key]))
        problems.push(`${code}: ${key} is ${JSON.stringify(schema[key])}, expected ${JSON.stringify(expected[key])}`);
    }
  }
  for (const key of Object.keys(declared)) if (!isDiagnosticCode(key)) problems.push(`${key}: not a finding code`);
  const order = Object.keys(declared).filter(isDiagnosticCode);
  const inOrder = DIAGNOSTIC_CODES.filter((c) => c in declared);
  if (!isDeepStrictEqual(order, inOrder))
    problems.push(`the codes are listed as ${order.join(', ')}; list them as ${inOrder.join(', ')}`);
  return problems;
}

test('the severity setting lists every finding code, with the five severities and its default, and nothing else', () => {
  assert.deepEqual(severitySettingProblems(JSON.parse(manifest)), []);
});

test('a severity setting with a code missing, a wrong default or enum, or an unknown code is caught', () => {
  const broken = (edit: (codes: Record<string, Schema>) => void): string[] => {
    const pkg = JSON.parse(manifest) as {
      contributes: { configuration: { properties: Record<string, { properties: Record<string, Schema> }> } };
    };
    edit(pkg.contributes.configuration.properties['councilReport.severity']!.properties);
    return severitySettingProblems(pkg);
  };
  assert.deepEqual(
    broken((codes) => delete codes['footnote-order']),
    ['footnote-order: missing'],
  );
  assert.deepEqual(
    broken((codes) => (codes['footnote-unused']!['default'] = 'error')),
    ['footnote-unused: default is "error", expected "warning"'],
  );
  assert.deepEqual(
    broken((codes) => (codes['domain-number-gap']!['enum'] = ['error', 'warning', 'information', 'hint'])),
    [
      'domain-number-gap: enum is ["error","warning","information","hint"], expected ["error","warning","information","hint","off"]',
    ],
  );
  assert.deepEqual(
    broken((codes) => (codes['footnote-missing'] = { type: 'string', enum: [...SEVERITY_SETTINGS], default: 'error' })),
    ['footnote-missing: not a finding code'],
  );
  assert.deepEqual(
    broken((codes) => {
      const first = codes['footnote-undefined']!;
      delete codes['footnote-undefined'];
      codes['footnote-undefined'] = first;
    }),
    [
      `the codes are listed as ${[...DIAGNOSTIC_CODES.slice(1), DIAGNOSTIC_CODES[0]].join(', ')}; list them as ${DIAGNOSTIC_CODES.join(', ')}`,
    ],
  );
});

test('the parse settings are declared once, with the types and defaults the server reads', () => {
  const properties = (
    JSON.parse(manifest) as { contributes: { configuration: { properties: Record<string, Schema> } } }
  ).contributes.configuration.properties;
  const words = { type: 'array', items: { type: 'string' }, default: [] };
  const expected: Record<string, Schema> = {
    'councilReport.sessionKinds': words,
    'councilReport.domainTitles': words,
    'councilReport.topicHeadings': { type: 'boolean', default: true },
    'councilReport.labels': words,
  };
  for (const [key, schema] of Object.entries(expected)) {
    const declared = properties[key];
    assert.ok(declared, `${key} is not declared`);
    for (const field of Object.keys(schema)) assert.deepEqual(declared[field], schema[field], `${key}.${field}`);
    assert.match(String(declared['markdownDescription']), /^%configuration\.\w+%$/, key);
  }
  assert.equal((manifest.match(/"councilReport\.topicHeadings"/g) ?? []).length, 1);
  assert.equal((manifest.match(/"councilReport\.labels"/g) ?? []).length, 1);
});

test("every semantic token type is declared, and mapped to scopes of the project's own grammar", () => {
  const pkg = JSON.parse(manifest) as {
    contributes: {
      semanticTokenTypes: { id: string; description: string }[];
      semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
      grammars: { path: string }[];
    };
  };
  const { semanticTokenTypes, semanticTokenScopes, grammars } = pkg.contributes;
  assert.deepEqual(
    semanticTokenTypes.map((t) => t.id),
    [...SEMANTIC_TOKEN_TYPES],
  );
  for (const t of semanticTokenTypes) assert.match(t.description, /^%semanticToken\.\w+%$/, t.id);
  assert.equal(semanticTokenScopes.length, 1);
  const [mapping] = semanticTokenScopes;
  assert.equal(mapping!.language, 'council-report');
  assert.deepEqual(Object.keys(mapping!.scopes), [...SEMANTIC_TOKEN_TYPES]);
  const grammar = readFileSync(join(root, grammars[0]!.path), 'utf8');
  for (const [type, scopes] of Object.entries(mapping!.scopes)) {
    assert.ok(scopes.length > 0, type);
    for (const scope of scopes)
      assert.ok(grammar.includes(`"${scope}"`), `${type}: ${scope} is not a scope of the grammar`);
  }
});
