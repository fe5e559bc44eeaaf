// Reports for protocol tests, written as lines with `|` marking cursor positions.

import type { Position } from 'vscode-languageserver-protocol';

export interface TestDocument {
  readonly uri: string;
  readonly text: string;
  readonly lines: readonly string[];
  /** The `|` markers, in order, as LSP positions in the text without them. */
  readonly cursors: readonly Position[];
}

/** A maker of test reports whose addresses are file:///rapporten/<name>-<n>.council, a new n each. */
export function reportMaker(name: string): (lines: readonly string[], eol?: '\n' | '\r\n') => TestDocument {
  let count = 0;
  return (lines, eol = '\n') => {
    const cursors: Position[] = [];
    const clean = lines.map((line, lineNumber) => {
      const parts = line.split('|');
      let character = 0;
      for (const part of parts.slice(0, -1)) {
        character += part.length;
        cursors.push({ line: lineNumber, character });
      }
      return parts.join('');
    });
    count++;
    return { uri: `file:///rapporten/${name}-${count}.council`, text: clean.join(eol) + eol, lines: clean, cursors };
  };
}
