import {PareilError} from '../errors.js'
import {xmlElements, xmlLang, xmlText} from './xml.js'

/** An English text and its French translation (a translation unit, a term pair). */
export interface TextPair {
  en: string
  fr: string
}

/**
 * The English–French translation units of a TMX translation memory: for each
 * `<tu>`, the segments of its `<tuv>` variants whose language is English
 * (`en`, `en-CA`…) and French (`fr`, `fr-CA`…). Units without both are skipped.
 */
export function parseTmx(text: string, path = 'memory.tmx'): TextPair[] {
  if (!/<tmx[\s>]/.test(text)) throw new PareilError('bad-input', `${path}: not a TMX file (no <tmx> element)`)
  const pairs: TextPair[] = []
  for (const unit of xmlElements(text, 'tu')) {
    let en: string | undefined
    let fr: string | undefined
    for (const variant of xmlElements(unit.inner, 'tuv')) {
      const segment = xmlElements(variant.inner, 'seg')[0]
      if (segment === undefined) continue
      const lang = xmlLang(variant)
      if (lang.startsWith('en')) en ??= xmlText(segment.inner)
      else if (lang.startsWith('fr')) fr ??= xmlText(segment.inner)
    }
    if (en && fr) pairs.push({en, fr})
  }
  return pairs
}

/**
 * The English–French term pairs of a TBX termbase: for each concept
 * (`<termEntry>` in TBX 2, `<conceptEntry>` in TBX 3), each English term with
 * each French term of its language sections (`<langSet>`, `<langSec>`).
 */
export function parseTbx(text: string, path = 'glossary.tbx'): TextPair[] {
  if (!/<(martif|tbx)[\s>]/.test(text)) throw new PareilError('bad-input', `${path}: not a TBX file (no <martif> or <tbx> element)`)
  const pairs: TextPair[] = []
  for (const concept of xmlElements(text, 'termEntry|conceptEntry')) {
    const terms: {en: string[]; fr: string[]} = {en: [], fr: []}
    for (const section of xmlElements(concept.inner, 'langSet|langSec')) {
      const lang = xmlLang(section)
      const side = lang.startsWith('en') ? terms.en : lang.startsWith('fr') ? terms.fr : undefined
      for (const term of xmlElements(section.inner, 'term')) {
        const value = xmlText(term.inner)
        if (side !== undefined && value !== '') side.push(value)
      }
    }
    for (const en of terms.en) for (const fr of terms.fr) pairs.push({en, fr})
  }
  return pairs
}
