// The one text model: a text built from a string and the server's edited document answer alike,
// and where an edit's text ends up is worked out from the edits, as applying them would put it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { LineText, type SourceText } from '../server/src/edits/sourceText';
import { applyEdits, positionAfterEdits, sortEdits } from '../server/src/edits/textEdits';
import { LineDocument } from '../server/src/server/lineDocument';
import { random } from './bench/generate';

const TEXTS = [
  '',
  'één regel',
  'Geachte voorzitter,\r\n\r\n1. Justitie\r\n\r\nTekst.1\r\n',
  'a\nb\rc\r\nd',
  '\r\n\r\n',
  'x\n\ny 😀\n',
];

function randomPosition(rnd: () => number, lineCount: number): Position {
  return { line: Math.floor(rnd() * (lineCount + 1)), character: Math.floor(rnd() * 12) };
}

/** What a text built from a string answers, and the same text reached by edits in the server. */
function bothKinds(text: string): SourceText[] {
  const edited = LineDocument.create('file:///a.council', 'council-report', 1, `zz\n${text}`);
  edited.update([{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }], 2);
  return [new LineText(text), edited];
}

describe('SourceText', () => {
  test('lines, line ends and slices agree with TextDocument on every kind of line end', () => {
    const rnd = random(3);
    for (const text of TEXTS) {
      const theirs = TextDocument.create('file:///a.council', 'council-report', 1, text);
      for (const ours of bothKinds(text)) {
        assert.equal(ours.getText(), text);
        assert.equal(ours.lineCount, theirs.lineCount);
        assert.equal(ours.eol, /\r\n|\r|\n/.exec(text)?.[0] ?? '\n');
        for (let l = 0; l < ours.lineCount; l++) {
          const range = theirs.getText({
            start: { line: l, character: 0 },
            end: { line: l, character: Number.MAX_SAFE_INTEGER },
          });
          assert.equal(ours.line(l), range.replace(/[\r\n]+$/, ''));
          assert.deepEqual(ours.lineEnd(l), { line: l, character: ours.line(l).length });
        }
        assert.equal(ours.line(ours.lineCount), '');
        for (let k = 0; k < 50; k++) {
          const start = randomPosition(rnd, ours.lineCount);
          const end = randomPosition(rnd, ours.lineCount);
          const a = theirs.offsetAt(start);
          const b = theirs.offsetAt(end);
          assert.equal(
            ours.slice({ start, end }),
            a <= b ? text.slice(a, b) : '',
            `${JSON.stringify(text)} ${JSON.stringify({ start, end })}`,
          );
          assert.equal(ours.offsetAt(start), a);
          assert.deepEqual(ours.positionAt(a), theirs.positionAt(a));
        }
      }
    }
  });

  test('a place in an edit ends up where applying the edits puts it', () => {
    const rnd = random(11);
    const pieces = ['', 'x', '12', '\n', 'N …\n', '\n\n3 …', 'ab\ncd\nef', '😀'];
    for (let round = 0; round < 300; round++) {
      const text = TEXTS[round % TEXTS.length]!.replace(/\r\n?/g, round % 2 ? '\r\n' : '\n');
      const source = new LineText(text);
      // Edits that do not overlap: ranges between sorted random positions, taken in pairs.
      const points = Array.from({ length: 2 * (1 + Math.floor(rnd() * 3)) }, () => {
        const line = Math.floor(rnd() * source.lineCount);
        return { line, character: Math.floor(rnd() * (source.line(line).length + 1)) };
      }).sort((p, q) => p.line - q.line || p.character - q.character);
      const edits: TextEdit[] = [];
      for (let i = 0; i < points.length; i += 2)
        edits.push({
          range: { start: points[i]!, end: points[i + 1]! },
          newText: pieces[Math.floor(rnd() * pieces.length)]!,
        });
      const sorted = sortEdits(edits);
      const after = new LineText(applyEdits(source, sorted));
      for (const edit of sorted) {
        const at = Math.floor(rnd() * (edit.newText.length + 1));
        // Where the edit starts in the new text: after the new text of every edit before it.
        let offset = source.offsetAt(edit.range.start);
        for (const e of sorted) {
          if (e === edit) break;
          offset += e.newText.length - (source.offsetAt(e.range.end) - source.offsetAt(e.range.start));
        }
        assert.deepEqual(
          positionAfterEdits(sorted, edit, at),
          after.positionAt(offset + at),
          `${JSON.stringify(text)} ${JSON.stringify(sorted)} at ${at}`,
        );
      }
    }
  });
});
