// Reports for protocol tests: a fixture (lines with `|` for cursors and `[[…]]` for ranges, see
// fixture.ts) with an address of its own, its text ending in a line end as a saved file does.

import { fixture, type Fixture } from './fixture';

export interface TestDocument extends Fixture {
  readonly uri: string;
}

/** A maker of test reports whose addresses are file:///rapporten/<name>-<n>.council, a new n each. */
export function reportMaker(name: string): (lines: readonly string[], eol?: '\n' | '\r\n') => TestDocument {
  let count = 0;
  return (lines, eol = '\n') => {
    const f = fixture([...lines, ''], eol);
    count++;
    return Object.freeze({
      uri: `file:///rapporten/${name}-${count}.council`,
      text: f.text,
      lines: f.lines.slice(0, -1),
      cursors: f.cursors,
      get cursor() {
        return f.cursor;
      },
      ranges: f.ranges,
    });
  };
}
