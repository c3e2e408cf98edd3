// Documents a JSON-LD processor must reject: each one is a small valid document with one error a
// processor must raise (keyword misuse, bad value objects, bad term definitions, cyclic IRI
// mappings, protected term redefinition, contexts that cannot be loaded, processing mode
// conflicts), or a text that is not JSON (syntax errors, invalid UTF-8). The reference decides
// what counts as rejected; the label only names what the generator meant to break.
//
// Not generated, because JavaScript accepts them while Cairn's stricter parser rightly does not,
// so the reference cannot judge them: duplicate member names, lone surrogate escapes, nesting
// deeper than Cairn's JSON depth limit. Nor errors jsonld.js 9 lets through: a list object with
// @type, an array as a value object's @type, a top-level scalar (a string is taken as a URL).

import {REMOTE_PREFIX} from './remote_contexts.mjs';
import {randomIri, randomString, randomWord} from './values.mjs';

const EX = 'http://example.org/vocab#';

// Each returns [label, document, options?].
const JSON_LD_ERRORS = [
  (r) =>
      ['invalid @id value',
       {'@id': r.pick([42, true, ['http://a.example/'], {}]), [EX + 'p']: 'x'}],
  (r) =>
      ['value object with @language and @type',
       {[EX + 'p']: {'@value': 'x', '@language': 'en', '@type': EX + 'dt'}}],
  (r) => ['value object value is an object', {[EX + 'p']: {'@value': {a: r.int(0, 9)}}}],
  (r) =>
      ['non-string @language',
       {[EX + 'p']: {'@value': 'x', '@language': r.pick([5, true, ['en']])}}],
  (r) => ['language tag on a number', {[EX + 'p']: {'@value': r.int(0, 99), '@language': 'en'}}],
  (r) => ['non-IRI datatype', {[EX + 'p']: {'@value': 'x', '@type': r.pick([5, '_:dt', {}])}}],
  (r) => ['extra member in value object', {[EX + 'p']: {'@value': 'x', [EX + 'q']: 'y'}}],
  (r) =>
      ['invalid @type value',
       {'@id': randomIri(r), '@type': r.pick([5, {a: 1}, [true]]), [EX + 'p']: 'x'}],
  (r) => ['invalid IRI mapping', {'@context': {t: {'@id': r.pick([5, true, {}])}}, t: 'x'}],
  (r) =>
      ['invalid type mapping',
       {'@context': {t: {'@id': EX + 't', '@type': r.pick([5, '@list', 'relative'])}}, t: 'x'}],
  (r) =>
      ['keyword redefinition',
       {'@context': {[r.pick(['@id', '@type', '@value', '@graph'])]: EX + 'k'}, [EX + 'p']: 'x'}],
  (r) => ['invalid local context', {'@context': r.pick([5, true]), [EX + 'p']: 'x'}],
  (r) => ['cyclic IRI mapping', {'@context': {a: 'b:x', b: 'a:y'}, 'a:z': 'v'}],
  (r) => ['invalid @reverse value', {'@id': randomIri(r), '@reverse': r.pick(['x', 5, ['y']])}],
  (r) => ['literal as reverse property value', {
    '@id': randomIri(r),
    '@reverse': {[EX + 'p']: r.pick(['literal', {'@value': 'v'}])}
  }],
  (r) =>
      ['reverse term with a literal',
       {'@context': {r: {'@reverse': EX + 'r'}}, '@id': randomIri(r), r: {'@value': 'lit'}}],
  (r) =>
      ['colliding keywords',
       {'@context': {id: '@id'}, '@id': randomIri(r), id: randomIri(r), [EX + 'p']: 'x'}],
  (r) => ['invalid container mapping', {
    '@context': {t: {'@id': EX + 't', '@container': r.pick(['@foo', 5, ['@list', '@set']])}},
    t: ['x']
  }],
  (r) =>
      ['invalid default language',
       {'@context': {'@language': r.pick([5, true, {}])}, [EX + 'p']: 'x'}],
  (r) => ['invalid vocab mapping', {'@context': {'@vocab': r.pick([5, true])}, p: 'x'}],
  (r) =>
      ['invalid @index value',
       {'@id': randomIri(r), '@index': r.pick([5, true, ['i']]), [EX + 'p']: 'x'}],
  (r) =>
      ['invalid set or list object',
       {[EX + 'p']: {'@list': [1], [r.pick(['@id', EX + 'q'])]: 'x'}}],
  (r) => ['protected term redefinition', {
    '@context':
        ['https://www.w3.org/ns/credentials/v2', {[r.pick(['name', 'description'])]: EX + 'n'}],
    type: 'VerifiableCredential',
    name: 'x'
  }],
  (r) => ['invalid term definition', {'@context': {t: r.pick([5, true, ['x']])}, t: 'x'}],
  (r) =>
      ['invalid @nest value',
       {'@context': {n: '@nest'}, '@id': randomIri(r), n: r.pick(['string', 5, {'@value': 'v'}])}],
  (r) =>
      ['invalid base IRI', {'@context': {'@base': r.pick([5, true])}, '@id': 'x', [EX + 'p']: 'x'}],
  (r) =>
      ['invalid @included value',
       {'@id': randomIri(r), '@included': r.pick(['x', 5]), [EX + 'p']: 'x'}],
  (r) => ['invalid language map value', {
    '@context': {t: {'@id': EX + 't', '@container': '@language'}},
    t: {en: r.pick([5, {a: 1}, true])}
  }],
  (r) =>
      ['invalid base direction',
       {[EX + 'p']: {'@value': 'x', '@direction': r.pick(['up', 'LTR', 5])}}],
  (r) => ['reverse term with a list container', {
    '@context': {r: {'@reverse': EX + 'r', '@container': '@list'}},
    '@id': randomIri(r),
    r: {'@id': randomIri(r)}
  }],
  (r) => ['invalid @prefix value', {'@context': {t: {'@id': EX + 't', '@prefix': 'yes'}}, t: 'x'}],
  (r) => ['invalid @import value', {'@context': {'@import': 5}, [EX + 'p']: 'x'}],
  (r) =>
      ['invalid scoped context',
       {'@context': {t: {'@id': EX + 't', '@context': 5}}, t: {[EX + 'p']: 'x'}}],
  (r) =>
      ['unloadable remote context',
       {'@context': REMOTE_PREFIX + r.pick(['absent.jsonld', 'broken.jsonld']), [EX + 'p']: 'x'}],
  (r) =>
      ['remote context outside the load prefix',
       {'@context': 'https://unknown.example/context.jsonld', [EX + 'p']: 'x'}],
  (r) => ['processing mode conflict', {'@context': {'@version': 1.1}, [EX + 'p']: 'x'}, {
    processingMode: 'json-ld-1.0'
  }],
  (r) => ['invalid @version', {'@context': {'@version': r.pick([1.0, '1.1', 2])}, [EX + 'p']: 'x'}],
  (r) =>
      ['invalid typed value from coercion',
       {'@context': {t: {'@id': EX + 't', '@type': '@id'}}, t: {'@value': 'x', '@type': 5}}],
  (r) => ['@graph value is a string', {'@id': randomIri(r), [EX + 'p']: {'@graph': 'x', '@id': 5}}],
];

// Each returns [label, text or Uint8Array].
const SYNTAX_ERRORS = [
  () => ['trailing comma', '{"http://example.org/p": "x",}'],
  () => ['single quotes', '{\'http://example.org/p\': \'x\'}'],
  () => ['unquoted member name', '{p: "x"}'],
  () => ['truncated document', '{"http://example.org/p": ["x", {"@value": "y"'],
  () => ['NaN literal', '{"http://example.org/p": NaN}'],
  () => ['Infinity literal', '{"http://example.org/p": -Infinity}'],
  () => ['leading zero', '{"http://example.org/p": 012}'],
  () => ['comment', '{"http://example.org/p": "x" /* note */}'],
  () => ['raw control character in a string', '{"http://example.org/p": "a\tb\nc"}'],
  () => ['invalid escape', '{"http://example.org/p": "\\x41"}'],
  () => ['empty text', ''],
  () => ['two values', '{"http://example.org/p": "x"} {}'],
  () => ['overlong UTF-8', bytesWith([0xc0, 0x80])],
  () => ['lone UTF-8 continuation byte', bytesWith([0x80])],
  () => ['UTF-8 encoded surrogate', bytesWith([0xed, 0xa0, 0x80])],
  () => ['truncated UTF-8 sequence', bytesWith([0xe2, 0x82])],
  () => ['byte 0xFF', bytesWith([0xff])],
];

function bytesWith(invalid) {
  const encoder = new TextEncoder();
  return Uint8Array.from(
      [...encoder.encode('{"http://example.org/p": "ab'), ...invalid, ...encoder.encode('cd"}')]);
}

// Returns {label, document, options} for a JSON-LD error.
export function buildJsonLdErrorDocument(random) {
  const [label, document, options = {}] = random.pick(JSON_LD_ERRORS)(random);
  if (random.chance(0.3) && !Array.isArray(document)) {
    // Surround the error with ordinary data, so it is not always the whole document.
    document[EX + randomWord(random)] = randomString(random);
  }
  return {label, document, options};
}

// Returns {label, content}: the bytes or text of a document that is not JSON.
export function buildSyntaxErrorDocument(random) {
  const [label, content] = random.pick(SYNTAX_ERRORS)(random);
  return {label, content};
}
