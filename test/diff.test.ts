import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { analyse, DEFAULT_ANALYSIS_OPTIONS } from '../server/src/core/analysis';
import { unifiedDiff } from '../server/src/cli/diff';
import { fixAll } from '../server/src/edits/fixes';
import { LineText } from '../server/src/edits/sourceText';
import { applyEdits } from '../server/src/edits/textEdits';

const at = (line: number, character: number): { line: number; character: number } => ({ line, character });
const edit = (l1: number, c1: number, l2: number, c2: number, newText: string): TextEdit => ({
  range: { start: at(l1, c1), end: at(l2, c2) },
  newText,
});

/** Applies a unified diff the way `patch` does, checking every context and removed line. */
function patch(text: string, diff: readonly string[]): string {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = /\r\n|\r|\n/.exec(rest);
    const cut = m ? m.index + m[0].length : rest.length;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  const out: string[] = [];
  let at = 0;
  for (let i = 2; i < diff.length;) {
    const h = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(diff[i]!);
    assert.ok(h, `hunk header expected: ${diff[i]}`);
    const start = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
    while (at < start) out.push(lines[at++]!);
    for (i++; i < diff.length && !diff[i]!.startsWith('@@'); i++) {
      const line = diff[i]!;
      const eol = diff[i + 1] === '\\ No newline at end of file' ? '' : '\n';
      if (line.startsWith('\\')) continue;
      if (line[0] === '+') out.push(line.slice(1) + eol);
      else {
        assert.equal(lines[at], line.slice(1) + eol, `line ${at + 1} differs from the diff`);
        if (line[0] === ' ') out.push(lines[at]!);
        at++;
      }
    }
  }
  while (at < lines.length) out.push(lines[at++]!);
  return out.join('');
}

function check(text: string, edits: TextEdit[]): string[] {
  const source = new LineText(text);
  const diff = unifiedDiff('verslag.council', source, edits);
  assert.equal(patch(text, diff), applyEdits(source, edits));
  return diff;
}

const TEN = Array.from({ length: 10 }, (_, i) => `regel ${i + 1}`).join('\n') + '\n';

describe('unified diff of edits', () => {
  test('one changed line with three lines of context, as diff -u prints it', () => {
    assert.deepEqual(check(TEN, [edit(4, 6, 4, 7, '5b')]), [
      '--- verslag.council',
      '+++ verslag.council',
      '@@ -2,7 +2,7 @@',
      ' regel 2',
      ' regel 3',
      ' regel 4',
      '-regel 5',
      '+regel 5b',
      ' regel 6',
      ' regel 7',
      ' regel 8',
    ]);
  });

  test('changes close together share a hunk, far apart they do not', () => {
    const near = check(TEN, [edit(1, 0, 1, 0, 'x'), edit(7, 0, 7, 0, 'y')]);
    assert.equal(near.filter((l) => l.startsWith('@@')).length, 1);
    const far = check(TEN, [edit(0, 0, 0, 0, 'x'), edit(9, 0, 9, 0, 'y')]);
    assert.deepEqual(
      far.filter((l) => l.startsWith('@@')),
      ['@@ -1,4 +1,4 @@', '@@ -7,4 +7,4 @@'],
    );
  });

  test('inserted and deleted lines, at the start and the end', () => {
    check(TEN, [edit(0, 0, 0, 0, 'nieuw\n'), edit(9, 0, 10, 0, '')]);
    assert.deepEqual(check('a\nb\n', [edit(1, 1, 1, 1, '\nc')]), [
      '--- verslag.council',
      '+++ verslag.council',
      '@@ -1,2 +1,3 @@',
      ' a',
      ' b',
      '+c',
    ]);
    assert.deepEqual(check('a\nb\n', [edit(0, 0, 1, 0, '')]), [
      '--- verslag.council',
      '+++ verslag.council',
      '@@ -1,2 +1,1 @@',
      '-a',
      ' b',
    ]);
  });

  test('a text without a line end at the end says so', () => {
    assert.deepEqual(check('a\nb', [edit(1, 1, 1, 1, '\n\nc')]), [
      '--- verslag.council',
      '+++ verslag.council',
      '@@ -1,2 +1,4 @@',
      ' a',
      '-b',
      '\\ No newline at end of file',
      '+b',
      '+',
      '+c',
      '\\ No newline at end of file',
    ]);
  });

  test('several edits on one line are one change; CRLF text keeps its line ends', () => {
    assert.deepEqual(check('Een.1 Twee.2\r\n\r\n1 a.\r\n', [edit(0, 4, 0, 5, '2'), edit(0, 11, 0, 12, '1')]).slice(2), [
      '@@ -1,3 +1,3 @@',
      '-Een.1 Twee.2\r',
      '+Een.2 Twee.1\r',
      ' \r',
      ' 1 a.\r',
    ]);
  });

  test('no edits, no diff', () => {
    assert.deepEqual(check(TEN, []), []);
  });

  test('the diff of fix-all applies to the report and gives the fixed text', () => {
    const text = [
      'Een.1 Drie.3 Twee.2',
      '',
      '1. Diversen',
      '',
      'Tekst.4',
      '',
      '3. Overig',
      '',
      '1 Een.',
      '2 Twee.',
      '3 Drie.',
      '',
    ].join('\n');
    const result = fixAll(analyse(text), new LineText(text), DEFAULT_ANALYSIS_OPTIONS);
    assert.ok(result.edits.length > 0);
    assert.equal(patch(text, unifiedDiff('v.council', new LineText(text), result.edits)), result.text);
  });
});
