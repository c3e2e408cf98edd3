// Writes generated values as JSON text in varied but valid spellings, so the C++ JSON parser sees
// what real documents contain: \u escapes (astral characters as surrogate pairs), "\/", escaped
// letters in member names, numbers such as 1.0, 1E3 or -0.0 that JSON.stringify would never write,
// and several layouts of whitespace. The reference side parses the same text with JSON.parse, so
// both implementations always read identical bytes.

// A number written exactly as `text` (for spellings a JS number cannot carry, such as "1.0").
export class NumberText {
  constructor(text) {
    this.text = text;
  }
}

const SHORT_ESCAPES = new Map([
  ['"', '\\"'],
  ['\\', '\\\\'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

function unicodeEscape(codeUnit, upperCase) {
  const hex = codeUnit.toString(16).padStart(4, '0');
  return '\\u' + (upperCase ? hex.toUpperCase() : hex);
}

// style: {indent: string, newline: string, spaceAfterColon: bool, escapeNonAscii: probability,
//         escapeAscii: probability, escapeSolidus: probability}
export class JsonTextWriter {
  constructor(random, style) {
    this.random = random;
    this.style = style;
  }

  static randomStyle(random) {
    return random.weighted([
      [4, {indent: '  ', newline: '\n', spaceAfterColon: true}],
      [3, {indent: '', newline: '', spaceAfterColon: false}],
      [1, {indent: '\t', newline: '\r\n', spaceAfterColon: true}],
      [1, {indent: ' ', newline: '\n', spaceAfterColon: false}],
    ]);
  }

  write(value) {
    return this.#value(value, 0);
  }

  #value(value, depth) {
    if (value === null) return 'null';
    if (value instanceof NumberText) return value.text;
    switch (typeof value) {
      case 'boolean':
        return String(value);
      case 'number':
        if (!Number.isFinite(value)) throw new Error(`generator produced ${value}`);
        return JSON.stringify(value);
      case 'string':
        return this.#string(value, false);
      case 'object':
        return Array.isArray(value) ? this.#array(value, depth) : this.#object(value, depth);
      default:
        throw new Error(`generator produced a ${typeof value}`);
    }
  }

  #array(items, depth) {
    if (items.length === 0) return '[]';
    const inner = items.map((item) => this.#line(depth + 1) + this.#value(item, depth + 1));
    return '[' + inner.join(',') + this.#line(depth) + ']';
  }

  // Members whose value is undefined are left out, as JSON.stringify does.
  #object(object, depth) {
    const entries = Object.entries(object).filter(([, value]) => value !== undefined);
    if (entries.length === 0) return '{}';
    const colon = this.style.spaceAfterColon ? ': ' : ':';
    const inner = entries.map(
        ([key, value]) => this.#line(depth + 1) + this.#string(key, true) + colon +
            this.#value(value, depth + 1));
    return '{' + inner.join(',') + this.#line(depth) + '}';
  }

  #line(depth) {
    return this.style.newline + this.style.indent.repeat(depth);
  }

  #string(text, isMemberName) {
    const escapeNonAscii = this.style.escapeNonAscii ?? 0;
    const escapeAscii = (this.style.escapeAscii ?? 0) * (isMemberName ? 1 : 0.2);
    const escapeSolidus = this.style.escapeSolidus ?? 0;
    let out = '"';
    for (const character of text) {
      const codePoint = character.codePointAt(0);
      if (SHORT_ESCAPES.has(character)) {
        out += this.random.chance(0.15) && character !== '"' && character !== '\\' ?
            unicodeEscape(codePoint, this.random.chance(0.5)) :
            SHORT_ESCAPES.get(character);
      } else if (codePoint < 0x20) {
        out += unicodeEscape(codePoint, this.random.chance(0.5));
      } else if (character === '/' && this.random.chance(escapeSolidus)) {
        out += '\\/';
      } else if (codePoint > 0x7e && this.random.chance(escapeNonAscii)) {
        const upperCase = this.random.chance(0.5);
        for (let i = 0; i < character.length; ++i) {
          out += unicodeEscape(character.charCodeAt(i), upperCase);
        }
      } else if (codePoint < 0x7f && this.random.chance(escapeAscii)) {
        out += unicodeEscape(codePoint, this.random.chance(0.5));
      } else {
        out += character;
      }
    }
    return out + '"';
  }
}
