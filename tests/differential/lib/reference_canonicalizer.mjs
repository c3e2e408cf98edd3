// The reference implementation: npm jsonld (JSON-LD toRdf) followed by npm rdf-canonize
// (RDFC-1.0 with SHA-256), and npm canonicalize (RFC 8785) for JCS. It reads a document from its
// bytes the way a strict parser must (invalid UTF-8 is an error, not U+FFFD).
//
// What it returns for one document:
//   {status: 'ok', nquads, warnings, duplicateQuads}
//   {status: 'rejected', reason}               jsonld.js (or the JSON parse) raised an error
//   {status: 'work-limit', nquads, warnings}   rdf-canonize refused under its default work limit
//                                              (maxWorkFactor 1); nquads is the result without it
// `warnings` lists the jsonld.js event codes raised (data it dropped); `duplicateQuads` counts
// quads jsonld.js emitted more than once. RDFC-1.0 canonicalizes a dataset, which is a set, so the
// reference removes those duplicates before canonicalizing (rdf-canonize does not).

import {importPackage} from './npm_packages.mjs';
import {loadBundledContexts, makeOfflineDocumentLoader} from './offline_document_loader.mjs';

// Far above what the generator's symmetric graphs need; a bound so a bad case cannot hang.
const UNLIMITED_DEEP_ITERATIONS = 1_000_000;

export async function makeReferenceCanonicalizer(nodeModulesDir) {
  const [jsonld, rdfCanonize, canonicalize, bundledContexts] = await Promise.all([
    importPackage(nodeModulesDir, 'jsonld'),
    importPackage(nodeModulesDir, 'rdf-canonize'),
    importPackage(nodeModulesDir, 'canonicalize'),
    loadBundledContexts(nodeModulesDir),
  ]);
  return new ReferenceCanonicalizer(jsonld, rdfCanonize, canonicalize, bundledContexts);
}

class ReferenceCanonicalizer {
  constructor(jsonld, rdfCanonize, canonicalize, bundledContexts) {
    this.jsonld = jsonld;
    this.rdfCanonize = rdfCanonize;
    this.canonicalize = canonicalize;
    this.bundledContexts = bundledContexts;
    this.decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
  }

  // Parses bytes as a JSON text, or throws.
  parseJson(bytes) {
    return JSON.parse(this.decoder.decode(bytes));
  }

  // options: {base, processingMode, rdfDirection, expandContext (parsed JSON), loadPrefixes:
  // [[prefix, dir]]}, with the meanings of the cairn options of the same names.
  async rdfcFromBytes(bytes, options = {}) {
    let document;
    try {
      document = this.parseJson(bytes);
    } catch (error) {
      return {status: 'rejected', reason: `JSON: ${error.message}`};
    }
    return this.rdfcFromDocument(document, options);
  }

  async rdfcFromDocument(document, options = {}) {
    const warnings = [];
    let dataset;
    try {
      dataset = await this.jsonld.toRDF(document, this.toRdfOptions(options, warnings));
    } catch (error) {
      return {status: 'rejected', reason: describeJsonLdError(error)};
    }
    const {quads, duplicates} = withoutDuplicateQuads(dataset, this.rdfCanonize.NQuads);
    try {
      const nquads = await this.rdfCanonize.canonize(quads, {algorithm: 'RDFC-1.0'});
      return {status: 'ok', nquads, warnings, duplicateQuads: duplicates};
    } catch (error) {
      if (!/Maximum deep iterations exceeded/.test(error.message)) throw error;
    }
    const nquads = await this.rdfCanonize.canonize(
        quads, {algorithm: 'RDFC-1.0', maxDeepIterations: UNLIMITED_DEEP_ITERATIONS});
    return {status: 'work-limit', nquads, warnings, duplicateQuads: duplicates};
  }

  // The options a verifier would use to canonicalize: this is jsonld.toRDF, not jsonld.canonize,
  // because canonize's "safe mode" turns dropped data into errors, which the JSON-LD algorithms
  // (and so `cairn canon`) do not.
  toRdfOptions(options, warnings) {
    const toRdf = {
      documentLoader: makeOfflineDocumentLoader(this.bundledContexts, options.loadPrefixes ?? []),
      eventHandler: ({event, next}) => {
        if (event.level === 'warning') warnings.push(event.code);
        next();
      },
    };
    if (options.base) toRdf.base = options.base;
    if (options.processingMode) toRdf.processingMode = options.processingMode;
    if (options.rdfDirection) toRdf.rdfDirection = options.rdfDirection;
    if (options.expandContext) toRdf.expandContext = options.expandContext;
    return toRdf;
  }

  // RFC 8785 canonical JSON of a parsed value.
  jcs(value) {
    return this.canonicalize(value);
  }
}

function withoutDuplicateQuads(dataset, NQuads) {
  const seen = new Set();
  const quads = [];
  for (const quad of dataset) {
    const key = NQuads.serializeQuad(quad);
    if (seen.has(key)) continue;
    seen.add(key);
    quads.push(quad);
  }
  return {quads, duplicates: dataset.length - quads.length};
}

function describeJsonLdError(error) {
  const code = error.details?.code ?? error.name;
  const cause = error.details?.cause?.message;
  return `${code}: ${error.message}${cause ? ` (${cause})` : ''}`;
}
