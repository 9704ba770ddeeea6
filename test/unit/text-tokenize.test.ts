import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/analysis/text/index';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
const norms = (s: string): string[] => tokenize(s).map((t) => t.norm);

test('offsets are exact slices and spaceBefore follows the gaps', () => {
  const s = '  Ana Ruiz, 41, said:\n"No."';
  const toks = tokenize(s);
  for (const t of toks) assert.equal(t.text, s.slice(t.start, t.end));
  assert.deepEqual(
    toks.map((t) => [t.text, t.start, t.end, t.spaceBefore]),
    [
      ['Ana', 2, 5, true],
      ['Ruiz', 6, 10, true],
      [',', 10, 11, false],
      ['41', 12, 14, true],
      [',', 14, 15, false],
      ['said', 16, 20, true],
      [':', 20, 21, false],
      ['"', 22, 23, true],
      ['No', 23, 25, false],
      ['.', 25, 26, false],
      ['"', 26, 27, false],
    ],
  );
});

test('possessives and negations split as CoNLL does', () => {
  assert.deepEqual(texts('Chile’s navy and the Maldives’ coast guard'), ['Chile', '’s', 'navy', 'and', 'the', 'Maldives', '’', 'coast', 'guard']);
  assert.deepEqual(norms('Chile’s Maldives’'), ['Chile', "'s", 'Maldives', "'"]);
  assert.deepEqual(texts("They don't know and won't say; she can't."), ['They', 'do', "n't", 'know', 'and', 'wo', "n't", 'say', ';', 'she', 'ca', "n't", '.']);
  assert.deepEqual(texts("We're sure they'll go, I'm told"), ['We', "'re", 'sure', 'they', "'ll", 'go', ',', 'I', "'m", 'told']);
  assert.deepEqual(texts("O'Neill of Côte d'Ivoire"), ["O'Neill", 'of', 'Côte', "d'Ivoire"]);
  assert.deepEqual(texts("the 1990's boom, the '80s"), ['the', '1990', "'s", 'boom', ',', 'the', "'80s"]);
});

test('hyphenated names and compounds stay whole', () => {
  assert.deepEqual(texts('Park Min-jun met Hewlett-Packard and the Seoul-Tokyo pact'), [
    'Park',
    'Min-jun',
    'met',
    'Hewlett-Packard',
    'and',
    'the',
    'Seoul-Tokyo',
    'pact',
  ]);
  assert.deepEqual(texts('a 45-year-old F-16 pilot'), ['a', '45-year-old', 'F-16', 'pilot']);
  // An en dash inside a word is kept and normalised to a hyphen.
  const t = tokenize('the Paris–Berlin line');
  assert.deepEqual([t[1].text, t[1].norm], ['Paris–Berlin', 'Paris-Berlin']);
});

test('abbreviations and initials keep their periods', () => {
  assert.deepEqual(texts('U.S. and U.N. envoys met Gen. Omar at 9 a.m. on Jan. 5'), [
    'U.S.',
    'and',
    'U.N.',
    'envoys',
    'met',
    'Gen.',
    'Omar',
    'at',
    '9',
    'a.m.',
    'on',
    'Jan.',
    '5',
  ]);
  assert.deepEqual(texts('Lena J. Hart of Borex Corp. and Mr. Yi'), ['Lena', 'J.', 'Hart', 'of', 'Borex', 'Corp.', 'and', 'Mr.', 'Yi']);
  assert.deepEqual(texts('No. 5 seed. He said no.'), ['No.', '5', 'seed', '.', 'He', 'said', 'no', '.']);
  assert.deepEqual(texts('a U.S.-backed plan'), ['a', 'U.S.-backed', 'plan']);
  assert.deepEqual(texts('Russian-U.S. talks'), ['Russian-U.S.', 'talks']);
  assert.deepEqual(texts('It ended.'), ['It', 'ended', '.']);
});

test('numbers, money and percentages', () => {
  assert.deepEqual(texts('$12.75 or 30% to 35% of €2bn'), ['$', '12.75', 'or', '30', '%', 'to', '35', '%', 'of', '€', '2bn']);
  assert.deepEqual(texts('1.2 trillion yen, 1,000 people, 12,500,000'), ['1.2', 'trillion', 'yen', ',', '1,000', 'people', ',', '12,500,000']);
  assert.deepEqual(texts('on 2024-06-03 at 10:30, won 3-1, 6/3/2024'), ['on', '2024-06-03', 'at', '10:30', ',', 'won', '3-1', ',', '6/3/2024']);
  assert.deepEqual(texts('US$5 and HK$9'), ['US$', '5', 'and', 'HK$', '9']);
  const t = tokenize('£40 ran 5,000m');
  assert.deepEqual(
    t.map((x) => x.kind),
    ['symbol', 'number', 'word', 'number'],
  );
});

test('quotes, dashes, ellipses and brackets', () => {
  const t = tokenize('“Never,” she said — twice… (really)... -- ‘ok’');
  assert.deepEqual(
    t.map((x) => [x.text, x.norm]),
    [
      ['“', '"'],
      ['Never', 'Never'],
      [',', ','],
      ['”', '"'],
      ['she', 'she'],
      ['said', 'said'],
      ['—', '--'],
      ['twice', 'twice'],
      ['…', '...'],
      ['(', '('],
      ['really', 'really'],
      [')', ')'],
      ['...', '...'],
      ['--', '--'],
      ['‘', "'"],
      ['ok', 'ok'],
      ['’', "'"],
    ],
  );
  assert.deepEqual(norms('A - B – C'), ['A', '-', 'B', '--', 'C']);
});

test('URLs, e-mail addresses, handles and ampersand names are single tokens', () => {
  assert.deepEqual(texts('See https://example.org/a_b?c=1&d=(2). Write to desk.news@example.co.uk, or @newsdesk #vote'), [
    'See',
    'https://example.org/a_b?c=1&d=(2)',
    '.',
    'Write',
    'to',
    'desk.news@example.co.uk',
    ',',
    'or',
    '@newsdesk',
    '#vote',
  ]);
  assert.deepEqual(texts('Mail desk@example.org.'), ['Mail', 'desk@example.org', '.']);
  assert.deepEqual(texts('not an address: a@b. or x@y'), ['not', 'an', 'address', ':', 'a', '@b', '.', 'or', 'x', '@y']);
  assert.deepEqual(texts('AT&T and S&P rose; R & D fell'), ['AT&T', 'and', 'S&P', 'rose', ';', 'R', '&', 'D', 'fell']);
});

test('odd Unicode: pairs never split, marks stay, spaces and zero-width characters skipped', () => {
  const s = 'Zoë\u00a0Nguyễn\u2003sent 👍🏽 and 👨‍👩‍👧 from 🇳🇿 e\u0301te wo\u200brd \u200b';
  const t = tokenize(s);
  assert.deepEqual(
    t.map((x) => x.text),
    ['Zoë', 'Nguyễn', 'sent', '👍🏽', 'and', '👨‍👩‍👧', 'from', '🇳🇿', 'e\u0301te', 'wo', 'rd'],
  );
  for (const x of t) assert.equal(x.text, s.slice(x.start, x.end));
  // A soft hyphen inside a word is kept in the text but dropped from norm.
  const soft = tokenize('Ja\u00adpan');
  assert.deepEqual([soft.length, soft[0].norm], [1, 'Japan']);
});

test('an abbreviation ending a sentence gives up its period, as in CoNLL', () => {
  assert.deepEqual(texts('The plant is in the U.S. The owner is Borex Inc.\nPlan B. But not Gen. Omar.'), [
    'The',
    'plant',
    'is',
    'in',
    'the',
    'U.S',
    '.',
    'The',
    'owner',
    'is',
    'Borex',
    'Inc',
    '.',
    'Plan',
    'B',
    '.',
    'But',
    'not',
    'Gen.',
    'Omar',
    '.',
  ]);
  // Before a capitalised word that rarely opens a sentence, or a bracket, the period stays.
  assert.deepEqual(texts('Borex Inc. Chairman Ito and Ann Lee (U.S.) won.'), [
    'Borex',
    'Inc.',
    'Chairman',
    'Ito',
    'and',
    'Ann',
    'Lee',
    '(',
    'U.S.',
    ')',
    'won',
    '.',
  ]);
  assert.deepEqual(texts('Talks end Jan. 5 or in Jan. Then more.'), ['Talks', 'end', 'Jan.', '5', 'or', 'in', 'Jan', '.', 'Then', 'more', '.']);
});

test('signed numbers, list numbers, hanging hyphens and asterisk runs', () => {
  assert.deepEqual(texts('Spread +20 bp, index -3'), ['Spread', '+20', 'bp', ',', 'index', '-', '3']);
  assert.deepEqual(texts('Results:\n1. Ana Ruiz 12.71\n 2. Omar Farah\n3= Li Na'), [
    'Results',
    ':',
    '1.',
    'Ana',
    'Ruiz',
    '12.71',
    '2.',
    'Omar',
    'Farah',
    '3=',
    'Li',
    'Na',
  ]);
  assert.deepEqual(texts('Won 2. Then lost.'), ['Won', '2', '.', 'Then', 'lost', '.']);
  assert.deepEqual(texts('pre- and post-war 32- and 35-inch'), ['pre-', 'and', 'post-war', '32-', 'and', '35-inch']);
  assert.deepEqual(texts('** Note'), ['**', 'Note']);
});
