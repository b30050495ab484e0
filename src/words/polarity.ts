import type {Lang} from '../types.js'
import {fold} from './fold.js'
import {stem} from './stem.js'
import type {Token} from './tokens.js'

/**
 * A negation of a sentence: the tokens that make it ("not", "n't", "ne … pas", "sans", "aucun"), as indexes into
 * the sentence's tokens, and the words it governs (the verb between "ne" and "pas"), to point at.
 */
export interface Negation {
  /** Indexes of the tokens that say it: one ("never", "sans") or two ("ne" and "pas"). */
  cues: number[]
  /** Indexes of the tokens between the two parts of a French negation ("n'[est] pas"). */
  governs: number[]
}

/** English words that negate by themselves. "no" is one unless it abbreviates "number" (No. 5). */
const englishCues = new Set(['not', 'never', 'no', 'none', 'nor', 'neither', 'nothing', 'nobody', 'nowhere', 'noone', 'without', 'cannot'])

/**
 * English expressions with a negative word that do not negate what the sentence says: limits ("no later than" is
 * "au plus tard"), "no matter", "not until" ("ne … qu'après"). "not only" stays a negation, as "non seulement" and "pas seulement" do.
 * As folded words; the first word is the negative one.
 */
const englishFixed: ReadonlyArray<readonly string[]> = [
  ['no', 'later'],
  ['not', 'later'],
  ['no', 'earlier'],
  ['not', 'earlier'],
  ['no', 'more', 'than'],
  ['not', 'more', 'than'],
  ['no', 'less', 'than'],
  ['not', 'less', 'than'],
  ['no', 'fewer', 'than'],
  ['not', 'fewer', 'than'],
  ['not', 'exceeding'],
  ['no', 'matter'],
  ['not', 'until'],
  ['none', 'other', 'than'],
  ['no', 'doubt'],
]

/** The second part of a French negation: "ne … pas", "n'… jamais", "ne … aucun". "ne … que" (only) is no negation. */
const frenchParticles = new Set([
  'pas',
  'plus',
  'jamais',
  'rien',
  'personne',
  'aucun',
  'aucune',
  'aucuns',
  'aucunes',
  'nullement',
  'guere',
  'point',
  'nul',
  'nulle',
  'ni',
])
/** French words that negate without "ne" ("sans frais", "aucun des", "non autorisé", "ni … ni"). */
const frenchAlone = new Set(['sans', 'aucun', 'aucune', 'aucuns', 'aucunes', 'jamais', 'non', 'ni', 'nul', 'nulle'])
/** Subjects that carry the negation before "ne": "Personne ne peut", "Rien n'oblige". */
const frenchNegativeSubjects = new Set(['personne', 'rien', 'aucun', 'aucune', 'aucuns', 'aucunes', 'nul', 'nulle'])
/** French expressions with a negative word that do not negate: "sans doute" (probably), "sans cesse", "à jamais". */
const frenchFixed: ReadonlyArray<readonly string[]> = [
  ['sans', 'doute'],
  ['sans', 'cesse'],
  ['sans', 'oublier'],
  ['a', 'jamais'],
  ['si', 'jamais'],
  ['que', 'jamais'],
]
/** Forms of pouvoir, savoir, oser and cesser, which negate with "ne" alone in formal French. */
const formalVerbs =
  /^(?:peu[tx]|peuvent|pourr(?:a|ai|ait|aient|ons|ez|ont)|puiss(?:e|es|ent)|sai[st]|savent|saur(?:a|ait|aient|ont)|os(?:e|ent|ait)|cess(?:e|ent|ait))$/
/** How many tokens may stand between "ne" and its particle ("n'en a jamais été", "ne s'y est pas encore"). */
const particleReach = 6

/**
 * The negations of a sentence's tokens, in order. A negation of a word that is itself negative or a limit says
 * something positive or a bound, not "not": "do not hesitate" (feel free), "ne manquez pas de" (be sure to),
 * "shall not exceed" and "ne peut dépasser" (at most), and is left out.
 */
export function findNegations(tokens: readonly Token[], lang: Lang, text?: string): Negation[] {
  const found = lang === 'en' ? englishNegations(tokens) : frenchNegations(tokens)
  return found.filter((negation) => !negatesNegative(tokens, negation, lang) && !(text !== undefined && inCode(tokens, negation, text)))
}

/**
 * Whether a negation's word is part of code, an identifier or a value rather than of the prose: `None`,
 * `no_by_stats`, `capture=None`, `--no-cache`. Such words are the same in both versions and say nothing.
 */
function inCode(tokens: readonly Token[], negation: Negation, text: string): boolean {
  return negation.cues.some((cue) => {
    const token = tokens[cue] as Token
    const before = text.charAt(token.start - 1)
    const after = text.charAt(token.end)
    // "non-réponse" is a word's prefix ("nonresponse"), not the sentence's negation.
    const prefix = token.folded === 'non' && /[-‐]/.test(after)
    return prefix || /[_=`/\\-]/.test(before) || /[_=`(/\\]/.test(after) || (token.text === 'None' && cue > 0)
  })
}

/** How far after a negation its verb may stand: "shall not be required", "ne peut en aucun cas dépasser". */
const scopeReach = 3

function negatesNegative(tokens: readonly Token[], negation: Negation, lang: Lang): boolean {
  const first = Math.min(...negation.cues)
  const last = Math.max(...negation.cues)
  // "pas plus de 30 jours", "pas moins de": a bound, as "no more than" is.
  if (lang === 'fr' && /^(?:plus|moins)$/.test(tokens[last + 1]?.folded ?? '')) return true
  for (let k = Math.max(0, first - 1); k <= Math.min(tokens.length - 1, last + scopeReach); k++) {
    if (negation.cues.includes(k)) continue
    const token = tokens[k] as Token
    if (cancelling[lang].has(token.stem) || limitStems[lang].has(token.stem) || token.folded.startsWith('exceed')) return true
  }
  return false
}

/**
 * Words whose negation says something positive, which the other version may say without one: "do not hesitate" /
 * "feel free", "ne manquez pas de" / "be sure to", "ne cesse de" / "keeps", "ce qui ne l'empêche pas de" / "still".
 * ("not free to" is no such case.)
 */
const cancellingList: Record<Lang, string> = {
  en: 'hesitate fail neglect omit forget cease prevent',
  fr: 'hésiter manquer omettre oublier négliger cesser empêcher',
}
const cancelling = stemSets(cancellingList)

/** Verbs of a bound: negated, they say "at most" ("not exceeding", "ne dépassant pas"). */
const limitStems: Record<Lang, ReadonlySet<string>> = {en: new Set(['exce', 'exceed', 'surpass']), fr: new Set(['exced', 'depass', 'surpass'])}

function englishNegations(tokens: readonly Token[]): Negation[] {
  const found: Negation[] = []
  tokens.forEach((token, k) => {
    const negative = englishCues.has(token.folded) || /n['’]t$/i.test(token.text)
    // "whether or not", "should be added or not": an alternative, not a negation.
    if (!negative || startsFixed(tokens, k, englishFixed) || (token.folded === 'not' && tokens[k - 1]?.folded === 'or')) return
    // "No. 5", "no 12": a number, not a negation.
    if (token.folded === 'no' && tokens[k + 1]?.kind === 'number') return
    found.push({cues: [k], governs: []})
  })
  return found
}

function frenchNegations(tokens: readonly Token[]): Negation[] {
  const found: Negation[] = []
  const used = new Set<number>()
  tokens.forEach((token, k) => {
    if (used.has(k) || (token.folded !== 'ne' && token.folded !== 'n')) return
    // "Personne ne peut", "Aucun frais n'est": the subject is the negation's first part.
    const subject = tokens[k - 1]
    if (subject !== undefined && frenchNegativeSubjects.has(subject.folded) && !used.has(k - 1)) {
      used.add(k - 1)
      used.add(k)
      found.push({cues: [k - 1, k], governs: []})
      return
    }
    for (let j = k + 1; j < Math.min(tokens.length, k + 1 + particleReach); j++) {
      const next = tokens[j] as Token
      if (next.folded === 'que' || next.folded === 'qu') return
      if (!frenchParticles.has(next.folded)) continue
      used.add(k)
      used.add(j)
      found.push({cues: [k, j], governs: range(k + 1, j)})
      return
    }
    // Formal French drops "pas" after pouvoir, savoir, oser and cesser: "nul ne peut", "il ne saurait", "ne cesse".
    const verb = tokens[k + 1]
    if (verb !== undefined && formalVerbs.test(verb.folded)) {
      used.add(k)
      found.push({cues: [k], governs: [k + 1]})
    }
  })
  tokens.forEach((token, k) => {
    if (used.has(k) || startsFixed(tokens, k, frenchFixed) || endsFixed(tokens, k, frenchFixed)) return
    if (!frenchAlone.has(token.folded) && !(token.folded === 'pas' && negativePas(tokens, k))) return
    // "s'il a une valeur ou non", "ou pas": an alternative, as "whether or not" is.
    if ((token.folded === 'non' || token.folded === 'pas') && tokens[k - 1]?.folded === 'ou') return
    used.add(k)
    found.push({cues: [k], governs: []})
  })
  return found.sort((a, b) => (a.cues[0] as number) - (b.cues[0] as number))
}

/** Words before "pas" that make it the noun (a step): "un pas", "le premier pas", "pas à pas". */
const stepDeterminers = new Set([
  'un',
  'le',
  'ce',
  'du',
  'au',
  'des',
  'les',
  'aux',
  'ces',
  'mes',
  'ses',
  'nos',
  'vos',
  'leurs',
  'premier',
  'faux',
  'grand',
  'petit',
  'chaque',
  'quelques',
  'a',
])

/** Whether a "pas" without "ne" negates ("Pas encore validé", "pas de frais", "non pas"), rather than being a step. */
function negativePas(tokens: readonly Token[], k: number): boolean {
  return !stepDeterminers.has(tokens[k - 1]?.folded ?? '') && tokens[k + 1]?.folded !== 'a'
}

/** Whether one of the expressions starts at token `k` (its first word is the token's). */
function startsFixed(tokens: readonly Token[], k: number, expressions: ReadonlyArray<readonly string[]>): boolean {
  return expressions.some((words) => words.every((word, d) => tokens[k + d]?.folded === word))
}

/** Whether one of the expressions ends at token `k` ("à jamais", "que jamais"). */
function endsFixed(tokens: readonly Token[], k: number, expressions: ReadonlyArray<readonly string[]>): boolean {
  return expressions.some((words) => words.length > 1 && words.every((word, d) => tokens[k - (words.length - 1) + d]?.folded === word) && k >= words.length - 1)
}

function range(from: number, to: number): number[] {
  return Array.from({length: Math.max(0, to - from)}, (_, k) => from + k)
}

/**
 * Words that say "not" in their meaning: one of them may answer a negation on the other side ("fail to" / "ne pas
 * réussir", "unless" / "à moins que", "impossible" / "pas possible", "free of charge" / "sans frais"). They answer
 * a negation, never raise one. Matched by stem, as lemmas are written here.
 */
const negativeWordList: Record<Lang, string> = {
  en:
    'fail failure lack absence absent refuse refusal deny denial reject prohibit prohibited forbid forbidden avoid prevent preclude ' +
    'exclude excluding except exception unless neglect omit omission cease stop halt miss hardly barely rarely seldom zero nil ' +
    'instead rather beyond outside unable unlikely impossible inability invalid ineligible illegal unlawful unauthorized inaccessible ' +
    'unavailable unknown uncertain unclear incomplete insufficient inadequate inappropriate unnecessary unacceptable ignore waive exempt ' +
    'exemption free hesitate',
  fr:
    'échouer échec manquer manque absence absent refuser refus nier rejeter rejet interdire interdit interdiction éviter empêcher exclure ' +
    'exclusion sauf excepté exception hormis omettre omission cesser arrêter moins impossible incapable incapacité invalide ' +
    'inadmissible illégal illicite inconnu incertain incomplet insuffisant inadéquat inapproprié inutile inacceptable ignorer dispenser ' +
    'dispense exempter exemption exonérer exonération gratuit gratuitement zéro néant hésiter',
}
const negativeWords = stemSets(negativeWordList)

/** The stems of space-separated lemmas, by language, as tokens' `stem` reads them. */
function stemSets(lists: Record<Lang, string>): Record<Lang, ReadonlySet<string>> {
  const stems = (lang: Lang) => new Set(lists[lang].split(' ').map((word) => fold(stem(word, lang))))
  return {en: stems('en'), fr: stems('fr')}
}

/** English words made negative by a suffix: "toll-free", "barrier-free", "homeless", "regardless", "wireless". */
const negativeSuffixes = [
  {suffix: 'less', before: 3},
  {suffix: 'free', before: 2},
]

/** Whether a token says "not" in its meaning (see `negativeWords`). */
export function isNegativeWord(token: Token, lang: Lang): boolean {
  if (negativeWords[lang].has(token.stem)) return true
  // "non-response", "non-developers": one English token, where French often writes "non" apart.
  if (/^non[-‐]/i.test(token.text)) return true
  return lang === 'en' && negativeSuffixes.some(({suffix, before}) => token.folded.endsWith(suffix) && token.folded.length >= suffix.length + before)
}

/** Prefixes that negate a word: "impossible", "unlawful", "non-residents", "désactiver", "illégal". */
const negativePrefixes: Record<Lang, readonly string[]> = {
  en: ['non', 'un', 'in', 'im', 'il', 'ir', 'dis'],
  fr: ['non', 'in', 'im', 'il', 'ir', 'des', 'de', 'dis', 'mal', 'me'],
}

/**
 * The word without its negative prefix when it has one and the rest is a word of some length ("impossible" →
 * "possible"); undefined otherwise. Whether the prefix negates is for the caller to judge, by what the word is
 * answered with on the other side ("information" has "in" and is answered by "information").
 */
export function unprefixed(token: Token, lang: Lang): string | undefined {
  for (const prefix of negativePrefixes[lang]) {
    const rest = token.folded.slice(prefix.length)
    if (token.folded.startsWith(prefix) && rest.length >= 4) return rest
  }
  return undefined
}
