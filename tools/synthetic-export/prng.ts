/**
 * Seeded randomness. Everything the generator invents comes from here, so the same seed always
 * gives the same bytes. `Rng.for(...parts)` derives an independent stream from a key, which lets
 * each person's messages, invitations, … be drawn without depending on anyone else's draws.
 */

/** mulberry32: tiny, fast, good enough for test data (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Hashes numbers and strings into one 32-bit seed (FNV-1a over the parts, murmur3 finaliser). */
export function mixSeed(...parts: readonly (number | string)[]): number {
  let hash = 0x811c9dc5
  const feed = (value: number) => {
    hash ^= value & 0xffff
    hash = Math.imul(hash, 0x01000193)
    hash ^= value >>> 16
    hash = Math.imul(hash, 0x01000193)
  }
  for (const part of parts) {
    if (typeof part === 'number') {
      feed(part >>> 0)
      feed(Math.floor(part / 4294967296) >>> 0)
    } else {
      for (let i = 0; i < part.length; i++) feed(part.charCodeAt(i))
    }
    feed(0x9e3779b9)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

export class Rng {
  private readonly nextFloat: () => number

  constructor(seed: number) {
    this.nextFloat = mulberry32(seed)
  }

  /** An independent stream keyed by the given parts (e.g. `Rng.for(seed, 'messages', personId)`). */
  static for(...parts: readonly (number | string)[]): Rng {
    return new Rng(mixSeed(...parts))
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextFloat()
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.nextFloat() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.nextFloat() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.nextFloat() * items.length)]
    if (item === undefined) throw new RangeError('Rng.pick needs a non-empty list')
    return item
  }

  /** Picks a value from `[value, weight]` entries in proportion to the weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of entries) total += weight
    let roll = this.nextFloat() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    const last = entries[entries.length - 1]
    if (last === undefined) throw new RangeError('Rng.weighted needs a non-empty list')
    return last[0]
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.nextFloat() * (i + 1))
      const held = items[i] as T
      items[i] = items[j] as T
      items[j] = held
    }
    return items
  }

  /** Lower-case hex digits. */
  hex(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += Math.floor(this.nextFloat() * 16).toString(16)
    return out
  }

  /** Poisson-distributed count (Knuth; the means used here are small). */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
    const limit = Math.exp(-mean)
    let count = 0
    let product = this.nextFloat()
    while (product > limit) {
      count++
      product *= this.nextFloat()
    }
    return count
  }

  private normal(): number {
    const u = Math.max(this.nextFloat(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextFloat())
  }
}
