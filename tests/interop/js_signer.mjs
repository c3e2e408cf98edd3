// Signing with the reference JavaScript stack: an Ed25519 key (did:key) derived from a label, and
// a credential signed by @digitalbazaar/vc `issue` with a DataIntegrityProof of the chosen
// cryptosuite. The key is a pure function of its label, so a corpus and its signatures are
// reproducible from the printed seed alone (Ed25519 signatures are deterministic).

import crypto from 'node:crypto';

export const SUITES = ['eddsa-rdfc-2022', 'eddsa-jcs-2022'];

// Returns {did, verificationMethod, signer} for the key whose 32-byte seed is SHA-256(label).
export async function makeJsKey(modules, label) {
  const seed =
      new Uint8Array(crypto.createHash('sha256').update(`cairn-interop:${label}`).digest());
  const probe = await modules.Ed25519Multikey.generate({seed});
  const did = `did:key:${probe.publicKeyMultibase}`;
  const key = await modules.Ed25519Multikey.generate({seed, controller: did});
  return {did, verificationMethod: key.id, signer: key.signer()};
}

// Returns the credential with a proof appended (the input is not modified). `created` is the
// proof's creation time (a Date or an XSD dateTime string); the default is now.
export async function signWithJs(
    modules, documentLoader, jsKey, credential, {suite = 'eddsa-rdfc-2022', created} = {}) {
  const cryptosuite = modules.cryptosuites[suite]?.sign;
  if (!cryptosuite) throw new Error(`unknown cryptosuite ${suite} (known: ${SUITES.join(', ')})`);
  const proofSuite =
      new modules.DataIntegrityProof({signer: jsKey.signer, date: created, cryptosuite});
  return modules.vc.issue(
      {credential: structuredClone(credential), suite: proofSuite, documentLoader});
}

// The verification suites: every cryptosuite, so credentials signed with either verify.
export function verificationSuites(modules) {
  return SUITES.map(
      (name) => new modules.DataIntegrityProof({cryptosuite: modules.cryptosuites[name].verify}));
}

// Returns {verified, error}: @digitalbazaar/vc verifyCredential with its default purpose,
// CredentialIssuancePurpose (an AssertionProofPurpose that also requires the verification
// method's controller to be the issuer). `now` fixes the validity-window clock when given.
export async function verifyWithJs(modules, documentLoader, credential, {now} = {}) {
  const result = await modules.vc.verifyCredential({
    credential,
    suite: verificationSuites(modules),
    documentLoader,
    now,
  });
  return {
    verified: result.verified === true,
    error: result.verified ? '' : describeFailure(result)
  };
}

// The first error message jsonld-signatures or vc reports, on one line.
function describeFailure(result) {
  const errors = [];
  if (result.error) errors.push(...(result.error.errors ?? [result.error]));
  for (const entry of result.results ?? []) {
    if (entry.error) errors.push(...(entry.error.errors ?? [entry.error]));
  }
  const message = errors.map((error) => error?.message ?? String(error)).find(Boolean);
  return (message ?? 'not verified').replace(/\s+/g, ' ');
}
