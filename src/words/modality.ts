import type {Lang} from '../types.js'
import type {Negation} from './polarity.js'
import type {Token} from './tokens.js'

/**
 * What a modal says of an action: it must be done, it may be done, it should be done; negated, it must not be
 * done (prohibition: "must not", "may not", "ne peut pas"), or it need not be (exemption: "need not", "n'est pas
 * tenu de"). Futures and conditionals of style ("will", "would") are not modalities here.
 */
export type Modality = 'obligation' | 'permission' | 'recommendation' | 'prohibition' | 'exemption'

/** A modal of a sentence: its class and the tokens that say it, as indexes into the sentence's tokens. */
export interface Modal {
  modality: Modality
  tokens: number[]
}

/**
 * Modal expressions as folded words, each word a pattern: one-word modals ("must", "doit") and the multi-word
 * ones that say the same ("is required to", "est tenu de"). `need` marks the obligations whose negation is an
 * exemption ("need not", "not required to", "n'est pas tenu de") rather than a prohibition.
 */
interface ModalForm {
  words: readonly RegExp[]
  modality: 'obligation' | 'permission' | 'recommendation'
  need?: true
}

const form = (modality: ModalForm['modality'], words: string, need?: true): ModalForm => ({
  modality,
  words: words.split(' ').map((word) => new RegExp(`^(?:${word})$`)),
  ...(need ? {need} : {}),
})

const forms: Record<Lang, readonly ModalForm[]> = {
  en: [
    form('obligation', 'must|shall'),
    form('obligation', 'is|are|be|was|were|been required|obliged|obligated|bound|expected to', true),
    form('obligation', 'required|obliged|obligated to', true),
    form('obligation', 'has|have|had|having to', true),
    form('obligation', 'need|needs to', true),
    form('obligation', 'need|needs not', true),
    form('obligation', 'neednt', true),
    form('permission', 'may|might|can|could|cannot|cant|couldnt|mayn?t|mightnt'),
    form('permission', 'is|are|be|was|were|been permitted|allowed|authorized|authorised|entitled|able to'),
    form('recommendation', 'should|shouldnt'),
    form('recommendation', 'ought to'),
  ],
  fr: [
    form('obligation', 'doi[st]|doivent|devons|devez|devr(?:a|as|ons|ez|ont)|devai[st]|devaient'),
    form('obligation', 'est|sont|soit|soient|sera|seront|etre tenue?s?|obligee?s?|astreinte?s? de|d|a', true),
    form('obligation', 'faut|faudra|faudrait|fallait', true),
    form('permission', 'peu[tx]|peuvent|pouvons|pouvez|pourr(?:a|as|ai|ait|aient|ons|ez|ont)|puiss(?:e|es|ent|ions|iez)|pouvai[st]|pouvaient'),
    form('permission', 'est|sont|soit|soient|sera|seront|etre autorisee?s?|habilitee?s?|admise?s? a'),
    form('permission', 'a|ont|aura|auront|avoir le droit de|d'),
    form('permission', 'a|ont|aura|auront|avoir droit a'),
    form('recommendation', 'devr(?:ait|aient|ions|iez|ais)'),
    form('recommendation', 'il convient'),
    form('recommendation', 'y a lieu'),
  ],
}

/** The forms of each language, the longest first: a token belongs to the longest modal it is part of. */
const longestFirst: Record<Lang, readonly ModalForm[]> = {
  en: [...forms.en].sort((a, b) => b.words.length - a.words.length),
  fr: [...forms.fr].sort((a, b) => b.words.length - a.words.length),
}

/** "what GitHub has to offer", "has to say": what there is, not an obligation. */
function hasToOffer(tokens: readonly Token[], at: readonly number[]): boolean {
  const last = at[at.length - 1] as number
  return (
    tokens[last]?.folded === 'to' && /^(?:offer|say)$/.test(tokens[last + 1]?.folded ?? '') && /^(?:has|have|had)$/.test(tokens[at[0] as number]?.folded ?? '')
  )
}

/** "May 2021", "15 May": the month, not the modal. */
function isMonth(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token
  return token.text === 'May' && (tokens[k + 1]?.kind === 'number' || tokens[k - 1]?.kind === 'number')
}

/**
 * The modals of a sentence's tokens, with the sentence's negations (`findNegations`) to tell "may" from "may
 * not". A modal is negated when a negation's cue or governed word touches it ("must not", "cannot", "ne peut
 * pas", "n'est pas tenu de"). Each token belongs to one modal at most, the longest form first.
 */
export function findModals(tokens: readonly Token[], lang: Lang, negations: readonly Negation[]): Modal[] {
  const found: Modal[] = []
  const used = new Set<number>()
  // A negation may stand inside a modal expression: "is not required to", "n'est pas tenu de".
  const cues = new Set(negations.flatMap((negation) => negation.cues))
  for (const modal of longestFirst[lang]) {
    for (let k = 0; k < tokens.length; k++) {
      const at = matchAt(tokens, k, modal.words, cues)
      if (at === undefined || at.some((index) => used.has(index))) continue
      if (lang === 'en' && (isMonth(tokens, k) || hasToOffer(tokens, at))) continue
      for (const index of at) used.add(index)
      const negated = negations.some((negation) => touches(tokens, negation, at)) || (lang === 'en' && /n['’]?t$|^cannot$/.test((tokens[k] as Token).folded))
      found.push({modality: negated ? (modal.need === true ? 'exemption' : 'prohibition') : modal.modality, tokens: at})
    }
  }
  return found.sort((a, b) => (a.tokens[0] as number) - (b.tokens[0] as number))
}

/** The indexes of the tokens that spell a form from token `k`, negation cues skipped between its words; undefined if none. */
function matchAt(tokens: readonly Token[], k: number, words: readonly RegExp[], cues: ReadonlySet<number>): number[] | undefined {
  const at: number[] = []
  let j = k
  for (const [d, pattern] of words.entries()) {
    while (d > 0 && cues.has(j) && !pattern.test((tokens[j] as Token).folded)) j++
    const token = tokens[j]
    if (token === undefined || !pattern.test(token.folded)) return undefined
    at.push(j++)
  }
  return at
}

/**
 * Whether a negation bears on the modal at these token indexes: French "ne … pas" around it ("ne peut pas", "n'est
 * pas tenu de"), an English "not" inside it or just before or after it, with only a space between ("must not",
 * "not required to"; not "must, not").
 */
function touches(tokens: readonly Token[], negation: Negation, at: readonly number[]): boolean {
  if (negation.governs.some((index) => at.includes(index))) return true
  const first = at[0] as number
  const last = at[at.length - 1] as number
  const adjacent = (a: number, b: number) => (tokens[b] as Token).start - (tokens[a] as Token).end <= 1
  return negation.cues.some((cue) => at.includes(cue) || (cue === last + 1 && adjacent(last, cue)) || (cue === first - 1 && adjacent(cue, first)))
}
