/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine, which is what makes the seed reproducible. Never Math.random in the seed.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A child generator for one part of the data, so parts do not shift each other's draws. */
  fork(label: string): SeededRandom {
    let hash = this.state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
    return new SeededRandom(hash >>> 0);
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max` inclusive. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  isTrue(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list.');
    return item;
  }

  /** A normally distributed number (Box-Muller). */
  normal(mean: number, deviation: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A Poisson-distributed count, for rare events such as evictions. */
  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  /** A version-4-shaped uuid drawn from this generator. */
  uuid(): string {
    const a = this.word();
    const b = hex8(this.word());
    const c = this.word();
    const d = this.word();
    const hexOfC = hex8(c);
    return `${hex8(a)}-${b.slice(0, 4)}-4${b.slice(5)}-${variant(c)}${hexOfC.slice(1, 4)}-${hexOfC.slice(4)}${hex8(d)}`;
  }

  /** The uuid() that would be drawn, without its dashes: 32 hexadecimal digits. */
  uuidHex(): string {
    const a = this.word();
    const b = hex8(this.word());
    const c = this.word();
    const d = this.word();
    return `${hex8(a)}${b.slice(0, 4)}4${b.slice(5)}${variant(c)}${hex8(c).slice(1)}${hex8(d)}`;
  }

  private word(): number {
    return Math.floor(this.next() * 4294967296);
  }
}

const HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A 32-bit word as 8 hexadecimal digits, by lookup: the seed draws millions of uuids. */
function hex8(word: number): string {
  return (
    (HEX_OF_BYTE[word >>> 24] as string) +
    (HEX_OF_BYTE[(word >>> 16) & 255] as string) +
    (HEX_OF_BYTE[(word >>> 8) & 255] as string) +
    (HEX_OF_BYTE[word & 255] as string)
  );
}

/** The uuid variant digit (8, 9, a or b) made from the top digit of a word. */
function variant(word: number): string {
  return (((word >>> 28) & 3) | 8).toString(16);
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, and back: the seed does date arithmetic in days. */
export function toDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

const DATE_OF_DAY = new Map<number, string>();

/** The ISO date of a day number; cached, as the seed writes the same few thousand days millions of times. */
export function toDate(day: number): string {
  let date = DATE_OF_DAY.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    DATE_OF_DAY.set(day, date);
  }
  return date;
}
