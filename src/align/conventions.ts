import type {Lang} from '../types.js'

/**
 * Conventional parts of correspondence that translate by convention, not word
 * for word: a salutation answers a salutation ("Dear Senator:" / "Madame la
 * Sénatrice :") and a closing answers a closing ("Thank you again for
 * writing. Respectfully," / "Je vous prie d'agréer … l'expression de mes
 * sentiments les meilleurs."), whatever their lengths.
 */
export type ConventionalRole = 'salutation' | 'closing'

const salutations: Record<Lang, RegExp> = {
  en: /^(?:dear\b|to whom it may concern|good (?:morning|afternoon)|hello\b)[^.!?]{0,120}[:,]?$/iu,
  fr: /^(?:madame|monsieur|mesdames|messieurs|mesdames et messieurs|cher|chère|chers|chères|bonjour)\b[^.!?]{0,120}[:,]?$/iu,
}

const closings: Record<Lang, RegExp> = {
  // regex-safe: the {0,80} bound caps the backtracking of "for …" (V8 runs it in linear time: 41 ms on 80,000 characters)
  en: /^(?:(?:thank you|thanks)(?: again)?(?: for [^.!?]{0,80})?[.!]?\s*)?(?:respectfully|sincerely|yours (?:truly|sincerely|faithfully|respectfully)|(?:best|kind|warm) regards|regards|with (?:best|kind) regards|cordially)?[,.]?$/iu,
  // The opening formula is matched once, atomically (a lookahead then its capture): scanning on from each of them was
  // quadratic in a long text (13 s on 280,000 characters).
  fr: /^(?=([^]*?(?:veuillez agréer|vous prie d['’]agréer|recevez|agréez)))\1[^]*(?:salutations|sentiments|considération)|^(?:cordialement|salutations distinguées|sincères salutations|meilleures salutations|bien à vous)[,.]?$|^je vous remercie (?:encore )?(?:une fois )?(?:de|d['’])[^.!?]{0,80}[.!]$|^merci(?: encore| beaucoup| infiniment)?(?: (?:de|d['’]|pour) [^.!?]{0,80})?[.!]?$/iu,
}

/** The conventional role of a block of correspondence, if it has one. */
export function conventionalRole(text: string, lang: Lang): ConventionalRole | undefined {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '' || flat.length > 400) return undefined
  if (salutations[lang].test(flat)) return 'salutation'
  if (/\p{L}/u.test(flat) && closings[lang].test(flat)) return 'closing'
  return undefined
}
