// Each heading rule on its own: it reads its example headings and none of its look-alikes, and
// its examples stand in a report as it says. A new heading style adds a rule and a block here.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RuleContext } from '../server/src/parser/headings/context';
import { numberedDomain } from '../server/src/parser/headings/numberedDomain';
import { numberedSession } from '../server/src/parser/headings/numberedSession';
import type { HeadingRule } from '../server/src/parser/headings/rule';
import { HEADING_RULES, readHeading } from '../server/src/parser/headings/rules';
import { sessionKind } from '../server/src/parser/headings/sessionKind';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/parser/options';
import { parseLines } from './support/report';

const context = RuleContext.for(DEFAULT_PARSE_OPTIONS);

/** The line as the scanner hands it to the rules: its first non-white-space column and code. */
function read(rule: HeadingRule, line: string) {
  const lo = line.length - line.trimStart().length;
  return rule.read!(line, lo, line.charCodeAt(lo), context);
}

const outlineOf = (lines: readonly string[]): string[] =>
  parseLines(lines).outline.map((n) => `${n.kind} ${n.heading.number ?? '-'} ${n.heading.title}`);

describe('every heading rule', () => {
  for (const rule of HEADING_RULES) {
    test(`${rule.name}: has examples of both kinds, and no look-alike is read as a heading`, () => {
      assert.ok(rule.examples.headings.length > 0 && rule.examples.text.length > 0);
      const lo = (line: string): number => line.length - line.trimStart().length;
      for (const line of rule.examples.text) {
        const h = readHeading(line, lo(line), line.charCodeAt(lo(line)), context);
        assert.ok(h === null || h.rule !== rule, `${rule.name} reads '${line}'`);
      }
    });
  }
});

describe('numbered session', () => {
  test('reads its examples, with the number and the title', () => {
    for (const line of numberedSession.examples.headings) assert.ok(read(numberedSession, line), line);
    const h = read(numberedSession, '3.\tWerklunch – Migratie')!;
    assert.deepEqual(
      [h.number, h.numberText, h.numeral, h.numberColumn, h.titleColumn, h.title, h.startsWithKind],
      [3, '3', 'arabic', 0, 3, 'Werklunch – Migratie', true],
    );
    assert.deepEqual(
      [read(numberedSession, 'IX. Justitie')!.number, read(numberedSession, 'IX. Justitie')!.numeral],
      [9, 'roman'],
    );
  });

  test('reads none of its look-alikes', () => {
    for (const line of numberedSession.examples.text) assert.equal(read(numberedSession, line), null, line);
  });

  test('its examples stand in the outline; a roman numeral that is no domain is text', () => {
    for (const line of numberedSession.examples.headings)
      assert.equal(outlineOf(['Tekst.', '', line, '', 'Tekst.']).length, 1, line);
    assert.deepEqual(outlineOf(['Hoogachtend,', '', 'V. Jansen']), []);
  });
});

describe('session kind', () => {
  test('reads its examples as unnumbered sessions', () => {
    for (const line of sessionKind.examples.headings) {
      const h = read(sessionKind, line);
      assert.ok(h && h.number === null && h.startsWithKind, line);
      assert.deepEqual(outlineOf(['Tekst.', '', line, '', 'Tekst.']), [`session - ${line.replace(/\s+/g, ' ')}`]);
    }
  });

  test('reads none of its look-alikes', () => {
    for (const line of sessionKind.examples.text) assert.equal(read(sessionKind, line), null, line);
  });

  test('a heading it read does not stand when its last line ends in punctuation', () => {
    assert.deepEqual(outlineOf(['Tekst.', '', 'Werklunch – Migratie', 'en terugkeer.', '', 'Tekst.']), []);
    assert.deepEqual(outlineOf(['Tekst.', '', 'Werklunch – Migratie', 'en terugkeer', '', 'Tekst.']), [
      'session - Werklunch – Migratie en terugkeer',
    ]);
  });
});

describe('numbered domain', () => {
  test('its examples are domains when a heading numbered 1 follows', () => {
    for (const line of numberedDomain.examples.headings) {
      assert.deepEqual(
        outlineOf([line, '', '1. Diversen', '', 'Tekst.']).map((s) => s.split(' ')[0]),
        ['domain'],
        line,
      );
    }
  });

  test('its look-alikes are never domains', () => {
    for (const line of numberedDomain.examples.text) {
      for (const report of [
        [line, '', '1. Diversen', '', 'Tekst.'],
        ['Tekst.', '', line, '', 'Tekst.'],
      ]) {
        // A roman numeral numbers parts only: a roman heading is always a domain, except in the
        // signature after a closing (tested in numbered session).
        if (/^[IVX]+\. /.test(line)) continue;
        assert.ok(!outlineOf(report).some((s) => s.startsWith('domain')), `${line} in ${JSON.stringify(report)}`);
      }
    }
  });

  test('a known title makes a domain of a heading directly followed by any heading', () => {
    assert.deepEqual(outlineOf(['2. Justitie', '', 'Werklunch – Migratie', '', 'Tekst.']), ['domain 2 Justitie']);
    assert.deepEqual(outlineOf(['2. Onderwerp', '', 'Werklunch – Migratie', '', 'Tekst.']), [
      'session 2 Onderwerp',
      'session - Werklunch – Migratie',
    ]);
  });
});
