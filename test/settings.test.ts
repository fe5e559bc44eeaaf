import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { analyse } from '../server/src/core/analysis';
import { DEFAULT_LABEL_WORDS } from '../server/src/parser/options';
import { agendaPairingOf, toAnalysisOptions } from '../server/src/settings';

const REPORT = [
  '1. Diversen',
  '',
  'Tekst.1',
  '',
  'Ministersoverleg – Oekraïne',
  '',
  'Tekst.',
  '',
  '1 Een.',
  '2 Twee.',
].join('\n');

test('no settings or malformed settings give the defaults', () => {
  for (const s of [undefined, null, 42, 'x', { severity: 'off', sessionKinds: 'Werklunch' }]) {
    const codes = analyse(REPORT, toAnalysisOptions(s)).diagnostics.map((d) => `${d.code}:${d.severity}`);
    assert.deepEqual(codes, [`footnote-unused:${DiagnosticSeverity.Warning}`], JSON.stringify(s));
  }
});

test('a severity per code, and off switches a check off', () => {
  const options = toAnalysisOptions({
    severity: { 'footnote-unused': 'error', 'session-number-missing': 'off', 'no-such-code': 'error' },
  });
  assert.deepEqual(
    analyse(REPORT, options).diagnostics.map((d) => `${d.code}:${d.severity}`),
    [`footnote-unused:${DiagnosticSeverity.Error}`],
  );
  const quiet = toAnalysisOptions({ severity: { 'footnote-unused': 'off' } });
  assert.deepEqual(analyse(REPORT, quiet).diagnostics, []);
});

test('extra session kinds make their headings sessions', () => {
  const options = toAnalysisOptions({ sessionKinds: ['Ministersoverleg'] });
  const a = analyse(REPORT, options);
  assert.deepEqual(
    a.document.sessions.map((s) => s.heading.title),
    ['Diversen', 'Ministersoverleg – Oekraïne'],
  );
  assert.deepEqual(
    a.diagnostics.map((d) => d.code),
    ['session-number-missing', 'footnote-unused'],
  );
});

test('an extra domain title makes a numbered heading followed by another heading a domain', () => {
  const text = ['4. Visserij', '', '2. Quota', '', 'Tekst.'].join('\n');
  assert.equal(analyse(text).document.domains.length, 0);
  assert.deepEqual(
    analyse(text, toAnalysisOptions({ domainTitles: ['Visserij'] })).document.domains.map((d) => d.heading.title),
    ['Visserij'],
  );
});

test('options are frozen', () => {
  const options = toAnalysisOptions({ sessionKinds: ['X'] });
  assert.ok(
    Object.isFrozen(options) &&
      Object.isFrozen(options.parse.sessionKinds) &&
      Object.isFrozen(options.diagnostics.severities),
  );
});

test('footnotesInReferenceOrder false switches footnote-order off, whatever its severity says', () => {
  const swapped = ['Een.1 Twee.3 Drie.2', '', '1 a.', '2 b.', '3 c.'].join('\n');
  assert.deepEqual(
    analyse(swapped, toAnalysisOptions({})).diagnostics.map((d) => d.code),
    ['footnote-order'],
  );
  const off = toAnalysisOptions({ footnotesInReferenceOrder: false, severity: { 'footnote-order': 'error' } });
  assert.deepEqual(analyse(swapped, off).diagnostics, []);
});

test('topicHeadings is on unless set to false; labels add to the default label words', () => {
  assert.equal(toAnalysisOptions(undefined).parse.topicHeadings, true);
  assert.equal(toAnalysisOptions({ topicHeadings: 'no' }).parse.topicHeadings, true);
  assert.equal(toAnalysisOptions({ topicHeadings: false }).parse.topicHeadings, false);
  const options = toAnalysisOptions({ labels: ['Ter informatie', '', 7] });
  assert.deepEqual(options.parse.labelWords, [...DEFAULT_LABEL_WORDS, 'Ter informatie']);
  assert.ok(Object.isFrozen(options.parse.labelWords));
  assert.deepEqual(toAnalysisOptions({ labels: 'Ter informatie' }).parse.labelWords, DEFAULT_LABEL_WORDS);
});

test('agendaPairing is on unless set to false', () => {
  assert.equal(agendaPairingOf(undefined), true);
  assert.equal(agendaPairingOf({ agendaPairing: 'no' }), true);
  assert.equal(agendaPairingOf({ agendaPairing: false }), false);
});
