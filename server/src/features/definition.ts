// Go to Definition (F12) and Peek on footnotes: from a reference to its note, from a note's
// number to itself. A number defined twice offers both notes.

import type { LocationLink } from 'vscode-languageserver-types';
import type { CouncilDocument, Position } from '../parser/model';
import { definitionAt, definitionsOf, referenceAt } from '../core/lookup';

export function findDefinition(doc: CouncilDocument, uri: string, position: Position): LocationLink[] {
  const reference = referenceAt(doc, position);
  if (reference) {
    return definitionsOf(doc, reference.number).map((d) => ({
      originSelectionRange: reference.range,
      targetUri: uri,
      targetRange: d.parts[0]!,
      targetSelectionRange: d.numberRange,
    }));
  }
  const definition = definitionAt(doc, position);
  if (definition) {
    return [
      {
        originSelectionRange: definition.numberRange,
        targetUri: uri,
        targetRange: definition.parts[0]!,
        targetSelectionRange: definition.numberRange,
      },
    ];
  }
  return [];
}
