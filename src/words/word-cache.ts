import type {Lang} from '../types.js'

/**
 * Values computed once per distinct key and language. Words repeat (Zipf), so a process keeps what it needs; the
 * cache is dropped whole when it reaches `limit`, so that a stream of documents keeps memory bounded.
 */
export class WordCache<V> {
  readonly #maps = {en: new Map<string, V>(), fr: new Map<string, V>()}

  constructor(readonly limit: number) {}

  get(lang: Lang, key: string, compute: () => V): V {
    const map = this.#maps[lang]
    let value = map.get(key)
    if (value === undefined) {
      if (map.size >= this.limit) map.clear()
      value = compute()
      map.set(key, value)
    }
    return value
  }
}
