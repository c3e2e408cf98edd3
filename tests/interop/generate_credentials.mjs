#!/usr/bin/env node
// Generates varied, valid Open Badges 3.0 AchievementCredentials (VC 2.0 + OB 3.0.3 contexts) for
// the interop test, as a pure function of (count, seed, issuer): names and descriptions in many
// scripts (Latin with diacritics, CJK, Arabic and Hebrew, Devanagari, Tamil, Thai, Ethiopic,
// Georgian, Cyrillic, Greek), emoji and combining marks, escapes JSON and N-Quads must keep,
// floating-point numbers, nested results with rubric levels and alignments, evidence, and
// endorsements as embedded EndorsementCredentials signed by JS-held endorser keys.
// It also holds the two edits the test applies to signed credentials: change one value, reorder
// keys.
//
//   node generate_credentials.mjs --count N --seed S --issuer DID [--out FILE.jsonl]
//                                 [--endorsements yes|no] [--node-modules DIR]
// writes one unsigned credential per line (stdout without --out).

import fs from 'node:fs';
import {fileURLToPath} from 'node:url';

import {Random} from '../differential/lib/random.mjs';

import {DEFAULT_NODE_MODULES, makeInteropDocumentLoader} from './document_loader.mjs';
import {makeJsKey, signWithJs} from './js_signer.mjs';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_303_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ENDORSER_COUNT = 3;

// [language tag, achievement name, a sentence] in the script of each language.
const TEXTS = [
  ['en', 'Foundations of Data Analysis', 'Awarded for completing every module with distinction.'],
  [
    'de', 'Grundlagen der Datenanalyse – Prüfung',
    'Verliehen für die Übung „Größe & Maß“ an der Straße.'
  ],
  ['fr', 'Maîtrise de la cuisine française', 'Délivré à l’élève qui a réussi l’épreuve pratique.'],
  ['es', 'Diseño de interfaces accesibles', '¿Qué aprendió el niño este año? ¡Mucho!'],
  ['pt', 'Certificação em Programação Funcional', 'Concedido após a conclusão do módulo avançado.'],
  ['tr', 'İleri Düzey Türkçe', 'Işık ve ğ harfleri: büyük/küçük harf dönüşümü sınavı.'],
  ['pl', 'Zaświadczenie o ukończeniu kursu', 'Źdźbło trawy, żółć i gęślą jaźń.'],
  ['vi', 'Chứng chỉ Tiếng Việt', 'Được cấp cho học viên hoàn thành khóa học.'],
  ['ja', '日本語能力試験 合格証', 'すべての課題を優秀な成績で修了したことを証明します。'],
  ['zh', '数据科学基础证书', '授予完成全部课程并通过考核的学员。'],
  ['ko', '한국어 능력 인증', '모든 과정을 우수한 성적으로 수료하였음을 증명합니다.'],
  ['ar', 'شهادة إتمام دورة البرمجة', 'تُمنح هذه الشهادة للمتدرب الذي أتمّ جميع الوحدات بنجاح.'],
  ['he', 'תעודת הצטיינות במתמטיקה', 'ניתנת לתלמיד שהשלים את כל המטלות בהצלחה.'],
  ['hi', 'डेटा विज्ञान प्रमाणपत्र', 'सभी मॉड्यूल सफलतापूर्वक पूरा करने पर प्रदान किया गया।'],
  ['ta', 'தமிழ் மொழி சான்றிதழ்', 'அனைத்து பாடங்களையும் வெற்றிகரமாக முடித்தவருக்கு வழங்கப்படுகிறது.'],
  ['th', 'ประกาศนียบัตรการเขียนโปรแกรม', 'มอบให้แก่ผู้ที่ผ่านการทดสอบทุกหน่วย'],
  ['am', 'የኮምፒውተር ሳይንስ ሰርተፍኬት', 'ሁሉንም ሞጁሎች በተሳካ ሁኔታ ላጠናቀቀ ተሰጥቷል።'],
  ['ka', 'ქართული ენის სერტიფიკატი', 'გაიცემა ყველა მოდულის წარმატებით დასრულებისთვის.'],
  ['ru', 'Сертификат о прохождении курса', 'Выдан за успешное завершение всех модулей.'],
  [
    'el', 'Πιστοποιητικό Ελληνικής Γλώσσας',
    'Απονέμεται για την επιτυχή ολοκλήρωση όλων των ενοτήτων.'
  ],
];

// Strings that stress serialization: astral-plane emoji, ZWJ sequences, combining marks (which
// must not be normalized), bidi controls, line separators, and characters JSON and N-Quads
// escape differently.
const AWKWARD_TEXTS = [
  'Top learner 🎓🏅 — 👩🏽‍💻 coding streak',
  'Cafe\u0301 (decomposed) vs Café (precomposed)',
  'Quotes "double" and \'single\', back\\slash, tab\there',
  'Line one\nLine two\r\nLine three',
  'Separators\u2028and\u2029paragraphs',
  'Bidi \u202Eright-to-left override\u202C and \u200Fmark',
  'Control \u0001\u001F and delete \u007F characters',
  'Music 𝄞 and math 𝔸𝔹ℂ, CJK ext B 𠀋',
  'Zero width\u200Bspace and BOM\uFEFFinside',
  '<script>alert("x")</script> & ampersand',
];

const ACHIEVEMENT_TYPES = [
  'Badge', 'Certificate', 'Course', 'Competency', 'Diploma', 'MicroCredential', 'License', 'Degree',
  'Achievement', 'Assessment'
];
const RESULT_TYPES = [
  'LetterGrade', 'Percent', 'RubricCriterionLevel', 'Status', 'PerformanceLevel',
  'GradePointAverage', 'RawScore', 'ScaledScore'
];
const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion',
  'CFRubricCriterionLevel', 'CTDL'
];
const EVIDENCE_GENRES = ['Portfolio', 'Project', 'Essay', 'Video recording', 'Exam transcript'];
const HOSTS =
    ['example.edu', 'badges.example.org', 'university.example', '例え.jp', 'académie.example.fr'];

class CredentialGenerator {
  constructor(random, issuerDid, endorsers) {
    this.random = random;
    this.issuerDid = issuerDid;
    this.endorsers = endorsers;
    this.serial = 0;
  }

  text() {
    return this.random.chance(0.12) ? this.random.pick(AWKWARD_TEXTS) : this.random.pick(TEXTS)[2];
  }

  name() {
    return this.random.chance(0.1) ? this.random.pick(AWKWARD_TEXTS) : this.random.pick(TEXTS)[1];
  }

  uuid() {
    const r = this.random;
    return `urn:uuid:${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${
        r.hex(3)}-${r.hex(12)}`;
  }

  url(kind) {
    return `https://${this.random.pick(HOSTS)}/${kind}/${++this.serial}${this.random.hex(4)}`;
  }

  // An XSD dateTime between 2019 and 2025: UTC with or without milliseconds, or the same instant
  // written with a whole-hour offset.
  pastDateTime() {
    const ms = Date.UTC(2019, 0, 1) + this.random.int(0, 6 * 365) * 86400000 +
        this.random.int(0, 86399) * 1000;
    const choice = this.random.next();
    if (choice < 0.6) return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (choice < 0.85) return new Date(ms).toISOString();
    const hours = this.random.pick([-8, -5, 1, 2, 9]);
    const local = new Date(ms + hours * 3600000).toISOString().slice(0, 19);
    const sign = hours < 0 ? '-' : '+';
    return `${local}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  }

  futureDateTime() {
    return `${this.random.int(2090, 2120)}-0${this.random.int(1, 9)}-1${this.random.int(0, 9)}T${
        String(this.random.int(0, 23)).padStart(2, '0')}:00:00Z`;
  }

  float(low, high, step) {
    return low + this.random.int(0, Math.round((high - low) / step)) * step;
  }

  image(kind) {
    const image = {id: `${this.url(kind)}.png`, type: 'Image'};
    if (this.random.chance(0.5)) image.caption = this.name();
    return image;
  }

  profile(id, {rich}) {
    const profile = {id, type: ['Profile'], name: this.name()};
    if (!rich) return profile;
    const r = this.random;
    if (r.chance(0.7)) profile.url = `https://${r.pick(HOSTS)}/`;
    if (r.chance(0.5)) profile.email = `registrar${r.int(1, 99)}@example.edu`;
    if (r.chance(0.4)) profile.phone = `+1-555-01${r.int(10, 99)}`;
    if (r.chance(0.5)) profile.description = this.text();
    if (r.chance(0.4)) profile.image = this.image('logos');
    if (r.chance(0.3)) profile.official = this.name();
    if (r.chance(0.4)) {
      profile.address = {
        type: ['Address'],
        addressCountry: r.pick(['Deutschland', '日本', 'France', 'Ελλάδα', 'مصر']),
        addressCountryCode: r.pick(['DE', 'JP', 'FR', 'GR', 'EG']),
        addressLocality: r.pick(['München', '東京', 'Besançon', 'Θεσσαλονίκη', 'القاهرة']),
        postalCode: String(r.int(10000, 99999)),
        streetAddress: `${r.int(1, 300)} ${r.pick(['Königstraße', 'Rue de l’Église', 'Main St'])}`,
      };
      if (r.chance(0.6)) {
        profile.address.geo = {
          type: 'GeoCoordinates',
          latitude: this.float(-90, 90, 0.0001),
          longitude: this.float(-180, 180, 0.000001),
        };
      }
    }
    if (r.chance(0.3)) {
      profile.otherIdentifier = [{
        type: 'IdentifierEntry',
        identifier: `${r.int(100000, 999999)}`,
        identifierType: r.pick(['sourcedId', 'systemId', 'nationalIdentityNumber', 'ltiUserId']),
      }];
    }
    if (r.chance(0.2)) profile.parentOrg = this.profile(this.url('orgs'), {rich: false});
    return profile;
  }

  alignment() {
    const r = this.random;
    const alignment = {
      type: ['Alignment'],
      targetName: this.name(),
      targetUrl: this.url('frameworks')
    };
    if (r.chance(0.6)) alignment.targetDescription = this.text();
    if (r.chance(0.5)) alignment.targetFramework = r.pick(['ESCO', 'O*NET', 'CASE', 'DigComp 2.2']);
    if (r.chance(0.5))
      alignment.targetCode = `${r.pick(['S', 'K', 'T'])}${r.int(1, 9)}.${r.int(0, 99)}`;
    if (r.chance(0.5)) alignment.targetType = r.pick(ALIGNMENT_TARGET_TYPES);
    return alignment;
  }

  list(low, high, make) {
    return Array.from({length: this.random.int(low, high)}, make);
  }

  resultDescription(achievementId, index) {
    const r = this.random;
    const description = {
      id: `${achievementId}#result-${index}`,
      type: ['ResultDescription'],
      name: this.name(),
      resultType: r.pick(RESULT_TYPES),
    };
    if (r.chance(0.4))
      description.allowedValue = r.sample(['A', 'B', 'C', 'D', 'E', 'F'], r.int(2, 6));
    if (r.chance(0.3)) description.requiredValue = r.pick(['C', 'Pass', '60']);
    if (r.chance(0.3)) {
      description.valueMin = '0';
      description.valueMax = String(r.int(10, 100));
    }
    if (r.chance(0.3)) description.alignment = this.list(1, 2, () => this.alignment());
    if (r.chance(0.5)) {
      description.rubricCriterionLevel = this.list(2, 4, (_, level) => {
        const criterion = {
          id: `${achievementId}#result-${index}-level-${level}`,
          type: ['RubricCriterionLevel'],
          name: this.name(),
          level: r.pick(['Novice', 'Competent', 'Proficient', 'Expert', 'Anfänger', '上級']),
        };
        if (r.chance(0.6)) criterion.description = this.text();
        if (r.chance(0.6)) criterion.points = String(level * 5);
        if (r.chance(0.3)) criterion.alignment = [this.alignment()];
        return criterion;
      });
      description.requiredLevel = description.rubricCriterionLevel[0].id;
    }
    return description;
  }

  result(description) {
    const r = this.random;
    const result = {type: ['Result'], resultDescription: description.id};
    if (description.rubricCriterionLevel) {
      result.achievedLevel = r.pick(description.rubricCriterionLevel).id;
    }
    if (description.allowedValue)
      result.value = r.pick(description.allowedValue);
    else if (r.chance(0.6))
      result.value = String(r.int(0, 100));
    if (r.chance(0.4))
      result.status = r.pick(
          ['Completed', 'Enrolled', 'InProgress', 'OnHold', 'Failed', 'Provisional', 'Withdrew']);
    if (r.chance(0.2)) result.alignment = [this.alignment()];
    return result;
  }

  achievement() {
    const r = this.random;
    const [language, name, sentence] = r.pick(TEXTS);
    const id = this.url('achievements');
    const achievement = {
      id,
      type: ['Achievement'],
      name: r.chance(0.1) ? r.pick(AWKWARD_TEXTS) : name,
      description: sentence,
      criteria: r.chance(0.3) ? {id: this.url('criteria')} : {
        narrative: `# ${name}\n\n1. ${this.text()}\n2. ${this.text()}\n\n*${language}*`,
      },
    };
    if (r.chance(0.8)) achievement.achievementType = r.pick(ACHIEVEMENT_TYPES);
    if (r.chance(0.7)) achievement.image = this.image('badges');
    if (r.chance(0.5)) achievement.inLanguage = language;
    if (r.chance(0.4)) achievement.creditsAvailable = this.float(0, 12, 0.5);
    if (r.chance(0.3)) achievement.fieldOfStudy = this.name();
    if (r.chance(0.3))
      achievement.humanCode = `${r.pick(['CS', 'MATH', 'LANG'])}-${r.int(100, 499)}`;
    if (r.chance(0.3)) achievement.version = `${r.int(1, 3)}.${r.int(0, 9)}`;
    if (r.chance(0.3)) achievement.specialization = this.name();
    if (r.chance(0.5)) {
      achievement.tag =
          r.sample(['data', 'データ', 'بيانات', 'python', 'équipe', 'ορθογραφία'], r.int(1, 4));
    }
    if (r.chance(0.5)) achievement.alignment = this.list(1, 3, () => this.alignment());
    if (r.chance(0.6)) {
      achievement.resultDescription =
          this.list(1, 3, (_, index) => this.resultDescription(id, index));
    }
    if (r.chance(0.3)) achievement.creator = this.profile(this.issuerDid, {rich: false});
    if (r.chance(0.2)) {
      achievement.related = [{
        id: this.url('achievements'),
        type: ['Related'],
        inLanguage: r.pick(TEXTS)[0],
        version: '1.0'
      }];
    }
    if (r.chance(0.2)) {
      achievement.otherIdentifier =
          [{type: 'IdentifierEntry', identifier: r.hex(10), identifierType: 'identifier'}];
    }
    return achievement;
  }

  identityObject() {
    const r = this.random;
    const hashed = r.chance(0.5);
    const identity = {
      type: 'IdentityObject',
      hashed,
      identityHash: hashed ? `sha256$${r.hex(64)}` : `learner${r.int(1, 9999)}@example.edu`,
      identityType: r.pick(['emailAddress', 'sourcedId', 'lisSourcedId', 'identifier']),
    };
    if (hashed && r.chance(0.7)) identity.salt = r.hex(16);
    return identity;
  }

  subject() {
    const r = this.random;
    const achievement = this.achievement();
    const subject = {type: ['AchievementSubject'], achievement};
    if (r.chance(0.7))
      subject.id = r.chance(0.5) ? `did:example:learner-${r.hex(12)}` : this.uuid();
    if (!subject.id || r.chance(0.3))
      subject.identifier = this.list(1, 2, () => this.identityObject());
    if (achievement.resultDescription) {
      subject.result = achievement.resultDescription.map((description) => this.result(description));
    } else if (r.chance(0.3)) {
      subject.result = [{type: ['Result'], status: 'Completed'}];
    }
    if (r.chance(0.4)) subject.creditsEarned = this.float(0, 12, 0.25);
    if (r.chance(0.4)) {
      // xsd:dateTime, as the OB 3.0 data model and JSON schema say (the 3.0.3 context's xsd:date
      // coercion notwithstanding).
      subject.activityStartDate = `202${r.int(0, 2)}-0${r.int(1, 9)}-1${r.int(0, 9)}T08:00:00Z`;
      subject.activityEndDate = `202${r.int(3, 4)}-0${r.int(1, 9)}-2${r.int(0, 8)}T17:30:00Z`;
    }
    if (r.chance(0.3)) subject.term = r.pick(['Fall 2023', 'Sommersemester 2024', '2024年度 前期']);
    if (r.chance(0.2)) subject.role = r.pick(['Student', 'Mentor', 'Teilnehmerin']);
    if (r.chance(0.1)) subject.licenseNumber = `LIC-${r.int(1000, 9999)}`;
    if (r.chance(0.2)) subject.image = this.image('portraits');
    if (r.chance(0.2)) subject.source = this.profile(this.url('orgs'), {rich: false});
    return subject;
  }

  evidence() {
    const r = this.random;
    const evidence = {type: ['Evidence']};
    if (r.chance(0.6)) evidence.id = this.url('evidence');
    if (r.chance(0.8)) evidence.name = this.name();
    if (r.chance(0.6)) evidence.description = this.text();
    if (r.chance(0.6)) evidence.narrative = this.text();
    if (r.chance(0.5)) evidence.genre = r.pick(EVIDENCE_GENRES);
    if (r.chance(0.4)) evidence.audience = r.pick(['Employers', 'Arbeitgeber', '雇用主']);
    return evidence;
  }

  // An unsigned EndorsementCredential about `subjectId`; the caller signs it.
  endorsement(subjectId, endorser) {
    return {
      '@context': [VC_V2_CONTEXT, OB_303_CONTEXT],
      id: this.uuid(),
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: {id: endorser.did, type: ['Profile'], name: this.name()},
      validFrom: this.pastDateTime(),
      name: `Endorsement: ${this.name()}`,
      credentialSubject: {
        id: subjectId,
        type: ['EndorsementSubject'],
        endorsementComment: this.text(),
      },
    };
  }

  // Returns {credential, endorsementsToSign: [{holder, index, endorser, suite, created}]}.
  credential() {
    const r = this.random;
    const subject = this.subject();
    const credential = {
      '@context': [VC_V2_CONTEXT, OB_303_CONTEXT],
      id: this.uuid(),
      type: ['VerifiableCredential', r.pick(['OpenBadgeCredential', 'AchievementCredential'])],
      issuer: this.profile(this.issuerDid, {rich: true}),
      validFrom: this.pastDateTime(),
      name: subject.achievement.name,
      credentialSubject: subject,
    };
    if (r.chance(0.5)) credential.description = this.text();
    if (r.chance(0.4)) credential.validUntil = this.futureDateTime();
    if (r.chance(0.3)) credential.awardedDate = credential.validFrom;
    if (r.chance(0.5)) credential.evidence = this.list(1, 3, () => this.evidence());
    const pending = [];
    const endorse = (holder, subjectId) => {
      holder.endorsement = this.list(1, 2, () => {
        const endorser = r.pick(this.endorsers);
        pending.push({
          holder,
          index: pending.filter((entry) => entry.holder === holder).length,
          endorser,
          suite: r.chance(0.25) ? 'eddsa-jcs-2022' : 'eddsa-rdfc-2022',
          created: this.pastDateTime(),
        });
        return this.endorsement(subjectId, endorser);
      });
    };
    if (this.endorsers.length > 0 && r.chance(0.4)) endorse(credential, credential.id);
    if (this.endorsers.length > 0 && r.chance(0.2)) {
      endorse(subject.achievement, subject.achievement.id);
    }
    return {credential, pending};
  }
}

// The JS-held endorser keys of a corpus (the same for every seed).
export async function makeEndorsers(modules) {
  return Promise.all(
      Array.from({length: ENDORSER_COUNT}, (_, index) => makeJsKey(modules, `endorser-${index}`)));
}

// Returns `count` unsigned credentials issued by issuerDid, their embedded endorsements signed
// (none when `endorsements` is false).
export async function generateCredentials(
    {count, seed, issuerDid, modules, documentLoader, endorsements = true}) {
  const endorsers = endorsements ? await makeEndorsers(modules) : [];
  const random = new Random(seed);
  const credentials = [];
  for (let i = 0; i < count; ++i) {
    const generator = new CredentialGenerator(random.fork(), issuerDid, endorsers);
    const {credential, pending} = generator.credential();
    for (const {holder, index, endorser, suite, created} of pending) {
      holder.endorsement[index] = await signWithJs(
          modules, documentLoader, endorser, holder.endorsement[index], {suite, created});
    }
    credentials.push(credential);
  }
  return credentials;
}

// Every scalar leaf outside @context as {parent, key, path}.
function scalarLeaves(value, path = '', leaves = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item !== null && typeof item === 'object')
        scalarLeaves(item, `${path}[${index}]`, leaves);
      else
        leaves.push({parent: value, key: index, path: `${path}[${index}]`});
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '@context') continue;
      if (item !== null && typeof item === 'object')
        scalarLeaves(item, `${path}.${key}`, leaves);
      else
        leaves.push({parent: value, key, path: `${path}.${key}`});
    }
  }
  return leaves;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

// A different value of the same kind and, where it matters, the same shape: dates move one day
// earlier (still valid), numbers and booleans change, other strings get their last ASCII letter
// or digit (else their last code point) replaced, so IRIs stay IRIs.
function changedValue(value) {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return Number.isInteger(value) ? value + 1 : value + 0.25;
  if (value === '') return 'x';
  const date = DATE_PREFIX.exec(value);
  if (date) {
    const earlier = new Date(Date.UTC(+date[1], +date[2] - 1, +date[3]) - 86400000);
    return earlier.toISOString().slice(0, 10) + value.slice(10);
  }
  const match = /[A-Za-z0-9](?=[^A-Za-z0-9]*$)/.exec(value);
  if (match) {
    const c = match[0];
    const replacement = /\d/.test(c) ? String((+c + 1) % 10) :
        c === 'z'                    ? 'a' :
        c === 'Z'                    ? 'A' :
                                       String.fromCharCode(c.charCodeAt(0) + 1);
    return value.slice(0, match.index) + replacement + value.slice(match.index + 1);
  }
  const codePoints = [...value];
  const last = codePoints.pop().codePointAt(0);
  const next = last + 1 >= 0xd800 && last + 1 <= 0xdfff ? 0x41 : last + 1;
  return codePoints.join('') + String.fromCodePoint(next);
}

// Returns {credential, path, from, to}: a copy of the credential with one randomly chosen scalar
// value (anywhere, the proof included, @context excepted) changed.
export function mutateSingleValue(credential, random) {
  const copy = structuredClone(credential);
  const leaf = random.pick(scalarLeaves(copy));
  const from = leaf.parent[leaf.key];
  const to = changedValue(from);
  leaf.parent[leaf.key] = to;
  return {credential: copy, path: leaf.path, from, to};
}

// A copy with every object's keys in a random order, recursively; arrays keep their order
// (in JSON-LD an array can be an ordered @list, and @context order is significant).
export function reorderKeys(value, random) {
  if (Array.isArray(value)) return value.map((item) => reorderKeys(item, random));
  if (value === null || typeof value !== 'object') return value;
  const keys = random.sample(Object.keys(value), Object.keys(value).length);
  return Object.fromEntries(keys.map((key) => [key, reorderKeys(value[key], random)]));
}

export function parseFlags(argv, defaults) {
  const options = {...defaults};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !(name in defaults) || i + 1 >= argv.length) {
      throw new Error(`unknown or incomplete argument ${argv[i]}`);
    }
    options[name] = typeof defaults[name] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return options;
}

export function readJsonLines(file) {
  return fs.readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
}

export function writeJsonLines(file, values) {
  const text = values.map((value) => JSON.stringify(value) + '\n').join('');
  if (file)
    fs.writeFileSync(file, text);
  else
    process.stdout.write(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseFlags(process.argv.slice(2), {
    'count': 300,
    'seed': 20261129,
    'issuer': '',
    'out': '',
    'endorsements': 'yes',
    'node-modules': DEFAULT_NODE_MODULES
  });
  if (!options.issuer) {
    console.error('usage: generate_credentials.mjs --count N --seed S --issuer DID [--out FILE]');
    process.exit(2);
  }
  const {documentLoader, modules} = await makeInteropDocumentLoader(options['node-modules']);
  const credentials = await generateCredentials({
    count: options.count,
    seed: options.seed,
    issuerDid: options.issuer,
    modules,
    documentLoader,
    endorsements: options.endorsements !== 'no'
  });
  writeJsonLines(options.out, credentials);
}
