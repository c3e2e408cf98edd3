// The offline documentLoader the reference JavaScript libraries (@digitalbazaar/vc,
// data-integrity, the eddsa cryptosuites, jsonld) get in the interop test and the JS benchmarks.
// It serves the contexts Cairn bundles from the npm packages that publish them (through the
// differential test's loader) and resolves did:key Ed25519 DIDs and their verification methods
// with @digitalbazaar/ed25519-multikey. Every other URL throws: nothing here touches the network,
// so a credential that needs anything else fails to verify instead of silently fetching it.
//
//   const {documentLoader, modules} = await makeInteropDocumentLoader(nodeModulesDir);

import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {importPackage} from '../differential/lib/npm_packages.mjs';
import {loadBundledContexts, makeOfflineDocumentLoader} from '../differential/lib/offline_document_loader.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_NODE_MODULES = path.join(here, '..', '..', 'node_modules');

const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const DID_KEY_PREFIX = 'did:key:';

// The reference packages, imported from nodeModulesDir (not wherever Node's resolution looks) so
// every script runs the pinned versions.
export async function importReferenceModules(nodeModulesDir = DEFAULT_NODE_MODULES) {
  const load = (name) => importPackage(nodeModulesDir, name);
  const [vc, dataIntegrity, rdfc, jcs, multikey, jsonld] = await Promise.all([
    load('@digitalbazaar/vc'),
    load('@digitalbazaar/data-integrity'),
    load('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    load('@digitalbazaar/eddsa-jcs-2022-cryptosuite'),
    load('@digitalbazaar/ed25519-multikey'),
    load('jsonld'),
  ]);
  return {
    vc,
    DataIntegrityProof: dataIntegrity.DataIntegrityProof,
    // Per suite, the cryptosuite objects for signing and for verifying (the JCS package has two).
    cryptosuites: {
      'eddsa-rdfc-2022': {sign: rdfc.cryptosuite, verify: rdfc.cryptosuite},
      'eddsa-jcs-2022': {sign: jcs.createSignCryptosuite(), verify: jcs.createVerifyCryptosuite()},
    },
    Ed25519Multikey: multikey,
    jsonld,
  };
}

// The DID document of an Ed25519 did:key (did:key:z6Mk...), whose one verification method is
// `<did>#<multibase key>`, as the did:key method specifies. Throws for any other key type or a
// malformed key: Ed25519Multikey.from checks the multicodec header and the length.
async function resolveDidKey(did, Ed25519Multikey) {
  const publicKeyMultibase = did.slice(DID_KEY_PREFIX.length);
  if (!publicKeyMultibase.startsWith('z6Mk')) {
    throw new Error(`offline document loader: ${did} is not an Ed25519 did:key`);
  }
  const key = await Ed25519Multikey.from({
    type: 'Multikey',
    id: `${did}#${publicKeyMultibase}`,
    controller: did,
    publicKeyMultibase,
  });
  const verificationMethod = await key.export({publicKey: true, includeContext: false});
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: [verificationMethod],
    authentication: [verificationMethod.id],
    assertionMethod: [verificationMethod.id],
    capabilityDelegation: [verificationMethod.id],
    capabilityInvocation: [verificationMethod.id],
  };
}

// Returns {documentLoader, modules}: the loader, and the reference modules it was built with
// (see importReferenceModules) so callers use one set of package instances.
export async function makeInteropDocumentLoader(nodeModulesDir = DEFAULT_NODE_MODULES) {
  const modules = await importReferenceModules(nodeModulesDir);
  const contextLoader = makeOfflineDocumentLoader(await loadBundledContexts(nodeModulesDir));
  const didDocuments = new Map();

  async function documentLoader(url) {
    if (!url.startsWith(DID_KEY_PREFIX)) return contextLoader(url);
    const [did, fragment] = url.split('#');
    if (!didDocuments.has(did)) {
      didDocuments.set(did, await resolveDidKey(did, modules.Ed25519Multikey));
    }
    const didDocument = didDocuments.get(did);
    if (fragment === undefined) {
      return {contextUrl: null, documentUrl: url, document: structuredClone(didDocument)};
    }
    const method = didDocument.verificationMethod.find((candidate) => candidate.id === url);
    if (!method) {
      throw new Error(`offline document loader: ${did} has no verification method #${fragment}`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: {'@context': MULTIKEY_CONTEXT, ...structuredClone(method)},
    };
  }
  return {documentLoader, modules};
}
