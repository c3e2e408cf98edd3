// Random leaf values: strings that stress escaping and Unicode handling, absolute IRIs, language
// tags, lexical forms of XSD datatypes, and JSON numbers whose RDF form is easy to get wrong.
//
// Everything here is "meaningful" input: well-formed absolute IRIs (jsonld.js silently drops
// anything it does not consider absolute), valid BCP 47 tags (in mixed case, because jsonld.js
// lowercases them), no lone surrogates or noncharacters (I-JSON forbids them and Cairn's parser
// rejects them while JSON.parse does not), and integers within +-(2^53 - 1), beyond which
// JavaScript numbers lose digits that a C++ parser keeps.

import {NumberText} from './json_text.mjs';

export const XSD = 'http://www.w3.org/2001/XMLSchema#';

const WORDS = [
  'alpha',   'badge',  'cairn',   'delta',   'ember',  'falcon', 'granite',
  'harbour', 'ivy',    'juniper', 'kestrel', 'lumen',  'meadow', 'nectar',
  'orbit',   'pebble', 'quartz',  'river',   'summit', 'tundra',
];

// Pieces a string is assembled from; each exercises a different escaping or encoding rule.
const STRING_PIECES = [
  [30, () => 'plain'],
  [6, () => ' '],
  [3, () => '"'],
  [3, () => '\\'],
  [3, () => '\n'],
  [2, () => '\r'],
  [2, () => '\t'],
  [1, () => '\b'],
  [1, () => '\f'],
  [1, (random) => String.fromCharCode(random.pick([0x01, 0x07, 0x0b, 0x0e, 0x1b, 0x1f, 0x7f]))],
  [1, () => '\u0000'],
  [4, (random) => random.pick(['é', 'ß', 'Ω', 'ж', 'ñ', 'ø', 'ü'])],
  [3, (random) => random.pick(['中文', '日本語', '한국어', 'שלום', 'مرحبا', 'हिन्दी', 'ไทย'])],
  [
    4,
    (random) =>
        random.pick(['😀', '🎓', '𝄞', '𠀋', '👩‍👩‍👧', '👩🏽‍💻', '\u{10FFFD}'])
  ],
  [2, (random) => random.pick(['e\u0301', 'n\u0303', '\u00e9', 'A\u030a', '\u212b'])],
  // Nothing in U+E000..U+FFFF: rdf-canonize sorts N-Quads by UTF-16 code units, RDFC-1.0 by
  // code points, and the two orders differ between those and astral characters.
  [1, (random) => random.pick(['\u200b', '\u200d', '\u2028', '\u2029', '\u00a0', '\u200e'])],
  [1, (random) => random.pick(['<tag>', '&amp;', '{braces}', '`tick`', '|pipe|', '^caret'])],
  [1, (random) => random.pick(['_:b0', '<http://example.org/>', '"quoted"@en', '^^xsd:int'])],
];

export function randomWord(random) {
  return random.pick(WORDS);
}

export function randomString(random) {
  if (random.chance(0.05)) return '';
  if (random.chance(0.35)) {
    return randomWord(random) + (random.chance(0.5) ? ' ' + randomWord(random) : '');
  }
  let text = '';
  const pieces = random.int(1, 8);
  for (let i = 0; i < pieces; ++i) {
    const piece = random.weighted(STRING_PIECES)(random);
    text += piece === 'plain' ? randomWord(random) : piece;
  }
  return text;
}

const IRI_FORMS = [
  [6, (random) => `http://example.org/${randomWord(random)}/${random.int(0, 999)}`],
  [
    3,
    (random) =>
        `https://example.com/${randomWord(random)}?q=${random.int(0, 99)}#${randomWord(random)}`
  ],
  [3, (random) => `urn:uuid:${uuid(random)}`],
  [3, (random) => `did:example:${random.hex(20)}`],
  [2, (random) => `did:key:z6Mk${random.hex(40)}`],
  [1, (random) => `mailto:${randomWord(random)}@example.org`],
  [1, (random) => `tag:example.org,2024:${randomWord(random)}`],
  [1, (random) => `http://example.org/${random.pick(['ünïcödé', '名前', 'caf%C3%A9', 'a%20b'])}`],
  [1, (random) => `https://example.com:8443/a/b/../c/./d`],
  [1, (random) => `urn:isbn:${random.int(1000000000, 9999999999)}`],
];

export function randomIri(random) {
  return random.weighted(IRI_FORMS)(random);
}

export function uuid(random) {
  const hex = random.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${
      hex.slice(20)}`;
}

// Relative references, for documents given a base IRI.
export function randomRelativeIri(random) {
  return random.pick([
    `${randomWord(random)}`,
    `./${randomWord(random)}`,
    `../${randomWord(random)}`,
    `../../${randomWord(random)}/x`,
    `/${randomWord(random)}/y`,
    `?page=${random.int(1, 9)}`,
    `#${randomWord(random)}`,
    `//other.example/${randomWord(random)}`,
    `a/b/../c`,
    `.`,
    `..`,
    `${randomWord(random)}?x=1#f`,
    '',
  ]);
}

export function randomBaseIri(random) {
  return random.pick([
    'http://example.org/base/doc.jsonld',
    'https://example.com/a/b/c/d?x=1#frag',
    'http://example.org/',
    'https://example.com/dir/',
    'http://example.org/one/two/three',
  ]);
}

// Valid tags in varied case; jsonld.js lowercases every language tag it reads.
export function randomLanguageTag(random) {
  return random.pick([
    'en', 'en-US', 'EN-gb', 'fr', 'de-CH-1901', 'zh-Hant-TW', 'ja', 'ar', 'es-419', 'sr-Latn-RS',
    'x-private', 'i-klingon', 'DE'
  ]);
}

export function randomDateTime(random) {
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const date = `${random.int(1990, 2035)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const time = `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
  const fraction = random.chance(0.2) ? `.${random.int(0, 999)}` : '';
  const zone = random.pick(['Z', 'Z', '+01:00', '-05:30', '']);
  return `${date}T${time}${fraction}${zone}`;
}

// A native JSON number. Doubles print through jsonld.js as toExponential(15) trimmed ("1.5E0"),
// integral values below 1e21 print as integers even when written 1.0 or 1E3.
export function randomNumber(random) {
  return random.weighted([
    [10, () => random.int(-1000, 1000)],
    [3, () => random.pick([0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 53 - 1, -(2 ** 53 - 1), 1e15])],
    [8, () => Number((random.next() * 2000 - 1000).toFixed(random.int(1, 6)))],
    [3, () => random.pick([0.1, 0.5, -2.5, 3.14159, 1 / 3, 2 / 3, 1.5e-7, 1.5e-10, 123.456])],
    [3, () => random.pick([1e21, 1.5e21, 1e100, 1.7976931348623157e308, -1e300, 9.999e20])],
    // Not 1e-7, 1e-300 or 5e-324: jsonld.js calls a number a double only when its JavaScript
    // string has a "." (or it is >= 1e21), so it writes those as the integer "0".
    [2, () => random.pick([1.5e-323, 2.2250738585072014e-308, 2.5e-300, -4.25e-320])],
    [
      4, () => new NumberText(random.pick([
           '1.0', '-2.50', '1E3', '1e+2', '2.5E-3', '-0', '-0.0', '0.0', '100000000000000000000',
           '123456789012345678901', '1e21', '12.000', '0.1e1', '7E0', '1.00000000000000011'
         ]))
    ],
  ])();
}

// Lexical forms for typed literals: the strings a document writes next to "@type".
export function randomLexicalForm(random, datatype) {
  switch (datatype) {
    case XSD + 'dateTime':
      return randomDateTime(random);
    case XSD + 'date':
      return randomDateTime(random).slice(0, 10);
    case XSD + 'integer':
      return String(random.int(-100000, 100000));
    case XSD + 'decimal':
      return (random.next() * 1000).toFixed(random.int(0, 4));
    case XSD + 'boolean':
      return random.pick(['true', 'false', '1', '0']);
    case XSD + 'double':
      // jsonld.js rewrites a string typed xsd:double through parseFloat (the JSON-LD 1.1
      // algorithm only converts native numbers); only well-formed decimal strings are generated.
      return random.pick(['1.5', '-0.25', '1e3', '3.0', '42', '6.02E23', '0']);
    case XSD + 'anyURI':
      return randomIri(random);
    default:
      return randomString(random);
  }
}
