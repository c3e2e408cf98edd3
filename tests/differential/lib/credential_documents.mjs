// Documents shaped like the ones Cairn signs and verifies, over the bundled contexts: Open Badges
// 3.0 credentials on VC 2.0 (with Data Integrity proofs, proof sets and chains, bitstring status
// entries, evidence, results, alignments), VC 1.1 credentials with Ed25519Signature2020 proofs,
// verifiable presentations (credentials inside named graphs), bitstring status list credentials
// and DID documents with Multikey or Ed25519VerificationKey2020 keys. Values are random; some
// documents add an inline extension context or issuer-specific properties.

import {buildContext} from './context_builder.mjs';
import {NodeGenerator} from './node_generator.mjs';
import {Scope} from './scope.mjs';
// clang-format off
import {
  randomDateTime, randomIri, randomLanguageTag, randomNumber, randomString, randomWord, uuid,
} from './values.mjs';
// clang-format on

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const OB_V1_ERA = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
];
const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2';
const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
const MULTIKEY = 'https://w3id.org/security/multikey/v1';
const DID_V1 = 'https://www.w3.org/ns/did/v1';
const STATUS_LIST = 'https://www.w3.org/ns/credentials/status/v1';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function multibase(random, length) {
  let text = 'z';
  for (let i = 0; i < length; ++i) text += BASE58[random.int(0, BASE58.length - 1)];
  return text;
}

function didKey(random) {
  return 'did:key:z6Mk' + multibase(random, 44).slice(1);
}

export function buildCredentialDocument(random, features) {
  const template = random.weighted([
    [6, 'ob3-v2'],
    [2, 'vc-v1'],
    [1.5, 'presentation-v2'],
    [1, 'status-list-v2'],
    [1, 'did-document'],
  ]);
  features.add('credential:' + template);
  const builder = new CredentialBuilder(random, features);
  switch (template) {
    case 'ob3-v2':
      return builder.openBadgeV2();
    case 'vc-v1':
      return builder.credentialV1();
    case 'presentation-v2':
      return builder.presentationV2();
    case 'status-list-v2':
      return builder.statusListV2();
    case 'did-document':
      return builder.didDocument();
  }
  throw new Error(`unknown template ${template}`);
}

class CredentialBuilder {
  constructor(random, features) {
    this.random = random;
    this.features = features;
  }

  // An optional member: undefined (left out of the JSON text) or make()'s value.
  maybe(probability, make) {
    return this.random.chance(probability) ? make() : undefined;
  }

  // Issuer-specific data: terms of an inline extension context (whose names cannot collide with
  // the protected credential terms) or words under an inline @vocab. The v2 context in
  // @digitalbazaar/credentials-context has no @vocab of its own.
  extensionContext() {
    if (!this.random.chance(0.3)) return null;
    this.features.add('credential-extension-context');
    return buildContext(
        this.random,
        {is11: true, features: this.features, baseIri: null, allowBase: false, nameSuffix: 'X'});
  }

  // `scope` is what the credential's contexts define. The credential node itself is also under
  // the VerifiableCredential type-scoped context, which its nested nodes leave.
  extraProperties(target, scope) {
    if (!this.random.chance(0.3)) return target;
    const nodes = new NodeGenerator(this.random, this.features, {is11: true});
    nodes.budget = this.random.int(1, 6);
    const typed = scope.extend(new Scope({is11: true, hasBase: false}), {propagates: false});
    for (let i = this.random.int(1, 3); i > 0; --i) nodes.addProperty(target, typed, 2);
    return target;
  }

  name() {
    return this.random.weighted([
      [4, () => `${randomWord(this.random)} ${randomWord(this.random)}`],
      [1, () => randomString(this.random)],
      [
        1,
        () => ({'@value': randomString(this.random), '@language': randomLanguageTag(this.random)})
      ],
      [
        0.5, () => [{'@value': 'Teamwork', '@language': 'en'}, {
               '@value': 'Travail d’équipe',
               '@language': 'fr'
             }]
      ],
    ])();
  }

  profile() {
    const {random} = this;
    if (random.chance(0.3)) return random.chance(0.5) ? didKey(random) : randomIri(random);
    return ({
      id: random.chance(0.8) ?
          random.pick([didKey(random), `https://example.edu/issuers/${random.int(1, 99999)}`]) :
          undefined,
      type: random.pick(['Profile', ['Profile']]),
      name: this.name(),
      url: this.maybe(0.5, () => `https://example.edu/${randomWord(random)}`),
      email: this.maybe(0.3, () => `${randomWord(random)}@example.edu`),
      phone: this.maybe(0.1, () => `+1-555-${random.int(1000, 9999)}`),
      description: this.maybe(0.3, () => randomString(random)),
      image: this.maybe(0.3, () => this.image()),
      address: this.maybe(0.1, () => ({
                                 type: ['Address'],
                                 addressCountry: 'NZ',
                                 addressLocality: randomWord(random),
                                 geo: this.maybe(0.5, () => ({
                                                        type: 'GeoCoordinates',
                                                        latitude: randomNumber(random),
                                                        longitude: randomNumber(random)
                                                      })),
                               })),
    });
  }

  image() {
    const {random} = this;
    return ({
      id: random.chance(0.7) ?
          `https://example.edu/images/${random.int(1, 999)}.png` :
          'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk' +
              'YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      type: 'Image',
      caption: this.maybe(0.5, () => randomString(random)),
    });
  }

  achievement() {
    const {random} = this;
    return ({
      id: random.chance(0.85) ?
          `https://example.com/achievements/${randomWord(random)}/${random.int(1, 999)}` :
          undefined,
      type: random.pick([['Achievement'], 'Achievement']),
      name: this.name(),
      description: randomString(random),
      criteria: random.chance(0.8) ? {narrative: randomString(random)} :
                                     {id: `https://example.com/criteria/${random.int(1, 99)}`},
      achievementType: this.maybe(
          0.5, () => random.pick(['Badge', 'Certificate', 'MicroCredential', 'ext:Custom'])),
      creator: this.maybe(0.3, () => this.profile()),
      creditsAvailable: this.maybe(0.3, () => randomNumber(random)),
      fieldOfStudy: this.maybe(0.2, () => randomString(random)),
      humanCode:
          this.maybe(0.2, () => `${randomWord(random).toUpperCase()}-${random.int(100, 999)}`),
      image: this.maybe(0.3, () => this.image()),
      inLanguage: this.maybe(0.2, () => randomLanguageTag(random)),
      tag: this.maybe(0.4, () => [randomWord(random), randomString(random)]),
      version: this.maybe(0.2, () => `${random.int(1, 3)}.${random.int(0, 9)}`),
      alignment: this.maybe(
          0.4,
          () => Array.from(
              {length: random.int(1, 3)},
              () => ({
                type: ['Alignment'],
                targetName: randomString(random),
                targetUrl: `https://esco.example/skill/${uuid(random)}`,
                targetFramework: this.maybe(0.5, () => 'ESCO'),
                targetCode: this.maybe(0.5, () => String(random.int(1, 9999))),
                targetType:
                    this.maybe(0.3, () => random.pick(['ceasn:Competency', 'CFItem', 'ext:Skill'])),
              }))),
      resultDescription: this.maybe(
          0.2, () => [({
                 id: `urn:uuid:${uuid(random)}`,
                 type: ['ResultDescription'],
                 name: 'Grade',
                 resultType: 'LetterGrade',
                 allowedValue: ['A', 'B', 'C'],
                 requiredValue: this.maybe(0.5, () => 'C'),
                 rubricCriterionLevel: this.maybe(0.3, () => [{
                                                         id: `urn:uuid:${uuid(random)}`,
                                                         type: ['RubricCriterionLevel'],
                                                         level: 'Mastery',
                                                         points: String(random.int(1, 10))
                                                       }]),
               })]),
    });
  }

  openBadgeSubject() {
    const {random} = this;
    return ({
      id: this.maybe(0.8, () => random.pick([
        didKey(random), `did:example:${random.hex(21)}`, `mailto:${randomWord(random)}@example.org`
      ])),
      type: random.pick([['AchievementSubject'], 'AchievementSubject']),
      achievement: this.achievement(),
      activityStartDate: this.maybe(0.2, () => randomDateTime(random)),
      creditsEarned: this.maybe(0.2, () => randomNumber(random)),
      identifier:
          this.maybe(0.3, () => [({
                            type: 'IdentityObject',
                            hashed: random.chance(0.5),
                            identityType: 'emailAddress',
                            identityHash: random.chance(0.5) ? `sha256$${random.hex(64)}` :
                                                               `${randomWord(random)}@example.org`,
                            salt: this.maybe(0.5, () => random.hex(8)),
                          })]),
      result:
          this.maybe(0.3, () => [({
                            type: ['Result'],
                            value: random.pick(['A', 'B', '87', 'pass']),
                            status: this.maybe(0.5, () => 'Completed'),
                            resultDescription: this.maybe(0.3, () => `urn:uuid:${uuid(random)}`),
                          })]),
      source: this.maybe(0.1, () => this.profile()),
    });
  }

  dataIntegrityProof(cryptosuite = 'eddsa-rdfc-2022') {
    const {random} = this;
    return ({
      id: this.maybe(0.2, () => `urn:uuid:${uuid(random)}`),
      type: 'DataIntegrityProof',
      cryptosuite,
      created: randomDateTime(random),
      expires: this.maybe(0.1, () => randomDateTime(random)),
      verificationMethod: `${didKey(random)}#z6Mk${random.hex(8)}`,
      proofPurpose: random.pick(['assertionMethod', 'assertionMethod', 'authentication']),
      challenge: this.maybe(0.1, () => random.hex(16)),
      domain: this.maybe(0.1, () => 'https://verifier.example'),
      proofValue: multibase(random, 86),
    });
  }

  proofV2() {
    const {random} = this;
    const form = random.weighted([[6, 'single'], [1.5, 'set'], [1, 'chain']]);
    this.features.add('proof:' + form);
    if (form === 'single')
      return this.dataIntegrityProof(
          random.pick(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'ecdsa-rdfc-2019']));
    const first = this.dataIntegrityProof();
    const second = this.dataIntegrityProof();
    if (form === 'chain') {
      first.id = `urn:uuid:${uuid(random)}`;
      second.previousProof = first.id;
    }
    return [first, second];
  }

  statusEntry() {
    const {random} = this;
    const list = `https://example.com/status/${random.int(1, 9)}`;
    const index = random.int(0, 131071);
    return {
      id: `${list}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: random.pick(['revocation', 'suspension']),
      statusListIndex: String(index),
      statusListCredential: list,
    };
  }

  v2Scope(extension, vocab) {
    const base = new Scope({
      is11: true,
      hasBase: false,
      vocab: Boolean(vocab),
      aliases: {'@id': 'id', '@type': 'type'}
    });
    return extension ? base.extend(extension.scope) : base;
  }

  inlineVocab() {
    return this.random.chance(0.3) ? {'@vocab': 'https://example.org/ext#'} : null;
  }

  openBadgeV2() {
    const {random} = this;
    const extension = this.extensionContext();
    const vocab = this.inlineVocab();
    const context = [V2, OB_303];
    if (random.chance(0.15)) context.push(DATA_INTEGRITY_V2);
    if (extension) context.push(extension.context);
    if (vocab) context.push(vocab);
    const credential = ({
      '@context': context,
      id: this.maybe(0.9, () => random.pick([
        `urn:uuid:${uuid(random)}`, `http://example.com/credentials/${random.int(1, 9999)}`
      ])),
      type: ['VerifiableCredential', random.pick(['OpenBadgeCredential', 'AchievementCredential'])],
      name: this.maybe(0.7, () => this.name()),
      description: this.maybe(0.3, () => randomString(random)),
      issuer: this.profile(),
      validFrom: randomDateTime(random),
      validUntil: this.maybe(0.2, () => randomDateTime(random)),
      awardedDate: this.maybe(0.2, () => randomDateTime(random)),
      credentialSubject: this.openBadgeSubject(),
      credentialStatus: this.maybe(0.3, () => this.statusEntry()),
      // A real-world drop: no bundled context defines this type, so it is a relative IRI.
      credentialSchema:
          this.maybe(0.1, () => [{
                            id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/' +
                                'ob_v3p0_achievementcredential_schema.json',
                            type: '1EdTechJsonSchemaValidator2019'
                          }]),
      evidence: this.maybe(
          0.2, () => [({
                 id: this.maybe(0.5, () => `https://example.com/evidence/${random.int(1, 999)}`),
                 type: ['Evidence'],
                 narrative: randomString(random),
                 name: this.maybe(0.5, () => this.name()),
                 genre: this.maybe(0.3, () => 'Project'),
               })]),
      termsOfUse: this.maybe(
          0.05,
          () => ({type: 'ext:Policy', id: `https://example.com/policies/${random.int(1, 9)}`})),
      proof: this.maybe(0.7, () => this.proofV2()),
    });
    this.features.add('bundled-context');
    if (!extension && !vocab) return credential;
    return this.extraProperties(credential, this.v2Scope(extension, vocab));
  }

  credentialV1() {
    const {random} = this;
    const context = [V1];
    const withOpenBadges = random.chance(0.5);
    if (withOpenBadges) context.push(random.pick(OB_V1_ERA));
    context.push(ED25519_2020);
    const vocab = this.inlineVocab();
    if (vocab) context.push(vocab);
    const subject = withOpenBadges ? this.v1OpenBadgeSubject() : ({
      id: didKey(random),
      [vocab ? 'degree' : 'https://example.org/ext#degree']:
          {type: 'https://example.org/ext#BachelorDegree', 'https://schema.org/name': this.name()}
    });
    const credential = ({
      '@context': context,
      id: `urn:uuid:${uuid(random)}`,
      type: withOpenBadges ? ['VerifiableCredential', 'OpenBadgeCredential'] :
                             ['VerifiableCredential'],
      issuer: withOpenBadges ? this.v1Issuer() : didKey(random),
      issuanceDate: randomDateTime(random),
      expirationDate: this.maybe(0.2, () => randomDateTime(random)),
      credentialSubject: subject,
      proof: this.maybe(0.7, () => ({
                               type: 'Ed25519Signature2020',
                               created: randomDateTime(random),
                               verificationMethod: `${didKey(random)}#z6Mk${random.hex(8)}`,
                               proofPurpose: 'assertionMethod',
                               proofValue: multibase(random, 86),
                             })),
    });
    this.features.add('bundled-context');
    if (!vocab) return credential;
    return this.extraProperties(credential, new Scope({is11: true, hasBase: false, vocab: true}));
  }

  v1Issuer() {
    const {random} = this;
    return ({
      id: `https://example.edu/issuers/${random.int(1, 99999)}`,
      type: ['Profile'],
      name: this.name(),
      url: this.maybe(0.5, () => `https://example.edu/${randomWord(random)}`),
      image: this.maybe(0.3, () => this.image()),
    });
  }

  v1OpenBadgeSubject() {
    const {random} = this;
    return {
      id: `did:example:${random.hex(21)}`,
      type: ['AchievementSubject'],
      achievement: ({
        id: `https://example.com/achievements/${random.int(1, 999)}`,
        type: ['Achievement'],
        name: this.name(),
        description: randomString(random),
        criteria: {narrative: randomString(random)},
        image: this.maybe(0.3, () => this.image()),
      }),
    };
  }

  presentationV2() {
    const {random} = this;
    const credentials = Array.from({length: random.int(1, 2)}, () => {
      const credential = this.openBadgeV2();
      return credential;
    });
    this.features.add('verifiable-presentation');
    return ({
      '@context': [V2, OB_303],
      id: this.maybe(0.5, () => `urn:uuid:${uuid(random)}`),
      type: 'VerifiablePresentation',
      holder: this.maybe(0.7, () => didKey(random)),
      verifiableCredential: credentials.length === 1 && random.chance(0.5) ? credentials[0] :
                                                                             credentials,
      proof: this.maybe(0.6, () => this.dataIntegrityProof()),
    });
  }

  statusListV2() {
    const {random} = this;
    const context = random.chance(0.3) ? [V2, STATUS_LIST] : [V2];
    this.features.add('status-list-credential');
    return ({
      '@context': context,
      id: `https://example.com/status/${random.int(1, 9)}`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: didKey(random),
      validFrom: randomDateTime(random),
      credentialSubject: {
        id: `https://example.com/status/${random.int(1, 9)}#list`,
        type: 'BitstringStatusList',
        statusPurpose: random.pick(['revocation', 'suspension']),
        encodedList: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
        ttl: this.maybe(0.3, () => random.int(1000, 100000)),
      },
      proof: this.maybe(0.6, () => this.dataIntegrityProof()),
    });
  }

  didDocument() {
    const {random} = this;
    const did = didKey(random);
    const useMultikey = random.chance(0.6);
    const keyId = `${did}#${did.slice('did:key:'.length)}`;
    const key = useMultikey ?
        {id: keyId, type: 'Multikey', controller: did, publicKeyMultibase: multibase(random, 47)} :
        {
          id: keyId,
          type: 'Ed25519VerificationKey2020',
          controller: did,
          publicKeyMultibase: multibase(random, 47)
        };
    this.features.add('did-document');
    return ({
      '@context': [DID_V1, useMultikey ? MULTIKEY : ED25519_2020],
      id: did,
      alsoKnownAs: this.maybe(0.2, () => [`https://example.com/${randomWord(random)}`]),
      verificationMethod: [key],
      authentication: [keyId],
      assertionMethod: random.chance(0.5) ? [keyId] : [key],
      capabilityDelegation: this.maybe(0.3, () => [keyId]),
      // A real-world drop: the DID v1 context does not define LinkedDomains.
      service: this.maybe(0.2, () => [{
                                 id: `${did}#linked`,
                                 type: 'LinkedDomains',
                                 serviceEndpoint: 'https://example.com/'
                               }]),
    });
  }
}
