import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { analyse, DEFAULT_ANALYSIS_OPTIONS } from '../server/src/core/analysis';
import { codeActions, FIX_ALL_KIND, type CodeActionRequest } from '../server/src/features/codeActions';
import { LineText } from '../server/src/edits/sourceText';
import { MESSAGES } from '../server/src/core/messages';
import { text } from './support/report';
import { pos } from './support/dump';

const { en } = MESSAGES;

const URI = 'file:///verslag.council';
// Two references to an undefined 2, a note nobody refers to, and a gap in the sessions.
const LINES = ['1. Diversen', '', 'Tekst.1 Meer.2 Weer.2', '', '3. Overig', '', 'Tekst.', '', '1 Een.', '3 Drie.'];

function actions(request: Partial<CodeActionRequest>, lines: readonly string[] = LINES): CodeAction[] {
  const analysis = analyse(text(lines));
  const diagnostics = request.diagnostics ?? analysis.diagnostics;
  return codeActions(
    analysis,
    new LineText(text(lines)),
    { uri: URI, version: 7, ...request, diagnostics },
    DEFAULT_ANALYSIS_OPTIONS,
  );
}

function dump(list: readonly CodeAction[]): string[] {
  return list.map(
    (a) =>
      `${a.kind} '${a.title}' for ${(a.diagnostics ?? []).map((d) => `${String(d.code)}@${pos(d.range.start)}`).join(', ')}${a.isPreferred ? ' (preferred)' : ''}`,
  );
}

describe('code actions', () => {
  test('a quick fix for each finding asked about; findings with one fix share one action', () => {
    assert.deepEqual(dump(actions({})), [
      `quickfix '${en.fixAddNote(2)}' for footnote-undefined@2:13, footnote-undefined@2:20 (preferred)`,
      `quickfix '${en.fixSessionNumbers(null)}' for session-number-gap@4:0 (preferred)`,
      `quickfix '${en.fixRemoveNote(3)}' for footnote-unused@9:0 (preferred)`,
    ]);
  });

  test('matched on the code and range, never on the message; findings of other sources or older versions get none', () => {
    const [undefinedTwo] = analyse(text(LINES)).diagnostics;
    const renamed: Diagnostic = { ...undefinedTwo!, message: 'iets heel anders' };
    assert.equal(actions({ diagnostics: [renamed] }).length, 1);
    assert.deepEqual(actions({ diagnostics: [{ ...undefinedTwo!, source: 'spelling' }] }), []);
    assert.deepEqual(
      actions({
        diagnostics: [
          { ...undefinedTwo!, range: { start: { line: 2, character: 3 }, end: { line: 2, character: 4 } } },
        ],
      }),
      [],
    );
    assert.deepEqual(actions({ diagnostics: [{ ...undefinedTwo!, code: 'footnote-order' }] }), []);
  });

  test('the edit is versioned when the client takes versioned edits', () => {
    const [plain] = actions({ documentChanges: false });
    assert.deepEqual(Object.keys(plain!.edit!), ['changes']);
    const [versioned] = actions({ documentChanges: true });
    const change = versioned!.edit!.documentChanges![0]!;
    assert.ok('textDocument' in change);
    assert.deepEqual(change.textDocument, { uri: URI, version: 7 });
  });

  test('fix-all only when its kind is asked for, as on save; quick fixes only when theirs is', () => {
    assert.ok(!actions({}).some((a) => a.kind === FIX_ALL_KIND), 'not for the light bulb');
    for (const only of [['source'], ['source.fixAll'], [FIX_ALL_KIND]]) {
      assert.deepEqual(dump(actions({ only })), [`${FIX_ALL_KIND} '${en.fixAll}' for `], only.join());
    }
    assert.deepEqual(dump(actions({ only: ['quickfix'] })).length, 3);
    assert.deepEqual(actions({ only: ['refactor'] }), []);
  });

  test('no fix-all when there is nothing to fix, or when the fix would not be safe', () => {
    assert.deepEqual(actions({ only: ['source.fixAll'] }, ['1. Diversen', '', 'Tekst.1', '', '1 Een.']), []);
    assert.deepEqual(
      actions({ only: ['source.fixAll'] }, [
        '1. Diversen',
        '',
        'Tekst.',
        '',
        'Werklunch – Terugkeer naar huis. Daarna Syrië',
        '',
        'Tekst.',
      ]),
      [],
    );
  });
});
