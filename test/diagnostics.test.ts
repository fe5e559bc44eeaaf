import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { analyse } from '../server/src/core/analysis';
import { computeDiagnostics, DEFAULT_DIAGNOSTIC_OPTIONS, DEFAULT_SEVERITIES } from '../server/src/core/diagnostics';
import { MESSAGES } from '../server/src/core/messages';
import { toAnalysisOptions } from '../server/src/settings';
import { parse } from '../server/src/parser/parse';
import { dumpDiagnostics } from './support/dump';
import { analyseLines, text } from './support/report';

const { en } = MESSAGES;

describe('footnote rules', () => {
  test('footnote-undefined on the reference, footnote-unused on the definition', () => {
    const a = analyseLines([
      'Een verwijzing.1 Nog een.2',
      '',
      '1 Noot een.',
      '2 Noot twee.',
      '3 Niemand verwijst hiernaar.',
      '',
      'Laatste.4',
    ]);
    assert.deepEqual(dumpDiagnostics(a), ['footnote-unused 4:0-4:1']);
    const b = analyseLines(['Een verwijzing.1 Nog een.2', '', '1 Noot een.']);
    assert.deepEqual(dumpDiagnostics(b), ['footnote-undefined 0:25-0:26']);
    assert.equal(b.diagnostics[0]!.severity, DiagnosticSeverity.Error);
    assert.equal(b.diagnostics[0]!.message, en.footnoteUndefined(2));
  });

  test('footnote-duplicate on every definition after the first', () => {
    const a = analyseLines(['Tekst.1 Meer.2', '', '1 Een.', '2 Twee.', '2 Twee bis.', '2 Twee ter.']);
    assert.deepEqual(dumpDiagnostics(a), ['footnote-duplicate 4:0-4:1', 'footnote-duplicate 5:0-5:1']);
    assert.equal(a.diagnostics[0]!.message, en.footnoteDuplicate(2, 4));
  });

  test('footnote-order: a swapped pair gives one finding, an early number one finding', () => {
    const swapped = analyseLines(['Een.1 Twee.3 Drie.2', '', '1 a.', '2 b.', '3 c.']);
    assert.deepEqual(dumpDiagnostics(swapped), ['footnote-order 0:11-0:12']);
    const early = analyseLines(['Een.1 Vijf.5 Twee.2 Drie.3 Vier.4', '', '1 a.', '2 b.', '3 c.', '4 d.', '5 e.']);
    assert.deepEqual(dumpDiagnostics(early), ['footnote-order 0:11-0:12']);
    const repeated = analyseLines(['Een.1 Twee.2 Weer een.1 Drie.3', '', '1 a.', '2 b.', '3 c.']);
    assert.deepEqual(dumpDiagnostics(repeated), []);
  });

  test('footnote-order: a number that nothing refers to or defines is a gap', () => {
    const a = analyseLines(['Een.1 Twee.2 Vier.4', '', '1 a.', '2 b.', '4 d.']);
    assert.deepEqual(dumpDiagnostics(a), ['footnote-order 0:18-0:19']);
    assert.equal(a.diagnostics[0]!.message, en.footnoteSkipped(4, 2, 3));
  });

  test('a clean report has no findings', () => {
    const a = analyseLines([
      'I. Justitie',
      '',
      '1. Werklunch – A',
      '',
      'Tekst.1',
      '',
      '2. Diversen',
      '',
      'Tekst.2',
      '',
      '1 a.',
      '2 b.',
    ]);
    assert.deepEqual(dumpDiagnostics(a), []);
  });
});

describe('numbering rules', () => {
  const report = [
    '1. Binnenlandse Zaken', // 0
    '',
    '1. Werksessie I - Een', // 2
    '',
    'Tekst.',
    '',
    '3. Werksessie II - Twee', // 6
    '',
    'Tekst.',
    '',
    'Werkdiner – Drie', // 10
    '',
    'Tekst.',
    '',
    '4. Werklunch – Vier', // 14
    '',
    'Tekst.',
    '',
    '3. Justitie', // 18
    '',
    '1. Werksessie I - Vijf', // 20
    '',
    'Tekst.',
    '',
    '1. Werksessie II - Zes', // 24
    '',
    'Tekst.',
    '',
    '3. Migratie', // 28
    '',
    '2. Diversen', // 30
    '',
    'Tekst.',
  ];

  test('gaps and duplicates per domain; an unnumbered session does not shift the numbers', () => {
    assert.deepEqual(dumpDiagnostics(analyseLines(report)), [
      'session-number-gap 6:0-6:1',
      'session-number-missing 10:0-10:16',
      'domain-number-gap 18:0-18:1',
      'session-number-duplicate 24:0-24:1',
      'domain-number-duplicate 28:0-28:1',
      'session-number-gap 30:0-30:1',
    ]);
  });

  test('messages say what to do: the number, the previous one or the first line, the domain', () => {
    const messages = analyseLines(report).diagnostics.map((d) => d.message);
    assert.deepEqual(messages, [
      en.numberGap('session', '3', 1, '1. Binnenlandse Zaken'),
      en.sessionNumberMissing('Werkdiner – Drie', 4, '1. Binnenlandse Zaken'),
      en.numberGap('domain', '3', 1, null),
      en.numberDuplicate('session', '1', 21, '3. Justitie'),
      en.numberDuplicate('domain', '3', 19, null),
      en.numberGap('session', '2', 0, '3. Migratie'),
    ]);
  });

  test('top-level sessions in a report without domains are numbered too', () => {
    const a = analyseLines(['2. Handel', '', 'Tekst.', '', '3. Diversen', '', 'Tekst.']);
    assert.deepEqual(dumpDiagnostics(a), ['session-number-gap 0:0-0:1']);
  });

  test('roman domain numbers are checked as numbers', () => {
    const a = analyseLines([
      'I. Justitie',
      '',
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'III. Migratie',
      '',
      '1. Diversen',
      '',
      'Tekst.',
    ]);
    assert.deepEqual(dumpDiagnostics(a), ['domain-number-gap 6:0-6:3']);
  });
});

describe('every diagnostic', () => {
  test('has a code, the source and a severity from the options; a code can be switched off', () => {
    const doc = parse(text(['Tekst.1', '', '1 a.', '2 b.']));
    const [d] = computeDiagnostics(doc);
    assert.equal(d!.code, 'footnote-unused');
    assert.equal(d!.source, 'council-report');
    assert.equal(d!.severity, DiagnosticSeverity.Warning);
    const off = computeDiagnostics(doc, {
      ...DEFAULT_DIAGNOSTIC_OPTIONS,
      severities: { ...DEFAULT_SEVERITIES, 'footnote-unused': null },
    });
    assert.deepEqual(off, []);
    const hint = computeDiagnostics(doc, {
      ...DEFAULT_DIAGNOSTIC_OPTIONS,
      severities: { ...DEFAULT_SEVERITIES, 'footnote-unused': DiagnosticSeverity.Hint },
    });
    assert.equal(hint[0]!.severity, DiagnosticSeverity.Hint);
  });

  test('diagnostics come sorted by position', () => {
    const a = analyse(text(['Tekst.1 en.3 en.2', '', '1 a.', '1 b.', '3 c.', '4 d.']));
    assert.deepEqual(dumpDiagnostics(a), [
      'footnote-order 0:11-0:12',
      'footnote-undefined 0:16-0:17',
      'footnote-duplicate 3:0-3:1',
      'footnote-unused 5:0-5:1',
    ]);
  });
});

describe('messages follow the display language', () => {
  const lines = ['2. Diversen', '', 'Tekst.1 Meer.2 Nog.4', '', '1 a.', '1 b.', '4 c.', '5 d.'];

  test('Dutch for nl and nl-BE, English otherwise', () => {
    const dutch = analyse(text(lines), toAnalysisOptions(null, 'nl-BE')).diagnostics.map((d) => d.message);
    const nl = MESSAGES.nl;
    assert.deepEqual(dutch, [
      nl.numberGap('session', '2', 0, null),
      nl.footnoteUndefined(2),
      nl.footnoteSkipped(4, 2, 3),
      nl.footnoteDuplicate(1, 5),
      nl.footnoteUnused(5),
    ]);
    for (const locale of ['en', 'en-US', 'de', '', null, undefined]) {
      const english = analyse(text(lines), toAnalysisOptions(null, locale)).diagnostics.map((d) => d.message);
      assert.equal(english[0], en.numberGap('session', '2', 0, null), String(locale));
    }
  });
});
