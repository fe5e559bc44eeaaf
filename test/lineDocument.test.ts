// The server's document kept as lines must answer exactly as vscode-languageserver-textdocument's
// TextDocument does for the same text, edit after edit, including edits that make or break CRLF
// pairs, split surrogate pairs, come with reversed ranges or point past the end.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../server/src/lineDocument';
import { splitLines } from '../server/src/parser/parse';
import { random } from './bench/generate';

const PIECES = ['', 'a', 'xyz', '\n', '\r', '\r\n', '\n\r', '\r\r\n', 'tekst\nmeer', '1. Justitie\r\n\r\n', '\uD83D', '\uDE00', '😀', '\u2028', '\n\n\n'];

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
function applyOneByOne(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
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

describe('the server keeps documents as lines', () => {
  test('random edits give the same text and positions as TextDocument', () => {
    const rnd = random(17);
    for (const start of ['', 'Geachte voorzitter,\r\n\r\n1. Justitie\r\n\r\nTekst.1\r\n', 'a\nb\rc\r\nd', '\r\n\r\n', 'één regel']) {
      const ours = LineDocument.create('file:///a.council', 'council-report', 1, start);
      let theirs = TextDocument.create('file:///a.council', 'council-report', 1, start);
      assertSame(ours, theirs, rnd, `created from ${JSON.stringify(start)}`);
      for (let version = 2; version < 400; version++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          const text = PIECES[Math.floor(rnd() * PIECES.length)]!;
          if (rnd() < 0.02) changes.push({ text });
          else changes.push({ range: { start: randomPosition(rnd, theirs), end: randomPosition(rnd, theirs) }, text });
        }
        const before = ours.lines;
        const snapshot = [...before];
        ours.update(changes, version);
        theirs = applyOneByOne(theirs, changes, version);
        assertSame(ours, theirs, rnd, `version ${version} after ${JSON.stringify(changes)}`);
        // The previous version's lines are never changed in place: the parser's cache holds them.
        assert.deepEqual(before, snapshot);
      }
    }
  });

  test('an edit inside one line keeps every other line string as it was', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `Regel ${i} van een lange brief.`);
    const doc = LineDocument.create('file:///b.council', 'council-report', 1, lines.join('\r\n'));
    const before = doc.lines;
    doc.update([{ range: { start: { line: 500, character: 5 }, end: { line: 500, character: 5 } }, text: 'x' }], 2);
    const after = doc.lines;
    assert.equal(after.length, 1000);
    assert.equal(after[500], 'Regelx 500 van een lange brief.');
    let same = 0;
    for (let i = 0; i < 1000; i++) if (Object.is(after[i], before[i])) same++;
    assert.equal(same, 999);
    assert.equal(doc.getText(), [...lines.slice(0, 500), 'Regelx 500 van een lange brief.', ...lines.slice(501)].join('\r\n'));
  });

  test('text that is not a string becomes no text rather than an error', () => {
    const doc = LineDocument.create('file:///c.council', 'council-report', 1, 'abc\ndef');
    doc.update([{ range: { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } }, text: 42 as unknown as string }], 2);
    assert.equal(doc.getText(), 'aef');
    doc.update([{ range: { start: { line: Number.NaN, character: 1 }, end: { line: 0, character: 'x' as unknown as number } }, text: 'Z' }], 3);
    assert.equal(doc.getText(), 'Zef'); // (0,1) to (0,0): the range turned around
  });
});
