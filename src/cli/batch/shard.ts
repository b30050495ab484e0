/**
 * Splits a batch between machines (`--shard 2/8`): each document goes to the
 * shard its id hashes to, so the split needs no coordination, does not depend
 * on the order of the files, and keeps a document on its shard when others are
 * added or removed.
 */

/** The K-th of N shards, 1 ≤ K ≤ N. */
export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** Reads `K/N` (such as `2/8`); anything else is an Error with a one-line message. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || index < 1 || index > count) {
    throw new Error(`--shard: expected K/N with 1 ≤ K ≤ N, such as 2/8, got '${text}'`)
  }
  return {index, count}
}

/** Whether a document belongs to a shard: a stable hash of its id, modulo the number of shards. */
export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index
}

/** The 1-based shard, out of `count`, that a document id belongs to. */
export function shardOf(id: string, count: number): number {
  return (mix32(fnv1a32(id)) % count) + 1
}

const utf8 = new TextEncoder()

/** FNV-1a, 32 bits, over the UTF-8 bytes of a text: the same on every machine and in every version of Node. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193)
  return hash >>> 0
}

/**
 * MurmurHash3's final mix. FNV-1a alone spreads badly modulo a power of two: the
 * low bits of its result depend only on the low bits of each byte, so `docs/a`
 * and `docs/e` would always share a shard out of 4.
 */
function mix32(hash: number): number {
  let h = hash
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
