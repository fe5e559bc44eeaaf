// The server's document kept as lines must answer exactly as vscode-languageserver-textdocument's
// TextDocument does for the same text, edit after edit, including edits that make or break CRLF
// pairs, split surrogate pairs, come with reversed ranges or point past the end.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../server/src/server/lineDocument';
import { splitLines } from '../server/src/parser/parse';
import { random } from './bench/generate';

const PIECES = [
  '',
  'a',
  'xyz',
  '\n',
  '\r',
  '\r\n',
  '\n\r',
  '\r\r\n',
  'tekst\nmeer',
  '1. Justitie\r\n\r\n',
  '\uD83D',
  '\uDE00',
  '😀',
  '\u2028',
  '\n\n\n',
];

function randomPosition(rnd: () => number, doc: TextDocument): { line: number; character: number } {
  const line = Math.floor(rnd() * (doc.lineCount + 2)) - (rnd() < 0.05 ? 3 : 0);
  return { line, character: Math.floor(rnd() * 14) - (rnd() < 0.05 ? 2 : 0) };
}

function assertSame(ours: LineDocument, theirs: TextDocument, rnd: () => number, what: string): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text, what);
  assert.equal(ours.lineCount, theirs.lineCount, what);
  assert.equal(ours.version, theirs.version, what);
  assert.deepEqual(ours.lines, splitLines(text), what);
  for (let k = 0; k < 8; k++) {
    const p = randomPosition(rnd, theirs);
    assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `${what}: offsetAt ${JSON.stringify(p)}`);
    const offset = Math.floor(rnd() * (text.length + 3)) - 1;
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `${what}: positionAt ${offset}`);
    const line = Math.floor(rnd() * (theirs.lineCount + 2)) - 1;
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `${what}: getLineRange ${line}`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `${what}: getEOLCharacters ${line}`);
    const range = { start: randomPosition(rnd, theirs), end: randomPosition(rnd, theirs) };
    assert.equal(ours.getText(range), theirs.getText(range), `${what}: getText ${JSON.stringify(range)}`);
  }
}

/** The changes applied one by one to the text, each with a TextDocument made afresh from the
 *  text before it: TextDocument.update keeps line offsets incrementally and miscounts lines
 *  after some edits next to a CR (a reversed range over "\r" and "\r\n" ends, for instance). */
function applyOneByOne(
  doc: TextDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
): TextDocument {
  let text = doc.getText();
  for (const change of changes) {
    if (!('range' in change)) {
      text = change.text;
      continue;
    }
    const fresh = TextDocument.create(doc.uri, doc.languageId, version, text);
    const a = fresh.offsetAt(change.range.start);
    const b = fresh.offsetAt(change.range.end);
    text = text.slice(0, Math.min(a, b)) + change.text + text.slice(Math.max(a, b));
  }
  return TextDocument.create(doc.uri, doc.languageId, version, text);
}

/** The parser rescans only the lines changedSince reports: every other line must be unchanged. */
function assertChangesCover(
  doc: LineDocument,
  snapshot: { edits: number; lines: readonly string[] },
  what: string,
): void {
  const changes = doc.changedSince(snapshot.edits);
  assert.ok(changes, `${what}: changedSince gave null`);
  const lines = doc.lines;
  assert.equal(snapshot.lines.length + changes.delta, lines.length, `${what}: line count`);
  assert.ok(
    changes.start >= 0 && changes.end < lines.length,
    `${what}: ${JSON.stringify(changes)} outside ${lines.length} lines`,
  );
  for (let i = 0; i < Math.min(changes.start, lines.length); i++)
    assert.ok(Object.is(lines[i], snapshot.lines[i]), `${what}: line ${i} changed before ${changes.start}`);
  for (let i = changes.end + 1; i < lines.length; i++) {
    assert.ok(
      Object.is(lines[i], snapshot.lines[i - changes.delta]),
      `${what}: line ${i} changed after ${changes.end}`,
    );
  }
}

describe('the server keeps documents as lines', () => {
  test('random edits give the same text and positions as TextDocument', () => {
    const rnd = random(17);
    for (const start of [
      '',
      'Geachte voorzitter,\r\n\r\n1. Justitie\r\n\r\nTekst.1\r\n',
      'a\nb\rc\r\nd',
      '\r\n\r\n',
      'één regel',
    ]) {
      const ours = LineDocument.create('file:///a.council', 'council-report', 1, start);
      let theirs = TextDocument.create('file:///a.council', 'council-report', 1, start);
      const snapshots: { edits: number; lines: string[] }[] = [];
      assertSame(ours, theirs, rnd, `created from ${JSON.stringify(start)}`);
      for (let version = 2; version < 400; version++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          const text = PIECES[Math.floor(rnd() * PIECES.length)]!;
          if (rnd() < 0.02) changes.push({ text });
          else changes.push({ range: { start: randomPosition(rnd, theirs), end: randomPosition(rnd, theirs) }, text });
        }
        snapshots.push({ edits: ours.edits, lines: [...ours.lines] });
        if (snapshots.length > 6) snapshots.shift();
        ours.update(changes, version);
        theirs = applyOneByOne(theirs, changes, version);
        assertSame(ours, theirs, rnd, `version ${version} after ${JSON.stringify(changes)}`);
        // Every line outside what changedSince reports is the very same string as before, for
        // the last version and the five before it.
        for (const snapshot of snapshots)
          assertChangesCover(ours, snapshot, `version ${version}, since edit ${snapshot.edits}`);
      }
    }
  });

  test('an edit inside one line reports that line alone, and older versions are forgotten', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `Regel ${i} van een lange brief.`);
    const doc = LineDocument.create('file:///b.council', 'council-report', 1, lines.join('\r\n'));
    const before = doc.edits;
    doc.update([{ range: { start: { line: 500, character: 5 }, end: { line: 500, character: 5 } }, text: 'x' }], 2);
    assert.deepEqual(doc.changedSince(before), { start: 500, end: 500, delta: 0 });
    assert.deepEqual(doc.changedSince(doc.edits), { start: 1000, end: 999, delta: 0 });
    assert.equal(doc.lines[500], 'Regelx 500 van een lange brief.');
    assert.equal(
      doc.getText(),
      [...lines.slice(0, 500), 'Regelx 500 van een lange brief.', ...lines.slice(501)].join('\r\n'),
    );
    doc.update(
      [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'nieuw\r\n' }],
      3,
    );
    assert.deepEqual(doc.changedSince(before), { start: 10, end: 501, delta: 1 });
    for (let v = 4; v < 400; v++)
      doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }], v);
    assert.equal(doc.changedSince(before), null, 'hundreds of edits ago: not known any more');
    assert.deepEqual(doc.changedSince(doc.edits - 3), { start: 0, end: 0, delta: 0 });
  });

  test('text that is not a string becomes no text rather than an error', () => {
    const doc = LineDocument.create('file:///c.council', 'council-report', 1, 'abc\ndef');
    doc.update(
      [{ range: { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } }, text: 42 as unknown as string }],
      2,
    );
    assert.equal(doc.getText(), 'aef');
    doc.update(
      [
        {
          range: { start: { line: Number.NaN, character: 1 }, end: { line: 0, character: 'x' as unknown as number } },
          text: 'Z',
        },
      ],
      3,
    );
    assert.equal(doc.getText(), 'Zef'); // (0,1) to (0,0): the range turned around
  });
});
