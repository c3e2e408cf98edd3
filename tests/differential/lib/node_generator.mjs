// NodeGenerator: random node objects and values under a Scope. It writes nested node objects,
// explicit and implicit blank nodes, @id IRIs (absolute, compact, base-relative), @type, language
// tagged and typed literals, native numbers and booleans, @list (and lists of lists), @set,
// @graph and named graphs, @reverse, @included, @index, @nest, every container map, and @json
// literals. Every name it writes is defined in the scope, a compact IRI of a defined prefix, an
// absolute IRI, or a word under @vocab: the output means something to a JSON-LD processor.

import {buildContext} from './context_builder.mjs';
// clang-format off
import {
  XSD, randomIri, randomLanguageTag, randomLexicalForm, randomNumber, randomRelativeIri,
  randomString, randomWord,
} from './values.mjs';
// clang-format on

// jsonld.js rewrites a string typed xsd:double through parseFloat ("1e3" -> "1.0E3"); the JSON-LD
// algorithm keeps strings as written. Documents doing it carry this feature name, so failures it
// causes are easy to tell apart.
const STRING_DOUBLE = 'string-typed-xsd:double';

const BLANK_LABELS = ['_:b0', '_:b1', '_:b2', '_:b3', '_:node-x', '_:ä', '_:0', '_:b.x', '_:_'];
const MAX_NODE_DEPTH = 6;

export class NodeGenerator {
  // features: a Set the generator adds the name of every construct it writes to.
  // env: {is11, rdfDirection}
  constructor(random, features, env) {
    this.random = random;
    this.features = features;
    this.env = env;
    this.budget = random.int(3, random.chance(0.1) ? 200 : 40);
    // A few labels per document, so explicit blank nodes are shared and form cycles.
    this.blankLabels = random.sample(BLANK_LABELS, random.int(1, 4));
  }

  // A node object in `scope`. `topLevel` nodes need more than an @id: processors drop a
  // top-level {"@id": ...} alone.
  node(scope, depth, {topLevel = false, withId = null, withType = null} = {}) {
    const {random, features} = this;
    let nodeScope = scope.nested();
    const node = {};
    if (depth > 0 && random.chance(0.04)) {
      const embedded =
          buildContext(random, {...this.env, features, depth: 1, nameSuffix: 'E' + depth});
      node['@context'] = embedded.context;
      nodeScope = nodeScope.extend(embedded.scope);
      features.add('embedded-context');
    }
    if (withId ?? random.chance(0.6)) node[nodeScope.keyword('@id')] = this.nodeId(nodeScope);
    if (withType ?? random.chance(0.5)) {
      // The @type key and values come from the context before type-scoped contexts apply.
      const typeScope = nodeScope;
      const typeKey = typeScope.keyword('@type');
      const types = [];
      for (let i = random.weighted([[6, 1], [2, 2], [1, 3]]); i > 0; --i) {
        const type = this.type(typeScope);
        if (types.includes(type.key)) continue;
        types.push(type.key);
        if (type.scope) nodeScope = nodeScope.extend(type.scope, {propagates: false});
      }
      node[typeKey] = types.length === 1 && random.chance(0.6) ? types[0] : types;
    }
    const propertyCount = random.int(0, depth === 0 ? 6 : 4);
    for (let i = 0; i < propertyCount && this.budget > 0; ++i) {
      this.addProperty(node, nodeScope, depth);
    }
    // Random values may all expand to nothing (null, [], {"@set": []}); one literal keeps a
    // top-level node from being dropped.
    if (topLevel) node[this.adHocProperty(nodeScope).key] ??= randomString(random);
    this.addRareKeywords(node, nodeScope, depth);
    return node;
  }

  addProperty(node, scope, depth) {
    const {random} = this;
    const defined = scope.properties;
    const property =
        defined.length && random.chance(0.7) ? random.pick(defined) : this.adHocProperty(scope);
    if (property.key in node) return;
    --this.budget;
    node[property.key] = this.value(scope, property, depth + 1);
    if (property.kind === 'nest') this.features.add('@nest');
  }

  addRareKeywords(node, scope, depth) {
    const {random, features} = this;
    if (depth >= MAX_NODE_DEPTH || this.budget <= 0) return;
    if (random.chance(0.04)) {
      // The @reverse map is expanded as a map of its own: type-scoped definitions end there.
      const outer = scope.nested();
      node['@reverse'] = {[this.adHocProperty(outer).key]: this.nodeOrNodes(outer, depth)};
      features.add('@reverse');
    }
    if (random.chance(0.05)) {
      const graph = [];
      for (let i = random.int(1, 3); i > 0; --i)
        graph.push(this.node(scope, depth + 1, {topLevel: true}));
      node[scope.keyword('@graph')] = graph;
      features.add('named-graph');
    }
    if (scope.is11 && random.chance(0.02)) {
      node['@included'] = [this.node(scope, depth + 1, {topLevel: true})];
      features.add('@included');
    }
    if (random.chance(0.03)) {
      node['@index'] = randomWord(random);
      features.add('@index');
    }
  }

  // A property written as a term nobody defined: an absolute IRI, a compact IRI or a @vocab word.
  adHocProperty(scope) {
    const {random} = this;
    const word = randomWord(random);
    const forms = [[2, `http://example.org/adhoc/${word}`], [1, `urn:example:p:${word}`]];
    if (scope.prefixes.length) forms.push([3, `${random.pick(scope.prefixes)}:${word}`]);
    if (scope.vocab) forms.push([5, word]);
    return {key: random.weighted(forms), kind: 'plain'};
  }

  nodeId(scope) {
    const {random} = this;
    const forms = [[5, () => randomIri(random)], [3, () => random.pick(this.blankLabels)]];
    if (scope.prefixes.length) {
      forms.push([2, () => `${random.pick(scope.prefixes)}:${randomWord(random)}`]);
    }
    if (scope.hasBase) forms.push([2, () => randomRelativeIri(random)]);
    const id = random.weighted(forms)();
    this.features.add(id.startsWith('_:') ? 'explicit-blank-node' : 'node-iri');
    return id;
  }

  // inMap: a type map key, which is not resolved against the base IRI and has no type-scoped
  // context (jsonld.js carries one key's type-scoped context over to the keys after it).
  type(scope, {inMap = false} = {}) {
    const {random} = this;
    const word = randomWord(random);
    const Word = word[0].toUpperCase() + word.slice(1);
    const forms =
        [[2, {key: `http://example.org/types#${Word}`}], [inMap ? 0 : 0.2, {key: '_:type'}]];
    const types = inMap ? scope.types.filter((type) => !type.scope) : scope.types;
    if (types.length) forms.push([4, random.pick(types)]);
    if (scope.prefixes.length) forms.push([2, {key: `${random.pick(scope.prefixes)}:${Word}`}]);
    if (scope.vocab) forms.push([2, {key: Word}]);
    if (scope.hasBase && !inMap) forms.push([0.3, {key: `../types/${Word}`}]);
    return random.weighted(forms);
  }

  // {"@id": ...} alone keeps the enclosing node's type-scoped definitions, but written with the
  // outer ones it means the same in any position (jsonld.js reverts some maps the algorithm
  // does not).
  reference(scope) {
    const outer = scope.nested();
    return {[outer.keyword('@id')]: this.nodeId(outer)};
  }

  nodeOrNodes(scope, depth) {
    if (this.random.chance(0.3)) {
      return [this.node(scope, depth + 1), this.reference(scope)];
    }
    return this.node(scope, depth + 1);
  }

  value(scope, property, depth) {
    const {random, features} = this;
    const deep = depth >= MAX_NODE_DEPTH || this.budget <= 0;
    const valueScope = property.scope ? scope.nested().extend(property.scope) : scope;
    switch (property.kind) {
      case 'plain':
        return this.anyValue(valueScope, depth);
      case 'id':
        return random.weighted([
          [4, () => this.iriString(valueScope)],
          [2, () => [this.iriString(valueScope), this.iriString(valueScope)]],
          [deep ? 0 : 2, () => this.node(valueScope, depth)],
        ])();
      case 'vocab':
        return random.chance(0.7) ? this.vocabString(valueScope) :
                                    [this.vocabString(valueScope), this.vocabString(valueScope)];
      case 'typed':
        return this.typedValue(property.datatype);
      case 'json':
        features.add('@json');
        return this.jsonLiteral(depth);
      case 'lang':
        return random.weighted([
          [5, () => randomString(random)], [1, () => null],
          [2, () => [randomString(random), randomString(random)]]
        ])();
      case 'list':
        return this.listItems(valueScope, depth, property.itemKind);
      case 'set':
        return Array.from({length: random.int(0, 3)}, () => this.anyValue(valueScope, depth));
      case 'langmap':
        return this.languageMap();
      case 'indexmap':
        return this.indexMap(valueScope, depth);
      case 'graph':
        features.add('graph-container');
        return deep ? {[this.adHocProperty(valueScope).key]: randomString(random)} :
                      this.node(valueScope, depth, {topLevel: true});
      case 'idmap':
        return this.idMap(valueScope, depth);
      case 'typemap':
        return this.typeMap(valueScope, depth);
      case 'reverse':
        features.add('reverse-term');
        return this.nodeOrNodes(valueScope, depth);
      case 'nest': {
        const nested = {};
        const inner = valueScope.properties.filter((p) => p.kind !== 'nest');
        for (let i = random.int(1, 2); i > 0 && this.budget > 0; --i) {
          const innerProperty = inner.length ? random.pick(inner) : this.adHocProperty(valueScope);
          --this.budget;
          nested[innerProperty.key] = this.value(valueScope, innerProperty, depth + 1);
        }
        return nested;
      }
    }
    throw new Error(`unknown property kind ${property.kind}`);
  }

  anyValue(scope, depth) {
    const {random, features} = this;
    const deep = depth >= MAX_NODE_DEPTH || this.budget <= 0;
    const kind = random.weighted([
      [6, 'string'],
      [4, 'number'],
      [1, 'boolean'],
      [0.3, 'null'],
      [4, 'value-object'],
      [deep ? 0 : 3, 'node'],
      [1.5, 'reference'],
      [deep ? 0 : 1.5, 'array'],
      [deep ? 0 : 1.5, 'list'],
      [deep ? 0 : 0.5, 'set'],
      [scope.is11 ? 0.5 : 0, 'json'],
    ]);
    switch (kind) {
      case 'string':
        return randomString(random);
      case 'number':
        features.add('native-number');
        return randomNumber(random);
      case 'boolean':
        features.add('native-boolean');
        return random.chance(0.5);
      case 'null':
        return null;
      case 'value-object':
        return this.valueObject(scope);
      case 'node':
        features.add('nested-node');
        return this.node(scope, depth);
      case 'reference':
        return this.reference(scope);
      case 'array':
        return Array.from({length: random.int(0, 4)}, () => this.anyValue(scope, depth + 1));
      // A list or set object is a map without @value, so type-scoped definitions end there.
      case 'list':
        return {'@list': this.listItems(scope.nested(), depth, null)};
      case 'set': {
        features.add('@set');
        const outer = scope.nested();
        return {
          '@set': Array.from({length: random.int(0, 3)}, () => this.anyValue(outer, depth + 1))
        };
      }
      case 'json':
        features.add('@json');
        return {
          [scope.keyword('@value')]: this.jsonLiteral(depth),
          [scope.keyword('@type')]: '@json'
        };
    }
    throw new Error(`unknown value kind ${kind}`);
  }

  listItems(scope, depth, itemKind) {
    const {random, features} = this;
    features.add('@list');
    const items = [];
    for (let i = random.weighted([[1, 0], [3, 1], [4, 3], [1, 6]]); i > 0; --i) {
      if (scope.is11 && depth < MAX_NODE_DEPTH && random.chance(0.15)) {
        features.add('list-of-lists');
        items.push(
            random.chance(0.5) ? this.listItems(scope, depth + 1, itemKind) :
                                 {'@list': this.listItems(scope.nested(), depth + 1, itemKind)});
      } else if (itemKind === 'id') {
        items.push(this.iriString(scope));
      } else {
        const item = this.anyValue(scope, depth + 1);
        // An array directly inside a list is a list of lists only in JSON-LD 1.1.
        if (Array.isArray(item) && !scope.is11) continue;
        if (Array.isArray(item) || item?.['@list'] || item?.['@set']) features.add('list-of-lists');
        items.push(item);
      }
    }
    if (items.length === 0) features.add('empty-list');
    return items;
  }

  valueObject(enclosingScope) {
    const {random, features} = this;
    const form = random.weighted([
      [3, 'language'],
      [3, 'datatype'],
      [1, 'number'],
      [1, 'boolean'],
      [1, 'plain'],
      [this.env.rdfDirection && enclosingScope.is11 ? 2 : 0, 'direction'],
    ]);
    const withIndex = random.chance(0.05);
    const withLanguage = form === 'direction' && random.chance(0.7);
    // jsonld.js looks for @value only in maps of at most two entries, so a value object of three
    // loses the enclosing node's type-scoped definitions there (not in the JSON-LD algorithm).
    const scope = withIndex || withLanguage ? enclosingScope.nested() : enclosingScope;
    const valueKey = scope.keyword('@value');
    const object = {};
    switch (form) {
      case 'language':
        object[valueKey] = randomString(random);
        object[scope.keyword('@language')] = randomLanguageTag(random);
        features.add('language-tagged-string');
        break;
      case 'datatype': {
        const datatype = random.pick([
          XSD + 'dateTime',
          XSD + 'integer',
          XSD + 'double',
          XSD + 'decimal',
          XSD + 'boolean',
          'http://example.org/datatypes#celsius',
          'https://w3id.org/security#multibase',
          'urn:example:datatype',
        ]);
        object[valueKey] = randomLexicalForm(random, datatype);
        object[scope.keyword('@type')] = this.compactDatatype(scope, datatype);
        if (datatype === XSD + 'double') features.add(STRING_DOUBLE);
        features.add(
            datatype.startsWith(XSD) ? 'typed-literal:' + datatype.slice(XSD.length) :
                                       'custom-datatype');
        break;
      }
      case 'number':
        object[valueKey] = randomNumber(random);
        if (random.chance(0.5)) {
          object[scope.keyword('@type')] = this.compactDatatype(scope, random.pick([
            XSD + 'double', XSD + 'integer', XSD + 'decimal', 'http://example.org/datatypes#celsius'
          ]));
          features.add('typed-native-number');
        }
        break;
      case 'boolean':
        object[valueKey] = random.chance(0.5);
        break;
      case 'plain':
        object[valueKey] = randomString(random);
        break;
      case 'direction':
        object[valueKey] = randomString(random);
        object['@direction'] = random.pick(['ltr', 'rtl']);
        if (withLanguage) object[scope.keyword('@language')] = randomLanguageTag(random);
        features.add('@direction');
        break;
    }
    if (withIndex) object['@index'] = randomWord(random);
    return object;
  }

  compactDatatype(scope, iri) {
    if (iri.startsWith(XSD) && scope.prefixes.includes('xsd') && this.random.chance(0.7)) {
      return 'xsd:' + iri.slice(XSD.length);
    }
    return iri;
  }

  typedValue(datatype) {
    const {random, features} = this;
    features.add(
        datatype.startsWith(XSD) ? 'coerced:' + datatype.slice(XSD.length) : 'coerced:custom');
    if (datatype === XSD + 'double') features.add(STRING_DOUBLE);
    return random.weighted([
      [5, () => randomLexicalForm(random, datatype)],
      [2, () => (datatype === XSD + 'boolean' ? random.chance(0.5) : randomNumber(random))],
      [1, () => [randomLexicalForm(random, datatype), randomLexicalForm(random, datatype)]],
    ])();
  }

  iriString(scope) {
    const {random} = this;
    const forms = [[5, () => randomIri(random)], [2, () => random.pick(this.blankLabels)]];
    if (scope.prefixes.length) {
      forms.push([2, () => `${random.pick(scope.prefixes)}:${randomWord(random)}`]);
    }
    if (scope.hasBase) forms.push([3, () => randomRelativeIri(random)]);
    return random.weighted(forms)();
  }

  vocabString(scope) {
    const {random} = this;
    const forms = [[2, () => randomIri(random)]];
    if (scope.types.length) forms.push([3, () => random.pick(scope.types).key]);
    const properties = scope.properties.filter((p) => p.kind !== 'nest');
    if (properties.length) forms.push([1, () => random.pick(properties).key]);
    if (scope.prefixes.length) {
      forms.push([2, () => `${random.pick(scope.prefixes)}:${randomWord(random)}`]);
    }
    if (scope.vocab) forms.push([3, () => randomWord(random)]);
    return random.weighted(forms)();
  }

  languageMap() {
    const {random, features} = this;
    features.add('language-map');
    const map = {};
    for (let i = random.int(1, 3); i > 0; --i) {
      map[randomLanguageTag(random)] =
          random.chance(0.7) ? randomString(random) : [randomString(random), randomString(random)];
    }
    if (this.env.is11 && random.chance(0.2)) map['@none'] = randomString(random);
    return map;
  }

  indexMap(scope, depth) {
    const {random, features} = this;
    features.add('index-map');
    const map = {};
    for (let i = random.int(1, 3); i > 0; --i) {
      map[randomString(random) || 'empty'] = depth < MAX_NODE_DEPTH && random.chance(0.5) ?
          this.node(scope, depth) :
          this.valueObject(scope);
    }
    return map;
  }

  idMap(scope, depth) {
    const {random, features} = this;
    features.add('id-map');
    const map = {};
    // Under a type-scoped context the algorithm expands an id map's entries with the context
    // before it and jsonld.js with the type-scoped one; entries without content mean the same
    // in both.
    const outer = scope.nested();
    for (let i = random.int(1, 2); i > 0; --i) {
      map[this.iriString(outer)] = scope.outer ? {} : this.node(scope, depth, {withId: false});
    }
    return map;
  }

  typeMap(scope, depth) {
    const {random, features} = this;
    features.add('type-map');
    const map = {};
    for (let i = random.int(1, 2); i > 0; --i) {
      // Type map keys are expanded without the type-scoped contexts of the enclosing node.
      map[this.type(scope.nested(), {inMap: true}).key] =
          this.node(scope, depth, {withType: false});
    }
    return map;
  }

  // A JSON value for an rdf:JSON literal; its canonical form (RFC 8785) becomes the lexical form.
  jsonLiteral(depth) {
    const {random} = this;
    const leaf = () => random.weighted([
      [3, () => randomString(random)],
      [3, () => randomNumber(random)],
      [1, () => random.chance(0.5)],
      [1, () => null],
    ])();
    if (depth > MAX_NODE_DEPTH || random.chance(0.3)) return leaf();
    if (random.chance(0.4))
      return Array.from({length: random.int(0, 4)}, () => this.jsonLiteral(depth + 2));
    const object = {};
    for (let i = random.int(0, 5); i > 0; --i) {
      object[random.pick(['b', 'a', 'é', '😀', 'A', '10', '1', '\u20ac', 'aa', '\ufb33', ''])] =
          this.jsonLiteral(depth + 2);
    }
    return object;
  }
}
