// A numbered domain: a numbered heading with nothing below it but blank lines and then a
// heading numbered 1 (after any unnumbered sessions); one with a known domain title directly
// followed by any heading; and a roman-numbered one followed by a heading or bearing a known
// title. A title that starts with a session kind is never a domain.

import type { HeadingRule } from './rule';

export const numberedDomain: HeadingRule = {
  name: 'numbered domain',
  decide(c, around) {
    if (c.number === null) return undefined;
    // A roman numeral numbers parts only: always a domain, also above a summary paragraph,
    // and also when its title starts with a kind ("II. Overige onderwerpen").
    if (c.numeral === 'roman') return 'domain';
    // Capital letters number parts where they run A, B, C.
    if (c.numeral === 'letter') return around.letterRun ? 'domain' : undefined;
    if (c.startsWithKind) return undefined;
    const { next, bare, labelled } = around;
    const sessionsNext = next !== null && next.numeral !== 'roman';
    // Under a label ("Belangrijkste resultaten") a summary may stand before the first session.
    const first = sessionsNext || labelled ? around.firstNumberedAfter : null;
    const opensSessions = (bare || labelled) && first !== null && first.numeral === 'arabic' && first.number === 1;
    const known = around.context.isDomainTitle(c.title);
    // Directly above a topic heading: a part with its topics.
    const topicsNext = bare && next !== null && next.number === null && !next.startsWithKind && around.headingNext;
    const isDomain = opensSessions || (known && bare && next !== null) || topicsNext;
    return isDomain ? 'domain' : undefined;
  },
  examples: {
    headings: ['1. Justitie', ' 2. Binnenlandse Zaken', 'I. Asiel en Migratie', 'II.\tMigratie', 'III. Veiligheid'],
    text: ['1. Werklunch – Justitie', 'C. Jansen', 'L. de Vries', 'V. Jansen'],
  },
};
