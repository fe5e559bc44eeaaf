// A numbered domain: a numbered heading with nothing below it but blank lines and then a
// heading numbered 1 (after any unnumbered sessions); one with a known domain title directly
// followed by any heading; and a roman-numbered one followed by a heading or bearing a known
// title. A title that starts with a session kind is never a domain.

import type { HeadingRule } from './rule';

export const numberedDomain: HeadingRule = {
  name: 'numbered domain',
  decide(c, around) {
    if (c.number === null || c.startsWithKind) return undefined;
    const { next, bare } = around;
    const sessionsNext = next !== null && next.numeral !== 'roman';
    const first = sessionsNext ? around.firstNumberedAfter : null;
    const opensSessions = bare && first !== null && first.numeral === 'arabic' && first.number === 1;
    const known = around.context.isDomainTitle(c.title);
    const isDomain =
      opensSessions || (known && bare && next !== null) || (c.numeral === 'roman' && (known || sessionsNext));
    return isDomain ? 'domain' : undefined;
  },
  examples: {
    headings: ['1. Justitie', ' 2. Binnenlandse Zaken', 'I. Asiel en Migratie', 'II.\tMigratie', 'III. Veiligheid'],
    text: ['1. Werklunch – Justitie', 'C. Jansen', 'L. de Vries', 'V. Jansen'],
  },
};
