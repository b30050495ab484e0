import {PareilError} from '../errors.js'

const units: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
}

/** Parses a size such as `20MB`, `512 kB`, `1.5GiB` or `1000000` (bytes) into bytes. */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg]i?b|b)\s*)?$/i.exec(value)
  const factor = units[(match?.[2] ?? '').toLowerCase()]
  if (match === null || factor === undefined || Number(match[1]) <= 0) {
    throw new PareilError('bad-option', `--max-size: expected a size such as 20MB, 512kB or 1000000, got '${value}'`)
  }
  return Math.floor(Number(match[1]) * factor)
}
