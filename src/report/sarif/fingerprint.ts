import type {Finding, ReportSource} from '../../types.js'

/** The `partialFingerprints` key pareil fills; the `/v1` says how it is computed, as SARIF recommends. */
export const fingerprintName = 'pareilFindingHash/v1'

/**
 * Fingerprints that follow a finding across commits: a hash of its rule, the paths of its sides and their texts
 * (white space folded), never its lines, so that an edit above it leaves the alert where it is; a count tells
 * apart findings that would hash alike (the same word missing twice). Findings are taken in report order.
 */
export function fingerprints(findings: readonly Finding[], sources: readonly ReportSource[]): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const side = (span: Finding['en']) => (span === null ? null : [sources[span.source]?.path ?? '', fold(span.text)])
    const key = JSON.stringify([
      finding.rule,
      side(finding.en),
      side(finding.fr),
      finding.en === null && finding.fr === null ? sources.map((source) => source.path) : [],
    ])
    const hash = fnv1a64(key)
    const count = (seen.get(hash) ?? 0) + 1
    seen.set(hash, count)
    return `${hash}:${count}`
  })
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const fnvOffset = 0xcbf29ce484222325n
const fnvPrime = 0x100000001b3n
const mask64 = (1n << 64n) - 1n

/** FNV-1a, 64 bits, over UTF-16 code units: small, pure and stable across platforms (no crypto module in the core). */
export function fnv1a64(text: string): string {
  let hash = fnvOffset
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * fnvPrime) & mask64
  return hash.toString(16).padStart(16, '0')
}
