// The features that edit or complete, over the protocol: completion after a typed digit, code
// actions at the finding that digit makes, and rename. Each request is the first one on a new
// version of the document, sent once that version's diagnostics are out: what is timed is the
// feature's own work on a version it has not seen, not the analysis that the edit rows time.
// Before one text model, each of them copied and re-split the whole text on a new version, so
// their time grew with the document.

import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol/node';
import { analyse } from '../../server/src/core/analysis';
import { random } from './generate';
import { startServer } from './protocol';

export interface FeatureLatencies {
  readonly completion: number[];
  readonly codeAction: number[];
  readonly rename: number[];
  /** A request with next to no work (hover on the first line), on the same versions: what the
   *  protocol and the two processes cost at this size, the floor of the rows above. */
  readonly floor: number[];
}

/**
 * `rounds` rounds (after `warmup` more) of three versions each: a digit typed right after a
 * word, then completion there; the digit replaced by another, then code actions for the
 * findings on its line; the digit deleted, then a rename of a footnote reference to the next
 * number, then a hover on the first line. The document is the same at the end of each round as
 * at its start.
 */
export async function measureFeatureLatencies(text: string, rounds: number, warmup: number): Promise<FeatureLatencies> {
  const { client } = await startServer();
  try {
    const uri = `file:///bench/features-${text.length}.council`;
    let version = 1;
    let diagnostics: Diagnostic[] = [];
    const publish = async (change?: { at: Position; length: number; text: string }): Promise<void> => {
      const published = client.nextDiagnostics(uri, version);
      if (change) {
        const end = { line: change.at.line, character: change.at.character + change.length };
        await client.change(uri, version, [{ range: { start: change.at, end }, text: change.text }]);
      } else await client.open(uri, text, version);
      diagnostics = (await published).diagnostics;
    };
    await publish();

    const { wordEnds, references } = placesToType(text);
    const rnd = random(7);
    const result: FeatureLatencies = { completion: [], codeAction: [], rename: [], floor: [] };
    const timed = async (samples: number[], round: number, request: () => Promise<unknown>): Promise<void> => {
      const t0 = performance.now();
      const answer = await request();
      const t1 = performance.now();
      if (answer === null) throw new Error('the server did not answer the request');
      if (round >= warmup) samples.push(t1 - t0);
    };
    for (let round = 0; round < warmup + rounds; round++) {
      const at = wordEnds[Math.floor(rnd() * wordEnds.length)]!;
      const after = { line: at.line, character: at.character + 1 };
      version++;
      await publish({ at, length: 0, text: '7' });
      await timed(result.completion, round, () => client.completion(uri, after));

      version++;
      await publish({ at, length: 1, text: '8' });
      const here = diagnostics.filter((d) => d.range.start.line === at.line);
      await timed(result.codeAction, round, () =>
        client.codeActions(uri, { start: at, end: after }, { diagnostics: here, only: ['quickfix'] }),
      );

      version++;
      await publish({ at, length: 1, text: '' });
      const reference = references[Math.floor(rnd() * references.length)]!;
      await timed(result.rename, round, () => client.rename(uri, reference.range.start, String(reference.number + 1)));
      await timed(result.floor, round, async () => (await client.hover(uri, { line: 0, character: 0 })) ?? 'no hover');
    }
    await client.shutdown();
    return result;
  } finally {
    client.kill();
  }
}

/** Where to type: at the end of a word in a body line without references, so that no reference
 *  moves; and the references to rename. Only these small lists outlive the analysis, so that
 *  the client's own heap, and its garbage collections, stay alike for both sizes. */
function placesToType(text: string): { wordEnds: Position[]; references: { range: Range; number: number }[] } {
  const { document } = analyse(text);
  const lines = text.split(/\r?\n/);
  const referenceLines = new Set(document.references.map((r) => r.range.start.line));
  const wordEnds: Position[] = [];
  document.lineKinds.forEach((kind, line) => {
    if (kind !== 'body' || referenceLines.has(line)) return;
    const wordEnd = /\p{Ll}(?= )/u.exec(lines[line]!.slice(3));
    if (wordEnd) wordEnds.push({ line, character: wordEnd.index + 4 });
  });
  const references = document.references.map((r) => ({ range: r.range, number: r.number }));
  if (wordEnds.length === 0 || references.length === 0)
    throw new Error('the report has no body lines or no footnote references');
  return { wordEnds, references };
}
