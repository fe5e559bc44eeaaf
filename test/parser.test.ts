import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collapse } from '../server/src/parser/text';
import { parse, ParseCache, parseInSteps } from '../server/src/parser/parse';
import { dumpDefinitions, dumpOutline, dumpReferences, parseLines, text } from './support/report';

describe('headings', () => {
  test('a heading followed by a heading numbered 1 is a domain; sessions nest under it', () => {
    const doc = parseLines([
      '1. Migratie',
      '',
      '1. Werksessie I - Samenwerking met landen van herkomst',
      '',
      'De ministers bespraken de stand van zaken.',
      '',
      '2. Werklunch – Grensbewaking',
      '',
      'Er was steun voor het voorstel.',
      '',
      '2. Justitie',
      '',
      '1. Diversen',
      '',
      'Geen bijzonderheden.',
    ]);
    assert.deepEqual(dumpOutline(doc), [
      "domain 1 'Migratie' 0:0-8:31",
      "  session 1 'Werksessie I - Samenwerking met landen van herkomst' 2:0-4:42",
      "  session 2 'Werklunch – Grensbewaking' 6:0-8:31",
      "domain 2 'Justitie' 10:0-14:20",
      "  session 1 'Diversen' 12:0-14:20",
    ]);
  });

  test('roman numerals number domains', () => {
    const doc = parseLines([
      'I. Justitie',
      '',
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'II. Binnenlandse Zaken',
      '',
      '1. Werklunch – Cyber',
      '',
      'Tekst.',
    ]);
    assert.deepEqual(
      doc.outline.map((n) => `${n.kind} ${n.heading.numberText}=${n.heading.number} ${n.heading.numeral}`),
      ['domain I=1 roman', 'domain II=2 roman'],
    );
  });

  test('a report without domains has its numbered items at the top level', () => {
    const doc = parseLines([
      '1. Handelsbeleid',
      '',
      'De Raad sprak over tarieven.',
      '',
      '2. Diversen',
      '',
      'Er waren geen andere punten.',
    ]);
    assert.deepEqual(dumpOutline(doc), ["session 1 'Handelsbeleid' 0:0-2:28", "session 2 'Diversen' 4:0-6:28"]);
  });

  test('a wrapped heading joins its lower-case continuation lines; a capital line after it is body', () => {
    const doc = parseLines([
      '1. Werksessie II - Versterken van de samenwerking tussen politiediensten in',
      'grensregio’s en  de   uitwisseling van',
      'gegevens',
      'De Raad sprak hierover.',
    ]);
    assert.deepEqual(
      doc.sessions.map((s) => s.heading.title),
      [
        'Werksessie II - Versterken van de samenwerking tussen politiediensten in grensregio’s en de uitwisseling van gegevens',
      ],
    );
    assert.deepEqual(doc.lineKinds, ['session-heading', 'heading-continuation', 'heading-continuation', 'body']);
    assert.equal(doc.sessions[0]!.heading.range.end.line, 2);
  });

  test('tab, no-break space and an indented domain number are accepted', () => {
    const doc = parseLines([
      ' 1.\u00A0Binnenlandse Zaken',
      '',
      '1.\tWerklunch – Digitale\u00A0veiligheid',
      '',
      'Tekst.',
    ]);
    assert.deepEqual(dumpOutline(doc), [
      "domain 1 'Binnenlandse Zaken' 0:0-4:6",
      "  session 1 'Werklunch – Digitale veiligheid' 2:0-4:6",
    ]);
    assert.equal(doc.domains[0]!.heading.range.start.character, 1);
  });

  test('an unnumbered session on a line of its own is a session with number null', () => {
    const doc = parseLines([
      '1. Justitie',
      '',
      '1. Werksessie I - Slachtofferhulp',
      '',
      'Tekst over slachtoffers.',
      '',
      'Werkdiner — Toekomst van de rechtsstaat',
      '',
      'Tekst over de rechtsstaat.',
    ]);
    assert.deepEqual(dumpOutline(doc), [
      "domain 1 'Justitie' 0:0-8:26",
      "  session 1 'Werksessie I - Slachtofferhulp' 2:0-4:24",
      "  session null 'Werkdiner — Toekomst van de rechtsstaat' 6:0-8:26",
    ]);
  });

  test('every session separator is accepted after a kind: hyphen, en dash, em dash, colon', () => {
    const seps = ['-', '–', '—', ':'];
    for (const sep of seps) {
      const doc = parseLines(['Lunchbespreking ' + sep + ' Cybercrime', '', 'Tekst.']);
      assert.deepEqual(
        doc.sessions.map((s) => s.heading.title),
        [`Lunchbespreking ${sep} Cybercrime`],
        sep,
      );
    }
  });

  test('a domain whose first session is unnumbered is still a domain', () => {
    const doc = parseLines(['2. Asiel en Migratie', '', 'Werklunch – Terugkeer', '', 'Tekst.']);
    assert.deepEqual(dumpOutline(doc), [
      "domain 2 'Asiel en Migratie' 0:0-4:6",
      "  session null 'Werklunch – Terugkeer' 2:0-4:6",
    ]);
  });

  test('a numbered item with text below it is a session, even when an unnumbered session follows', () => {
    const doc = parseLines([
      '2. Voorbereiding Europese Raad',
      'De Raad besprak de agenda.',
      '',
      'Werklunch – Oekraïne',
      '',
      'Tekst.',
      '',
      '3. Diversen',
      '',
      'Geen.',
    ]);
    assert.deepEqual(
      doc.outline.map((n) => `${n.kind} ${n.heading.number}`),
      ['session 2', 'session null', 'session 3'],
    );
  });

  test('a heading whose sessions open with an unnumbered one and then 1. is a domain, whatever its title', () => {
    const doc = parseLines([
      '1. Financiële Diensten',
      '',
      'Werklunch – Kapitaalmarktunie',
      'Tijdens de lunch.',
      '',
      '1. Bankenunie',
      '',
      'Tekst.',
    ]);
    assert.deepEqual(dumpOutline(doc), [
      "domain 1 'Financiële Diensten' 0:0-7:6",
      "  session null 'Werklunch – Kapitaalmarktunie' 2:0-3:17",
      "  session 1 'Bankenunie' 5:0-7:6",
    ]);
  });

  test('a footnote reference in a heading is a reference, not part of the title', () => {
    const doc = parseLines([
      '1. Werklunch – Terugkeer naar Syrië1 en',
      'Afghanistan2',
      '',
      'Tekst.',
      '',
      '1 Een.',
      '2 Twee.',
    ]);
    assert.deepEqual(
      doc.sessions.map((s) => s.heading.title),
      ['Werklunch – Terugkeer naar Syrië en'],
    );
    assert.deepEqual(dumpReferences(doc), ['1@0:35', '2@1:11']);
    assert.equal(doc.lineKinds[1], 'body');
    const wrapped = parseLines([
      '1. Werklunch – Terugkeer naar Syrië1 en',
      'afghanistan2',
      '',
      'Tekst.',
      '',
      '1 Een.',
      '2 Twee.',
    ]);
    assert.deepEqual(
      wrapped.sessions.map((s) => s.heading.title),
      ['Werklunch – Terugkeer naar Syrië en afghanistan'],
    );
    assert.deepEqual(dumpReferences(wrapped), ['1@0:35', '2@1:11']);
  });

  test('numbered demand lists, bullets, dates, amounts and lower-case lists are not headings', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'Nederland vroeg om:',
      '1) een evaluatie;',
      '2) een impactanalyse.',
      '',
      '- de eerste lijst;',
      '• de tweede lijst.',
      '',
      '2026 zijn er twee keer zoveel aanvragen.',
      '',
      '27 lidstaten steunden het voorstel.',
      '',
      '12 maanden na de inwerkingtreding volgt een evaluatie.',
      '',
      '1. een opsomming in kleine letters;',
      '',
      '2. Het voorzitterschap gaf een toelichting. De Raad nam er nota van.',
    ]);
    assert.deepEqual(dumpOutline(doc), ["session 1 'Diversen' 0:0-17:68"]);
  });

  test('a numbered block that goes on in lower case is a numbered paragraph, not a heading', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'Tekst.',
      '',
      '2. Het voorzitterschap wees erop dat de',
      'onderhandelingen in de',
      'raad en met het',
      'parlement doorgaan.',
    ]);
    assert.equal(doc.sessions.length, 1);
  });

  test('a heading right below another heading, without a blank line, is still a heading', () => {
    const doc = parseLines([
      '1. Justitie',
      '1. Werksessie I - Cybercrime',
      '',
      'Tekst.',
      '',
      'Werklunch – Jeugdcriminaliteit',
      'Tijdens de lunch spraken de ministers.',
    ]);
    assert.deepEqual(dumpOutline(doc), [
      "domain 1 'Justitie' 0:0-6:38",
      "  session 1 'Werksessie I - Cybercrime' 1:0-3:6",
      "  session null 'Werklunch – Jeugdcriminaliteit' 5:0-6:38",
    ]);
  });

  test('a paragraph that opens with a session kind is not a heading', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'Diversen: hieronder vielen twee punten,',
      'die kort werden besproken.',
      '',
      'Werklunch – de ministers lunchten.',
      'Daarna volgde de persconferentie.',
    ]);
    assert.equal(doc.sessions.length, 1);
  });

  test('signature initials that are roman numerals are not headings', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'De Minister van Justitie en Veiligheid,',
      '',
      'C. Jansen',
      '',
      'De Staatssecretaris van Justitie en Veiligheid,',
      '',
      'I. de Groot',
      '',
      'V. Pieters',
      '',
      'L. de Vries',
    ]);
    assert.deepEqual(dumpOutline(doc), ["session 1 'Diversen' 0:0-2:6"]);
    assert.equal(doc.closing?.start.line, 4);
    assert.equal(doc.closing?.end.line, 14);
    assert.equal(doc.lineKinds[6], 'closing');
  });

  test('the letter frame runs from the top to the first heading', () => {
    const doc = parseLines([
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Postbus 20018',
      '2500 EA  Den Haag',
      '',
      'Geachte Voorzitter,',
      '',
      'Hierbij het verslag.',
      '',
      '1. Diversen',
      '',
      'Tekst.',
    ]);
    assert.equal(doc.letterFrame?.start.line, 0);
    assert.equal(doc.letterFrame?.end.line, 6);
    assert.deepEqual(doc.lineKinds.slice(0, 3), ['frame', 'frame', 'frame']);
    assert.equal(doc.sessions.length, 1);
    assert.equal(doc.definitions.length, 0);
  });
});

describe('footnote references', () => {
  test('numbers glued to a word or closing punctuation are references', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'Dit steunden de lidstaten,1 en het',
      'voorzitterschap ging in op ‘law shopping’.2 Om die reden',
      'werd het ‘actieplan’3 maar kort besproken, ook in Luxemburg4',
      'en later.5',
      '',
      '1 Noot een.',
      '2 Noot twee.',
      '3 Noot drie.',
      '4 Noot vier.',
      '5 Noot vijf.',
    ]);
    assert.deepEqual(dumpReferences(doc), ['1@2:26', '2@3:42', '3@4:20', '4@4:59', '5@5:9']);
  });

  test('number look-alikes are not references', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'De CO2-uitstoot, de G7-top, COP30 en de EU27 kwamen aan bod,1 net als artikel 78(3),',
      'verordening 2024/1351, 3,8% van 150.000 aanvragen, versie 2.0- en in 2027 is 2 keer',
      'zoveel. Zie https://example.org/doc2 en www.example.nl/p3 voor meer.',
      '',
      '1 Noot.',
    ]);
    assert.deepEqual(dumpReferences(doc), ['1@2:60']);
  });

  test('after a closing bracket or quote that follows a number, and after a year ending a sentence', () => {
    const doc = parseLines([
      'Zie de brief (Kamerstuk 32317, nr. 984).1 Dat gebeurt in 2026.2 Het',
      'bedrag is 150.000 of 3.5 of 12.000 euro of 3,5 miljoen en artikel 4.12 geldt.',
      '',
      '1 a.',
      '2 b.',
      '3 c.',
      '5 e.',
    ]);
    assert.deepEqual(dumpReferences(doc), ['1@0:40', '2@0:62']);
  });

  test('glued to capitals, a number is a reference only when its note exists and it is next in sequence', () => {
    const doc = parseLines([
      'Tekst van de AMLA1 en de EU27 en de FRA3.',
      '',
      '1 Noot.',
      '2 Noot twee.',
      '3 Noot drie.',
    ]);
    assert.deepEqual(dumpReferences(doc), ['1@0:17']);
  });

  test('an undefined number is a reference when it is the next in the sequence, or a repeat', () => {
    const doc = parseLines(['Eerst dit,1 dan dat,2 en nog eens,2 maar niet dit,9 wel dat.3', '', '1 Noot.']);
    assert.deepEqual(dumpReferences(doc), ['1@0:10', '2@0:20', '2@0:34', '3@0:60']);
  });

  test('references may repeat a number', () => {
    const doc = parseLines(['Zie hier,1 en daar.1', '', '1 Noot.']);
    assert.deepEqual(dumpReferences(doc), ['1@0:9', '1@0:19']);
  });

  test('columns are UTF-16 code units', () => {
    const doc = parseLines(['Een 😀 emoji en een ‘citaat’.1', '', '1 Noot.']);
    assert.deepEqual(dumpReferences(doc), ['1@0:29']);
  });
});

describe('footnote definitions', () => {
  test('definitions at the end, with continuation lines joined', () => {
    const doc = parseLines([
      'Tekst met een noot.1 En nog een.2',
      '',
      '1 Tweede Kamer, vergaderjaar 2026-2027, KST 36400, nr. 12.',
      '2 Een langere noot die doorloopt',
      'op de volgende regel.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [2-2] 'Tweede Kamer, vergaderjaar 2026-2027, KST 36400, nr. 12.'",
      "2 [3-4] 'Een langere noot die doorloopt op de volgende regel.'",
    ]);
  });

  test('definitions at the bottom of a page stand between body paragraphs; the body goes on after them', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      'De Raad sprak over de begroting,1 waarbij',
      '',
      '1 Kamerstuk 21501-02, nr. 3101.',
      '',
      '2',
      '',
      'de lidstaten verdeeld waren. Dat geldt ook',
      'voor 2026 en 12 maanden daarna.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), ["1 [4-4] 'Kamerstuk 21501-02, nr. 3101.'"]);
    assert.equal(doc.lineKinds[6], 'page-furniture');
    assert.deepEqual(doc.lineKinds.slice(8), ['body', 'body']);
    assert.equal(doc.sessions[0]!.range.end.line, 9);
  });

  test('a note continued at the bottom of the next page belongs to the open note', () => {
    const doc = parseLines([
      'Eerste pagina met een verwijzing.1',
      '',
      '1 Deze noot loopt door tot op de',
      '',
      '',
      'tweede pagina, met nog een verwijzing.2',
      '',
      'volgende pagina.',
      '2 Tweede noot.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [2-2,7-7] 'Deze noot loopt door tot op de volgende pagina.'",
      "2 [8-8] 'Tweede noot.'",
    ]);
    assert.equal(doc.lineKinds[5], 'body');
    assert.equal(doc.lineKinds[7], 'footnote-continuation');
  });

  test('a continued note on the last page with no note after it', () => {
    const doc = parseLines([
      'Tekst.1',
      '',
      '1 Deze noot loopt door op de',
      '',
      'Meer tekst op de laatste pagina.',
      '',
      'laatste pagina.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), ["1 [2-2,6-6] 'Deze noot loopt door op de laatste pagina.'"]);
  });

  test('body text after a closed note is body, even when it starts in lower case', () => {
    const doc = parseLines([
      'Tekst,1',
      '',
      '1 Een noot.',
      '',
      'werd door meerdere lidstaten gesteund.',
      '2 Geen noot: niet aan het begin van een blok.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), ["1 [2-2] 'Een noot.'"]);
    assert.equal(doc.lineKinds[4], 'body');
  });

  test('a page number is not a definition; lines starting with big numbers are not definitions', () => {
    const doc = parseLines([
      'Postbus 20018',
      '2500 EA  Den Haag',
      '',
      '3',
      '',
      '2026 zijn er meer aanvragen.',
      '',
      '27 lidstaten stemden in.',
    ]);
    assert.equal(doc.definitions.length, 0);
    assert.equal(doc.references.length, 0);
  });

  test('a paragraph that opens with a date and ends with a reference does not hide the notes', () => {
    const doc = parseLines([
      '1. Diversen',
      '',
      '27 februari 2027 in Warschau.1 Daarna volgde',
      'een tweede bijeenkomst.2',
      '',
      '1 Een.',
      '2 Twee.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), ["1 [5-5] 'Een.'", "2 [6-6] 'Twee.'"]);
    assert.deepEqual(dumpReferences(doc), ['1@2:29', '2@3:23']);
  });

  test('a duplicated number appears twice; an unreferenced note right after another is still a note', () => {
    const doc = parseLines(['Tekst.1 Meer.2', '', '1 Een.', '2 Twee.', '2 Nog eens twee.', '3 Niet aangehaald.']);
    assert.deepEqual(
      doc.definitions.map((d) => d.number),
      [1, 2, 2, 3],
    );
  });
});

describe('files', () => {
  test('CRLF and LF give the same model', () => {
    const lines = [
      'I. Justitie',
      '',
      '1. Werklunch – Terugkeer naar',
      'herkomstlanden',
      '',
      'Tekst,1 meer.',
      '',
      '1 Noot.',
    ];
    const lf = parse(text(lines, '\n'));
    const crlf = parse(text(lines, '\r\n'));
    assert.deepEqual(crlf, lf);
  });

  test('a byte-order mark does not hide the first heading', () => {
    const doc = parse('\uFEFF1. Justitie\n\n1. Diversen\n\nTekst.');
    assert.deepEqual(dumpOutline(doc), ["domain 1 'Justitie' 0:0-4:6", "  session 1 'Diversen' 2:0-4:6"]);
    assert.equal(doc.domains[0]!.heading.range.start.character, 1);
  });

  test('every kind of white space counts as blank, as in an editor', () => {
    // The scanner tests character codes itself instead of trimming; it must agree with \s.
    const spaces: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    assert.equal(spaces.length, 25);
    for (const space of spaces.filter((c) => c !== '\n' && c !== '\r')) {
      const doc = parse(`1. Justitie\n${space}\n1. Diversen${space}\n\nTekst.1${space}\n\n1 Noot.`);
      assert.deepEqual(
        dumpOutline(doc),
        ["domain 1 'Justitie' 0:0-4:7", "  session 1 'Diversen' 2:0-4:7"],
        `U+${space.charCodeAt(0).toString(16)}`,
      );
      assert.equal(doc.lineKinds[1], 'blank', `U+${space.charCodeAt(0).toString(16)}`);
      assert.equal(doc.references.length, 1, `U+${space.charCodeAt(0).toString(16)}`);
    }
    // A letter or a symbol is not white space: that line is text, and the heading above it is a session.
    for (const other of ['\u200B', '\u180E', 'x', '\u00AD']) {
      assert.notEqual(
        parse(`1. Justitie\n${other}\n1. Diversen`).lineKinds[1],
        'blank',
        `U+${other.charCodeAt(0).toString(16)}`,
      );
    }
  });

  test('titles and notes have their white space collapsed to single spaces, trimmed', async () => {
    const { random } = await import('./bench/generate');
    const rnd = random(8);
    const alphabet = ['a', 'B', '1', '.', ' ', ' ', '\t', '\u00A0', '\u2009', '\u3000', '\uFEFF', '\u2028', '\u200B'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) s += alphabet[Math.floor(rnd() * alphabet.length)];
      assert.equal(collapse(s), s.replace(/\s+/g, ' ').trim(), JSON.stringify(s));
    }
  });

  test('an empty document and a document of blank lines give an empty model', () => {
    for (const t of ['', '\n\n', '\r\n', '   ']) {
      const doc = parse(t);
      assert.equal(doc.outline.length, 0);
      assert.equal(doc.references.length, 0);
      assert.equal(doc.definitions.length, 0);
    }
  });

  test('binary garbage does not throw', () => {
    let s = '';
    for (let i = 0; i < 5000; i++) s += String.fromCharCode((i * 7919) % 65536);
    const doc = parse(s);
    assert.ok(doc.lineCount > 0);
  });

  test('a 5 MB single line and 100,000 headings give results', () => {
    const long = 'woord, '.repeat(750_000) + 'einde.1';
    const one = parse(long + '\n\n1 Noot.');
    assert.equal(one.references.length, 1);
    const many: string[] = [];
    for (let i = 1; i <= 100_000; i++) many.push(`${(i % 99) + 1}. Werklunch – Onderwerp ${i}`, '');
    const doc = parse(many.join('\n'));
    assert.equal(doc.sessions.length, 100_000);
  });
});

describe('the line cache of an editor', () => {
  test('parsing with the cache after edits gives exactly what a fresh parse gives', async () => {
    const { generateReport, random } = await import('./bench/generate');
    const cache = new ParseCache();
    for (const eol of ['\n', '\r\n']) {
      let text = generateReport({ size: 30_000, seed: 11, unnumberedSessions: true, eol }).text;
      parse(text, undefined, cache);
      const rnd = random(5);
      const pieces = [
        '',
        '1',
        '.2',
        '\n',
        '\r',
        '\r\n',
        '\n\n',
        'Werklunch – X\n',
        '3 Noot.\n',
        'de ',
        'II. Justitie\n\n',
        '\uD83D',
      ];
      for (let i = 0; i < 150; i++) {
        // one to three changes per version
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          const at = Math.floor(rnd() * text.length);
          const remove = Math.floor(rnd() * 40);
          const piece = pieces[Math.floor(rnd() * pieces.length)]!;
          text = text.slice(0, at) + piece + text.slice(at + remove);
        }
        assert.deepEqual(parse(text, undefined, cache), parse(text), `after version ${i}`);
      }
    }
  });

  test("parsing an editor's lines, changed in place, gives what a fresh parse gives", async () => {
    const { generateReport, random } = await import('./bench/generate');
    const { LineDocument } = await import('../server/src/server/lineDocument');
    for (const eol of ['\n', '\r\n']) {
      const doc = LineDocument.create(
        'file:///r.council',
        'council-report',
        1,
        generateReport({ size: 30_000, seed: 12, eol }).text,
      );
      const cache = new ParseCache();
      parse(doc, undefined, cache);
      const rnd = random(6);
      const pieces = [
        '',
        'x',
        '7',
        '.2',
        '\n',
        '\r',
        '\r\n',
        '\n\n',
        'Werklunch – X\n',
        '3 Noot.\n',
        'II. Justitie\n\n',
        '\uD83D',
      ];
      let shortcuts = 0;
      for (let version = 2; version < 300; version++) {
        const changes = [];
        for (let k = 1 + Math.floor(rnd() * 2); k > 0; k--) {
          const line = Math.floor(rnd() * doc.lineCount);
          const start = { line, character: Math.floor(rnd() * 30) };
          const end =
            rnd() < 0.8
              ? start
              : { line: Math.min(doc.lineCount - 1, line + Math.floor(rnd() * 3)), character: Math.floor(rnd() * 30) };
          changes.push({ range: { start, end }, text: pieces[Math.floor(rnd() * pieces.length)]! });
        }
        const before = parse(doc, undefined, cache);
        doc.update(changes, version);
        const after = parse(doc, undefined, cache);
        if (after.references === before.references) shortcuts++;
        assert.deepEqual(after, parse(doc.getText()), `version ${version} after ${JSON.stringify(changes)}`);
      }
      assert.ok(shortcuts > 20, `the structure was kept only ${shortcuts} times`);
    }
  });

  test('a line keeps its facts only when its text is the same', () => {
    const cache = new ParseCache();
    parse('1. Diversen\n\nTekst.1\n\n1 Een.', undefined, cache);
    // Every line as long as before, two of them different.
    const changed = '1. Diversen\n\nTekst.2\n\n2 Twe.';
    assert.deepEqual(parse(changed, undefined, cache), parse(changed));
    assert.deepEqual(
      parse(changed, undefined, cache).references.map((r) => r.number),
      [2],
    );
  });

  test('a parse in steps gives what a parse at once gives, and can be finished at any step', async () => {
    const { generateReport } = await import('./bench/generate');
    const text = generateReport({ size: 40_000, seed: 4 }).text;
    const whole = parse(text);
    let steps = 0;
    const stepwise = parseInSteps(text);
    while (!stepwise.step(1000)) steps++;
    assert.ok(steps >= 30, `only ${steps} steps for 40,000 characters`);
    assert.deepEqual(stepwise.finish(), whole);
    const halfway = parseInSteps(text);
    for (let i = 0; i < 10; i++) halfway.step(1000);
    assert.deepEqual(halfway.finish(), whole);
  });
});

describe('typing words into a paragraph', () => {
  test('keeps the structure: the same lists come back, with the moved ends, equal to a fresh parse', async () => {
    const { generateReport } = await import('./bench/generate');
    const cache = new ParseCache();
    let text = generateReport({ size: 20_000, seed: 3 }).text;
    const first = parse(text, undefined, cache);
    const lines = text.split('\n');
    const line = first.paragraphs[3]!.end.line; // the last line of a paragraph: its end moves
    let kept = 0;
    for (const ch of ' nog een paar woorden'.split('')) {
      const before = parse(text, undefined, cache);
      lines[line] += ch;
      text = lines.join('\n');
      const after = parse(text, undefined, cache);
      assert.deepEqual(after, parse(text), `after typing '${ch}'`);
      if (after.references === before.references) kept++;
    }
    assert.ok(kept >= 15, `the structure was kept for only ${kept} keystrokes`);
    assert.equal(parse(text, undefined, cache).paragraphs[3]!.end.character, lines[line]!.trimEnd().length);
  });

  test('a keystroke that makes a reference or a heading is parsed in full', () => {
    const cache = new ParseCache();
    const lines = ['Tekst over de lidstaten', '', '1 Noot.'];
    parse(lines.join('\n'), undefined, cache);
    lines[0] += '.1';
    const typed = parse(lines.join('\n'), undefined, cache);
    assert.deepEqual(
      typed.references.map((r) => r.number),
      [1],
    );
    assert.deepEqual(typed, parse(lines.join('\n')));
  });
});
