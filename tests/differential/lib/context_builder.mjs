// Random inline @context objects, each returned with the Scope that says how a node under it may
// use it: prefixes (including one that JSON-LD 1.1 does not treat as a prefix), @vocab, default
// @language, @base, keyword aliases, typed terms (@id, @vocab, XSD and custom datatypes, @json),
// every container kind, reverse properties, @nest, @protected, and property- and type-scoped
// contexts.

import {Scope} from './scope.mjs';
import {randomBaseIri, randomLanguageTag, XSD} from './values.mjs';

const PREFIXES = {
  ex: 'http://example.org/vocab#',
  schema: 'https://schema.org/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  dct: 'http://purl.org/dc/terms/',
  xsd: XSD,
  skos: 'http://www.w3.org/2004/02/skos/core#',
  ont: 'urn:example:ontology:',
};

const PROPERTY_NAMES = [
  'name',   'knows',  'age',    'homepage', 'created', 'tags',      'members',
  'score',  'title',  'label',  'partOf',   'related', 'measure',   'note',
  'items',  'email',  'price',  'nickname', 'friend',  'étiquette', '名前',
  'colour', 'weight', 'parent', 'children', 'sameAs',  'depiction', 'step',
];

// Relative @base values. Not ".", "./", "../x": jsonld.js resolves a relative @base that starts
// with a dot segment wrongly ("@base": "./" against http://e.org/a/doc gives http://e.org/).
const RELATIVE_BASES = ['sub/', 'x', '#f', '?q', '/root/', 'a/b/../c/', '//other.example/base/'];

const TYPE_NAMES = ['Person', 'Badge', 'Course', 'Place', 'Event', 'Thing', 'Skill', 'Évaluation'];

const DATATYPES = [
  'dateTime',
  'date',
  'integer',
  'decimal',
  'boolean',
  'double',
  'anyURI',
  'custom:celsius',
  'custom:multibase',
];

function datatypeIri(name) {
  if (name === 'custom:celsius') return 'http://example.org/datatypes#celsius';
  if (name === 'custom:multibase') return 'https://w3id.org/security#multibase';
  return XSD + name;
}

// The IRI a term maps to, written as an absolute or a compact IRI.
function termTarget(random, name, prefixes) {
  const local = encodeURIComponent(name);
  if (prefixes.includes('ex') && random.chance(0.5)) return `ex:${local}`;
  if (prefixes.includes('schema') && random.chance(0.3)) return `schema:${local}`;
  return random.pick([`http://example.org/p/${local}`, `urn:example:property:${local}`]);
}

function datatypeReference(random, name, prefixes) {
  const iri = datatypeIri(name);
  if (iri.startsWith(XSD) && prefixes.includes('xsd') && random.chance(0.7)) {
    return 'xsd:' + iri.slice(XSD.length);
  }
  return iri;
}

// env: {is11, features, baseIri (string|null), rdfDirection, depth, nameSuffix, allowBase}
export function buildContext(random, env) {
  const {is11, features} = env;
  const depth = env.depth ?? 0;
  const suffix = env.nameSuffix ?? '';
  const context = {};
  const prefixes = [];

  if (is11 && depth === 0 && random.chance(0.1)) {
    context['@version'] = 1.1;
    features.add('@version');
  }
  for (const prefix of random.sample(Object.keys(PREFIXES), random.int(depth ? 0 : 1, 4))) {
    context[prefix] = PREFIXES[prefix];
    prefixes.push(prefix);
  }
  if (depth === 0 && random.chance(0.15)) {
    // Not a prefix in JSON-LD 1.1 (its IRI does not end in a gen-delim), so "ns:x" stays the
    // absolute IRI ns:x unless the definition says "@prefix": true.
    if (is11 && random.chance(0.5)) {
      context.nsp = {'@id': 'http://example.org/ns', '@prefix': true};
      prefixes.push('nsp');
      features.add('@prefix');
    } else {
      context.ns = 'http://example.org/ns';
      features.add('non-prefix-term');
    }
  }
  // Written as keys by the caller: "ns:x" is the IRI ns:x in 1.1 and http://example.org/nsx in 1.0.
  const extraProperties = 'ns' in context ? [{key: 'ns:' + PROPERTY_NAMES[0], kind: 'plain'}] : [];

  let vocab = false;
  if (random.chance(depth ? 0.3 : 0.6)) {
    vocab = true;
    // "ex:" means the IRI ex: when this context defines ex itself (terms are defined after
    // @vocab). Only at the top: jsonld.js applies a property-scoped context twice, and the
    // second time ex is defined.
    context['@vocab'] = is11 && depth === 0 && prefixes.includes('ex') && random.chance(0.2) ?
        'ex:' :
        random.pick(['http://example.org/vocab#', 'https://schema.org/', 'urn:example:v:']);
    features.add('@vocab');
  }
  if (random.chance(0.2)) {
    context['@language'] = randomLanguageTag(random);
    features.add('default-language');
  }
  // No default "@direction": jsonld.js forgets it as soon as another context is processed (its
  // active context clone does not copy @direction); term definitions carry one instead.
  let hasBase = false;
  if (depth === 0 && (env.allowBase ?? true) && random.chance(0.15)) {
    if (env.baseIri && random.chance(0.5)) {
      context['@base'] = random.pick(RELATIVE_BASES);
    } else {
      context['@base'] = randomBaseIri(random);
    }
    hasBase = true;
    features.add('@base');
  }

  const aliases = {};
  if (random.chance(depth ? 0.1 : 0.3)) {
    Object.assign(aliases, {'@id': 'id' + suffix, '@type': 'type' + suffix});
    if (random.chance(0.3)) aliases['@value'] = 'value' + suffix;
    if (random.chance(0.3)) aliases['@language'] = 'lang' + suffix;
    if (random.chance(0.2)) aliases['@graph'] = 'graph' + suffix;
    for (const [keyword, alias] of Object.entries(aliases)) context[alias] = keyword;
    features.add('keyword-alias');
  }

  const scope = new Scope({
    is11,
    hasBase: hasBase || Boolean(env.baseIri),
    vocab,
    prefixes,
    aliases,
    properties: extraProperties
  });
  const termCount = random.int(depth ? 1 : 2, depth ? 3 : 9);
  for (const name of random.sample(PROPERTY_NAMES, termCount)) {
    const key = name + suffix;
    const property = defineTerm(random, env, scope, key, context);
    if (property) scope.properties.push(property);
  }
  for (const name of random.sample(TYPE_NAMES, random.int(0, 3))) {
    const key = name + suffix;
    const target = termTarget(random, name, prefixes).replace('/p/', '/types/');
    if (is11 && depth < 2 && random.chance(0.2)) {
      const nested = buildContext(random, {...env, depth: depth + 1, nameSuffix: suffix + 'T'});
      context[key] = {'@id': target, '@context': nested.context};
      scope.types.push({key, scope: nested.scope});
      features.add('type-scoped-context');
    } else {
      context[key] = target;
      scope.types.push({key});
    }
  }
  if (is11 && random.chance(0.1)) {
    context['@protected'] = true;
    features.add('@protected');
  }
  return {context, scope};
}

// Adds the definition of term `key` to `context` and returns the property it makes.
function defineTerm(random, env, scope, key, context) {
  const {is11, features} = env;
  const id = termTarget(random, key, scope.prefixes);
  const kind = random.weighted([
    [6, 'plain'],
    [3, 'id'],
    [1, 'vocab'],
    [3, 'typed'],
    [1, 'lang'],
    [2, 'list'],
    [1, 'set'],
    [1, 'langmap'],
    [1, 'indexmap'],
    [0.6, 'reverse'],
    ...(is11 ? [[1, 'json'], [1, 'graph'], [0.6, 'idmap'], [0.6, 'typemap'], [0.5, 'nest']] : []),
  ]);
  const property = {key, kind};
  let definition;
  switch (kind) {
    case 'plain':
      definition = random.chance(0.5) ? id : {'@id': id};
      if (scope.vocab && random.chance(0.2) && is11) definition = {};
      break;
    case 'id':
      definition = {'@id': id, '@type': '@id'};
      break;
    case 'vocab':
      definition = {'@id': id, '@type': '@vocab'};
      break;
    case 'typed': {
      const name = random.pick(DATATYPES);
      property.datatype = datatypeIri(name);
      definition = {'@id': id, '@type': datatypeReference(random, name, scope.prefixes)};
      break;
    }
    case 'json':
      definition = {'@id': id, '@type': '@json'};
      break;
    case 'lang':
      property.language = random.chance(0.3) ? null : randomLanguageTag(random);
      definition = {'@id': id, '@language': property.language};
      if (env.rdfDirection && is11 && random.chance(0.5)) {
        definition['@direction'] = random.pick(['ltr', 'rtl', null]);
        features.add('@direction');
      }
      break;
    case 'list':
      definition = {'@id': id, '@container': '@list'};
      if (random.chance(0.3)) {
        definition['@type'] = '@id';
        property.itemKind = 'id';
      }
      break;
    case 'set':
      definition = {'@id': id, '@container': '@set'};
      break;
    case 'langmap':
      definition = {'@id': id, '@container': '@language'};
      break;
    case 'indexmap':
      definition = {'@id': id, '@container': '@index'};
      break;
    case 'graph':
      definition = {'@id': id, '@container': random.pick(['@graph', ['@graph', '@set']])};
      break;
    case 'idmap':
      definition = {'@id': id, '@container': '@id'};
      break;
    case 'typemap':
      definition = {'@id': id, '@container': '@type', '@type': '@id'};
      break;
    case 'reverse':
      definition = {'@reverse': id};
      break;
    case 'nest':
      definition = '@nest';
      break;
  }
  if (is11 && (env.depth ?? 0) < 2 && typeof definition === 'object' &&
      !('@reverse' in definition) && ['plain', 'id', 'set', 'list', 'indexmap'].includes(kind) &&
      random.chance(0.15)) {
    const nested = buildContext(
        random, {...env, depth: (env.depth ?? 0) + 1, nameSuffix: (env.nameSuffix ?? '') + 'S'});
    definition = {'@id': id, ...definition, '@context': nested.context};
    property.scope = nested.scope;
    features.add('property-scoped-context');
  }
  if (is11 && typeof definition === 'object' && random.chance(0.05)) {
    definition['@protected'] = true;
    features.add('@protected');
  }
  context[key] = definition;
  features.add('term:' + kind);
  return property;
}
