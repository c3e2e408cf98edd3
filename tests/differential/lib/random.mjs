// A small seeded pseudo-random source (mulberry32), so a corpus is a pure function of its seed:
// Math.random() cannot be seeded, and a failure must be reproducible from the printed seed alone.

export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  // A float in [0, 1).
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // An integer in [low, high], both ends included.
  int(low, high) {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  // choices: [[weight, value], ...]; returns the value of one entry, chosen by weight.
  weighted(choices) {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [weight, value] of choices) {
      point -= weight;
      if (point < 0) return value;
    }
    return choices[choices.length - 1][1];
  }

  // `count` distinct items of `items`, in random order.
  sample(items, count) {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; --i) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, Math.min(count, pool.length));
  }

  hex(length) {
    let text = '';
    for (let i = 0; i < length; ++i) text += '0123456789abcdef'[this.int(0, 15)];
    return text;
  }

  // A new independent source, so one document's generation cannot shift another's.
  fork() {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}
