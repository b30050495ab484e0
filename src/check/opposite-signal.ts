import type {Lang} from '../types.js'
import type {PoleMention} from '../words/contrasts.js'
import {isNegativeWord, type Negation} from '../words/polarity.js'
import type {Token} from '../words/tokens.js'

/** A pole said on one side answered by its opposite on the other. */
export interface Opposite {
  en: PoleMention
  fr: PoleMention
}

/**
 * Poles answered by their opposite: the English says pole A of a contrast and not pole B, the French pole B and
 * not A (or the reverse), both negated or neither ("not open" against "pas fermé" is a divergence too). A pole
 * negated on one side only is left alone: "not permitted" / "interdit" agree, and a negation on one side is
 * negation-mismatch's finding. "None", Python's, in running text is no pole.
 */
export function opposites(tokens: Record<Lang, readonly Token[]>, negations: Record<Lang, Negation[]>, poles: Record<Lang, PoleMention[]>): Opposite[] {
  const effective = (lang: Lang) =>
    poles[lang]
      .filter((mention) => !mention.tokens.some((k) => k > 0 && tokens[lang][k]?.text === 'None'))
      .map((mention) => ({mention, pole: mention.pole, negated: negatedPole(tokens[lang], negations[lang], mention, lang)}))
  const en = effective('en')
  const fr = effective('fr')
  const found: Opposite[] = []
  for (const english of en) {
    const id = english.mention.contrast.id
    const says = (side: typeof en, pole: 'a' | 'b') =>
      side.some((item) => item.mention.contrast.id === id && item.pole === pole && item.negated === english.negated)
    if (says(en, flip(english.pole)) || says(fr, english.pole)) continue
    const french = fr.find((item) => item.mention.contrast.id === id && item.pole === flip(english.pole) && item.negated === english.negated)
    if (french !== undefined && !found.some((pair) => pair.en.contrast.id === id)) found.push({en: english.mention, fr: french.mention})
  }
  return found
}

const flip = (pole: 'a' | 'b'): 'a' | 'b' => (pole === 'a' ? 'b' : 'a')

/**
 * Whether a negation bears on a pole: it governs it ("n'est pas autorisé") or stands up to five words before it
 * ("not permitted", "pas tout simplement de normes fermées"); or a word that says "not" stands just before it
 * ("failure to comply" is "non-respect").
 */
function negatedPole(tokens: readonly Token[], negations: readonly Negation[], mention: PoleMention, lang: Lang): boolean {
  const first = mention.tokens[0] as number
  if ([1, 2, 3].some((d) => first - d >= 0 && isNegativeWord(tokens[first - d] as Token, lang))) return true
  return negations.some(
    (negation) =>
      negation.governs.some((k) => mention.tokens.includes(k)) ||
      negation.cues.some((cue) => cue < first && first - cue <= 5 && (tokens[first] as Token).start - (tokens[cue] as Token).end < 40),
  )
}
