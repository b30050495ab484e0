import type {Finding, RelatedFinding, Severity} from '../types.js'
import {spansOverlap} from './spans.js'

/**
 * Rules from the most specific to the least: when several report the same
 * divergence, the finding of the first one stands and the others are attached
 * to it. A changed value names the value; a term, the term; a list, the item; a
 * word gap says least.
 */
const specificity = [
  'number-mismatch',
  'date-mismatch',
  'name-mismatch',
  'term-consistency',
  'acronym-mismatch',
  'omitted-content',
  'added-content',
  'list-mismatch',
  'untranslated',
  'format-mismatch',
  'meaning-shift',
  'unmatched-content',
]

const rank: Record<Severity, number> = {error: 3, warning: 2, info: 1}

/**
 * One divergence, one finding: findings whose places overlap on both sides
 * (a dropped item that list-mismatch and unmatched-content both see, the MRA
 * sentence that term-consistency and unmatched-content both see) become one,
 * under the most severe and then the most specific rule, with the others as
 * its `related` findings. Findings of different sentences never merge, and typography findings never merge.
 */
export function groupRelated(findings: readonly Finding[]): Finding[] {
  const order = (finding: Finding) => {
    const at = specificity.indexOf(finding.rule)
    return at < 0 ? specificity.length : at
  }
  // The finding that stands first: most severe, then most specific.
  const candidates = [...findings].sort((a, b) => rank[b.severity] - rank[a.severity] || order(a) - order(b))
  const kept: Finding[] = []
  const attached = new Map<Finding, RelatedFinding[]>()
  for (const finding of candidates) {
    // Typography is how one version is set, not a divergence between the two: it stands apart, whatever overlaps it.
    const apart = finding.category === 'typography'
    const host = apart
      ? undefined
      : kept.find((other) => other.category !== 'typography' && (other.en !== null || other.fr !== null) && sameDivergence(other, finding))
    if (host === undefined) {
      kept.push(finding)
      continue
    }
    const list = attached.get(host) ?? []
    list.push(finding)
    attached.set(host, list)
  }
  const keptSet = new Set(kept)
  return findings
    .filter((finding) => keptSet.has(finding))
    .map((finding) => {
      const related = attached.get(finding)
      return related === undefined ? finding : {...finding, related}
    })
}

/** Two findings of the same place: overlapping on each side that both point at (a side without a place matches). */
function sameDivergence(a: Finding, b: Finding): boolean {
  if ((a.en === null && a.fr === null) || (b.en === null && b.fr === null)) return false
  let shared = 0
  for (const side of ['en', 'fr'] as const) {
    const x = a[side]
    const y = b[side]
    if (x === null || y === null) continue
    if (!spansOverlap(x, y)) return false
    shared++
  }
  return shared > 0
}
