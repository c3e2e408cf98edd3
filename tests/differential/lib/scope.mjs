// Scope: what the generator knows about the active context at one point of a document, so that
// every property, type and value it writes there means something (jsonld.js drops undefined
// terms and relative IRIs silently; a differential test of dropped data tests very little).
//
// A property is {key, kind, datatype?, language?, scope?}:
//   kind 'plain'    no coercion: any value
//        'id'       "@type": "@id"        strings are IRIs (base-relative when a base exists)
//        'vocab'    "@type": "@vocab"     strings are terms or vocabulary-relative IRIs
//        'typed'    "@type": datatype      strings are lexical forms, numbers stay typed
//        'json'     "@type": "@json"
//        'lang'     "@language": language (null for none)
//        'list' / 'set' / 'langmap' / 'indexmap' / 'idmap' / 'typemap' / 'graph'   containers
//        'reverse'  "@reverse": values are node objects
//        'nest'     an alias of @nest: the value is a map of more properties
//   scope: the property-scoped context's Scope for the value, when the term defines one.
// A type is {key, scope?}: scope is the type-scoped context's Scope (not propagated to nested
// node objects).

export class Scope {
  constructor({
    is11,
    hasBase,
    vocab = false,
    properties = [],
    types = [],
    prefixes = [],
    aliases = {},
    outer = null
  }) {
    this.is11 = is11;
    this.hasBase = hasBase;  // relative IRIs resolve (document base or @base)
    this.vocab = vocab;      // an @vocab is in effect: any bare word is a property or type
    this.properties = properties;
    this.types = types;
    this.prefixes = prefixes;  // prefix names usable in compact IRIs
    this.aliases = aliases;    // keyword -> alias, e.g. {'@id': 'id'}
    // The scope nested node objects return to when this one came from a type-scoped context.
    this.outer = outer;
  }

  keyword(name) {
    return this.aliases[name] ?? name;
  }

  // A scope with `overlay`'s definitions taking precedence over this one's.
  extend(overlay, {propagates = true} = {}) {
    const keys = new Set(overlay.properties.map((property) => property.key));
    const typeKeys = new Set(overlay.types.map((type) => type.key));
    return new Scope({
      is11: this.is11,
      hasBase: this.hasBase || overlay.hasBase,
      vocab: overlay.vocab || this.vocab,
      properties: [...this.properties.filter((p) => !keys.has(p.key)), ...overlay.properties],
      types: [...this.types.filter((t) => !typeKeys.has(t.key)), ...overlay.types],
      prefixes: [...new Set([...this.prefixes, ...overlay.prefixes])],
      aliases: {...this.aliases, ...overlay.aliases},
      outer: propagates ? this.outer : (this.outer ?? this),
    });
  }

  // The scope a nested node object starts from: type-scoped definitions do not propagate.
  nested() {
    return this.outer ?? this;
  }
}
