import type {Finding, Report, Span} from '../types.js'
import {type InlineText, inlineText} from './inline.js'

/** One aligned sentence pair of a report, as a translation unit: its id, English, French and findings. */
export interface ReportUnit {
  /** `p3-s2`: the third pair of blocks, its second sentence pair. */
  id: string
  en: string
  fr: string
  /** Each side's text with its marks (bold, italics, links, code, a unit's tags), for the formats that keep them. */
  enInline: InlineText
  frInline: InlineText
  findings: Finding[]
}

/**
 * The aligned sentence pairs of a report, in document order, as translation units, each with the findings whose
 * places lie in its sentences: what XLIFF and TMX outputs write. A sentence one version has alone is a unit with
 * one side empty.
 */
export function reportUnits(report: Report): ReportUnit[] {
  const units: ReportUnit[] = []
  report.pairs.forEach((pair, p) => {
    pair.sentences.forEach((bead, s) => {
      const spans = [...bead.en, ...bead.fr]
      const enInline = inlineText(report, bead.en)
      const frInline = inlineText(report, bead.fr)
      units.push({
        id: `p${p + 1}-s${s + 1}`,
        en: enInline.text,
        fr: frInline.text,
        enInline,
        frInline,
        findings: report.findings.filter((finding) => [finding.en, finding.fr].some((place) => place !== null && spans.some((span) => within(place, span)))),
      })
    })
  })
  return units
}

/** Whether a place starts inside a span of the same source (an empty place at its end counts). */
function within(place: Span, span: Span): boolean {
  const at = place.position.start.offset
  return (
    place.source === span.source && at >= span.position.start.offset && at <= span.position.end.offset && (at < span.position.end.offset || place.text === '')
  )
}

/** A finding as a translator's note: `warning [list-mismatch] the French enumeration has…`. */
export function noteText(finding: Finding): string {
  return `${finding.severity} [${finding.rule}] ${finding.message}`
}

/** XLIFF's note priority, 1 (highest) to 10. */
export function notePriority(finding: Finding): number {
  return finding.severity === 'error' ? 1 : finding.severity === 'warning' ? 3 : 7
}
