// Meaning flips for the benchmarks: one sentence, English or French, turned into a wrong translation in which every
// word still has a counterpart, the way a hurried translator or an editing slip gets it wrong:
//   negation-insert  the main finite verb made negative ("est" → "n'est pas", "provides" → "does not provide");
//   negation-remove  an existing negation taken out ("ne s'applique pas" → "s'applique", "cannot" → "can");
//   modal-flip       obligation turned into permission or back ("doit" → "peut", "must" → "may");
//   opposite-swap    one word replaced with its opposite ("augmente" → "diminue", "before" → "after").
// Each perturbation keeps the sentence grammatical (elision, "pas de", agreement, a/an) or is not made at all: a kind
// that does not apply to a sentence gives null. Pure and deterministic: the same sentence gives the same result.
// The word lists are this file's own, kept apart from the checker's data, so that the benchmark measures it.

export const KINDS = ['negation-insert', 'negation-remove', 'modal-flip', 'opposite-swap']

/**
 * The sentence with one meaning flip of `kind`, as {text, start, end, note}: `start` and `end` delimit the changed
 * words in the new text, `note` says what changed. Null when the kind does not apply to the sentence.
 */
export function perturbSentence(text, lang, kind) {
  const perturb = perturbers[kind]?.[lang]
  if (perturb === undefined) throw new Error(`perturbSentence: unknown kind '${kind}' or language '${lang}'`)
  return isInLanguage(text, lang) ? perturb(text) : null
}

// ——— Words and edits ———

const frenchTokenPattern =
  /aujourd['’]hui|quelqu['’]une?|(?:lorsqu|puisqu|jusqu|quoiqu|qu|[cdjlmnst])['’](?=\p{L})|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/giu
const englishTokenPattern = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** The words and punctuation marks of a sentence, with their offsets; `lower` is lower-cased with a straight apostrophe. */
function tokenize(text, lang) {
  const pattern = lang === 'fr' ? frenchTokenPattern : englishTokenPattern
  return [...text.matchAll(pattern)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase().replace(/’/g, "'"),
    start: match.index,
    end: match.index + match[0].length,
    word: /[\p{L}\p{N}]/u.test(match[0]),
  }))
}

/** Replaces ranges of `text` ({start, end, text}, not overlapping); the result spans the first to the last edit. */
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let result = ''
  let position = 0
  let start = 0
  let end = 0
  sorted.forEach((edit, k) => {
    result += text.slice(position, edit.start)
    // The changed words, without the spaces an edit may carry at its ends ("de " for "des ").
    if (k === 0) start = result.length + (/^\s*/.exec(edit.text)?.[0].length ?? 0)
    result += edit.text
    end = result.length - (/\s*$/.exec(edit.text)?.[0].length ?? 0)
    position = edit.end
  })
  return {text: result + text.slice(position), start, end}
}

function perturbation(text, edits, note) {
  return {...applyEdits(text, edits), note}
}

/** A list of words written as one string. */
const split = (words) => words.trim().split(/\s+/)
const apostropheOf = (text) => (text.includes('’') ? '’' : "'")
const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1)
const decapitalize = (word) => (/^\p{Lu}\p{Ll}/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word)
const isCapitalized = (word) => /^\p{Lu}/u.test(word)
const withCaseOf = (model, word) => (isCapitalized(model) ? capitalize(word) : word)
const commonWords = {
  fr: new Set(split('le la les des est et dans pour une du que qui sur avec sont pas par ce au aux ou')),
  en: new Set(split('the and of to is are in for with that this be by on as an it from can or')),
}
/** Whether a sentence reads as `lang` rather than the other language (an English sentence left in the French…). */
function isInLanguage(text, lang) {
  const words = tokenize(text, 'en').map((token) => token.lower)
  const count = (language) => words.filter((word) => commonWords[language].has(word)).length
  return count(lang) >= count(lang === 'fr' ? 'en' : 'fr')
}
const wordCount = (tokens) => tokens.filter((token) => token.word).length
const isQuestion = (text) => /\?\s*$/.test(text)
/** Too short to be a sentence of prose: a heading, a label. */
const tooShort = (tokens) => wordCount(tokens) < 5

/** French words before which "ne", "le", "de"… lose their vowel (h counts as mute but for a few words). */
const aspiratedH = new Set(['hausse', 'hausses', 'haut', 'haute', 'hauts', 'hautes', 'hors', 'hiérarchie', 'honte', 'hasard'])
const startsWithVowelSound = (word) => /^[aeiouyàâäéèêëîïôöûüœæ]/i.test(word) || (/^h/i.test(word) && !aspiratedH.has(word.toLowerCase()))

/**
 * The candidate of the main clause: the first one, but that a candidate just after a subordinating word ("qui",
 * "si", "that", "if"…) is taken as the verb of that clause and passed over, while another remains.
 */
function mainClauseCandidate(tokens, candidates, isSubordinator) {
  let pending = 0
  let from = 0
  for (const candidate of candidates) {
    for (let i = from; i < candidate.index; i++) if (isSubordinator(tokens, i)) pending++
    from = candidate.index + 1
    if (pending === 0) return candidate
    pending--
  }
  return candidates[0]
}

// ——— French negation ———

/** Finite forms of frequent French verbs, those a negation can stand around. */
const frenchFiniteVerbs = new Set(
  split(`
    est sont était étaient sera seront serait seraient êtes sommes soit soient
    a ont avait avaient aura auront aurait auraient avez avons ai
    peut peuvent pourra pourront pourrait pourraient pouvait pouvaient pouvez pouvons
    doit doivent devra devront devrait devraient devait devaient devez devons
    fait font fera feront faites va vont ira iront faut faudra faudrait veut veulent voulez sait savent
    permet permettent permettra permettront prévoit prévoient vise visent comprend comprennent
    applique appliquent offre offrent fournit fournissent contient contiennent existe existent
    utilise utilisent nécessite nécessitent exige exigent requiert inclut incluent crée créent
    ajoute ajoutent affiche affichent génère génèrent produit produisent fonctionne fonctionnent
    dépend dépendent représente représentent indique indiquent décrit décrivent définit définissent
    reçoit reçoivent prend prennent donne donnent devient deviennent tient tiennent vient viennent agit
    trouve trouvent assure assurent garantit garantissent couvre couvrent concerne concernent
    correspond correspondent accepte acceptent respecte respectent soutient soutiennent
    exécute exécutent vérifie vérifient suit suivent sert servent reste restent propose proposent
    possède possèdent traite traitent affecte affectent remplace remplacent empêche empêchent
    engage engagent attend attendent reconnaît reconnaissent demande demandent met mettent
    consiste consistent repose reposent lance lancent extrait convertit convertissent suffit signifie signifient
    explique expliquent améliore améliorent facilite facilitent favorise favorisent établit établissent gère gèrent
    envoie envoient retourne retournent renvoie renvoient semble semblent modifie modifient supprime suppriment
    comporte comportent regroupe regroupent détermine déterminent dispose disposent publie publient appelle appellent
    contribue contribuent traduit lit écrit montre montrent
    utilisons recommandons encourageons invitons souhaitons offrons fournissons travaillons
  `),
)
const frenchEtre = new Set(split('est sont était étaient sera seront serait seraient êtes sommes soit soient'))
const frenchAuxiliaries = new Set([...frenchEtre, ...split('a ont avait avaient aura auront aurait auraient avez avons ai été être avoir')])
/** Verbs whose object article turns into "de" under negation ("a des droits" → "n'a pas de droits"). */
const frenchTransitive = new Set(
  split(`
    a ont avait avaient aura auront aurait auraient avez avons ai offre offrent fournit fournissent contient contiennent
    comprend comprennent utilise utilisent nécessite nécessitent exige exigent requiert inclut incluent crée créent
    ajoute ajoutent affiche affichent génère génèrent produit produisent reçoit reçoivent donne donnent fait font
    prévoit prévoient propose proposent possède possèdent garantit garantissent prend prennent exécute exécutent
    trouve trouvent existe existent lance lancent supprime suppriment modifie modifient publie publient montre montrent
  `),
)
const frenchSubjects = new Set(split("il elle on ils elles je j' tu nous vous cela ça ceci qui"))
const frenchAlwaysClitics = new Set(split("se s' me m' te t' lui"))
const frenchObjectClitics = new Set(split("le la les l' leur en y"))
/** Words before which a verb form is a noun ("une offre", "le reste", "en fait"). */
const frenchNounMarkers = new Set(
  split(`
    le la les l' un une des du de d' au aux en ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre
    vos chaque par pour sur dans avec sans à tout toute tous toutes quel quelle quels quelles plusieurs aucun aucune
    certains certaines autre autres même
  `),
)
const frenchSubordinators = new Set(split("qui que qu' dont où si lorsque lorsqu' quand puisque puisqu' quoique"))
const frenchComparatives = new Set(split('ainsi plus moins autre autres même tel telle tels telles'))
const isFrenchSubordinator = (tokens, i) =>
  (frenchSubordinators.has(tokens[i].lower) && !(tokens[i].lower.startsWith('qu') && frenchComparatives.has(tokens[i - 1]?.lower ?? ''))) ||
  (tokens[i].lower === "s'" && /^ils?$/.test(tokens[i + 1]?.lower ?? ''))
const frenchNegationPattern = /(?:^|[\s(«"'’])(?:ne|n['’])(?=[\s\p{L}])|(?<!\p{L})(?:sans|jamais|aucune?|rien|ni|nul|nulle)(?!\p{L})/iu

/** Words after which "pas" cannot simply follow the verb ("ne peut pas également", "n'a pas peu de"). */
const frenchAdverbsAfterVerb = new Set(
  split('aussi également cependant toutefois néanmoins pourtant donc peu ainsi notamment non plus déjà maintenant quelques plusieurs certains certaines'),
)
/** Finite forms that are also participles ("un code produit par…"): finite after a subject pronoun or before an object. */
const frenchParticipleHomographs = new Set(split('fait produit décrit extrait traduit écrit'))
/** Pronouns of an affirmative imperative ("Assurez-vous") and their place before the verb in a negative one. */
const imperativePronouns = {vous: 'vous', nous: 'nous', le: 'le', la: 'la', les: 'les', en: 'en', y: 'y', lui: 'lui', leur: 'leur', moi: 'me', toi: 'te'}
const notImperatives = new Set(['chez', 'nez', 'assez'])

/** The clitic pronouns just before the verb at `index` ("il ne *les y* a pas"), as the index of the first. */
function frenchCliticStart(tokens, index) {
  let start = index
  for (let i = index - 1; i >= 0; i--) {
    const lower = tokens[i].lower
    if (frenchAlwaysClitics.has(lower)) start = i
    else if (frenchObjectClitics.has(lower) && i > 0 && (frenchSubjects.has(tokens[i - 1].lower) || isFrenchClitic(tokens, i - 1))) start = i
    else if ((lower === 'nous' || lower === 'vous') && !agreesWith(lower, tokens[index].lower)) start = i
    else break
  }
  return start
}
/** "vous pouvez", "nous avons": the pronoun is the verb's subject, not its object ("cela vous permet"). */
const agreesWith = (pronoun, verb) => (pronoun === 'vous' ? /(?:ez|êtes|faites|dites)$/ : /(?:ons|sommes)$/).test(verb)
const isFrenchClitic = (tokens, i) =>
  frenchAlwaysClitics.has(tokens[i].lower) || (frenchObjectClitics.has(tokens[i].lower) && i > 0 && frenchSubjects.has(tokens[i - 1].lower))

/** The finite verbs of a French sentence that can carry "ne … pas": {index, cliticStart, imperative}. */
function frenchVerbCandidates(tokens) {
  const firstWord = tokens.findIndex((token) => token.word)
  const candidates = []
  tokens.forEach((token, index) => {
    if (!token.word || frenchAdverbsAfterVerb.has(tokens[index + 1]?.lower)) return
    const previous = tokens[index - 1]
    // An instruction: "Ajoutez…", "Assurez-vous…", or after a comma ("Pour activer le TOC, ajoutez…").
    const imperative = /^(\p{L}+ez)(?:-(\p{L}+))?$/u.exec(token.text)
    const opensInstruction = index === firstWord || (/^[,;]$/.test(previous?.text ?? '') && !isCapitalized(token.text))
    if (opensInstruction && imperative !== null && !notImperatives.has(imperative[1].toLowerCase()) && !frenchFiniteVerbs.has(imperative[1].toLowerCase())) {
      if (imperative[2] === undefined || imperative[2].toLowerCase() in imperativePronouns) candidates.push({index, cliticStart: index, imperative: true})
      return
    }
    if (index === firstWord || !frenchFiniteVerbs.has(token.lower) || isCapitalized(token.text)) return
    const cliticStart = frenchCliticStart(tokens, index)
    const before = tokens[cliticStart - 1]
    // A verb needs its subject before it: none after a colon ("Remplacement : Remplace les espaces").
    if (before === undefined || before.text === ':') return
    // A verb form after a determiner is a noun ("une offre", "en fait"), after an auxiliary a participle ("a fait").
    if (cliticStart === index && frenchNounMarkers.has(before.lower) && !(before.lower === 'ce' && frenchEtre.has(token.lower))) return
    if (cliticStart === index && frenchAuxiliaries.has(before.lower)) return
    const next = tokens[index + 1]
    if (
      frenchParticipleHomographs.has(token.lower) &&
      !frenchSubjects.has(before.lower) &&
      !frenchFollowingDeterminers.has(next?.lower) &&
      next?.lower !== 'partie'
    )
      return
    candidates.push({index, cliticStart, imperative: false})
  })
  return candidates
}

function frenchNegationInsert(text) {
  const tokens = tokenize(text, 'fr')
  if (isQuestion(text) || tooShort(tokens) || frenchNegationPattern.test(text)) return null
  const candidates = frenchVerbCandidates(tokens)
  if (candidates.length === 0) return null
  const chosen = mainClauseCandidate(tokens, candidates, isFrenchSubordinator)
  return chosen.imperative ? frenchNegativeImperative(text, tokens, chosen.index) : frenchNegativeVerb(text, tokens, chosen)
}

const ne = (next, apostrophe) => (startsWithVowelSound(next) ? `n${apostrophe}` : 'ne ')

/** "Ajoutez un widget" → "N'ajoutez pas de widget"; "Assurez-vous" → "Ne vous assurez pas"; "Veuillez ne pas noter". */
function frenchNegativeImperative(text, tokens, index) {
  const apostrophe = apostropheOf(text)
  if (tokens[index].lower === 'veuillez') {
    const next = tokens[index + 1]
    if (next === undefined || !next.word) return null
    return perturbation(text, [{start: next.start, end: next.start, text: 'ne pas '}], `inserted 'ne pas' after '${tokens[index].text}'`)
  }
  const [verb, pronoun] = tokens[index].text.split('-')
  const lowerVerb = decapitalize(verb)
  let negative
  const first = (word) => (isCapitalized(verb) ? capitalize(word) : word)
  if (pronoun === undefined) negative = `${first(ne(lowerVerb, apostrophe))}${lowerVerb} pas`
  else {
    const clitic = imperativePronouns[pronoun.toLowerCase()]
    const elided = /^(?:le|la|me|te)$/.test(clitic) && startsWithVowelSound(lowerVerb) ? `${clitic.charAt(0)}${apostrophe}` : `${clitic} `
    negative = `${first(ne(clitic, apostrophe))}${elided}${lowerVerb} pas`
  }
  const edits = [{start: tokens[index].start, end: tokens[index].end, text: negative}, ...partitiveDe(tokens, index, apostrophe)]
  return perturbation(text, edits, `inserted 'ne … pas' around the imperative '${tokens[index].text}'`)
}

/** "est" → "n'est pas", "c'est" → "ce n'est pas", "s'applique" → "ne s'applique pas", "a des" → "n'a pas de". */
function frenchNegativeVerb(text, tokens, {index, cliticStart}) {
  const apostrophe = apostropheOf(text)
  const verb = tokens[index]
  const first = tokens[cliticStart]
  const before = tokens[cliticStart - 1]
  const edits = []
  // An elided subject gets its vowel back: "c'est" → "ce n'est pas", "j'ai" → "je n'ai pas".
  if (before !== undefined && (before.lower === "c'" || before.lower === "j'") && before.end === first.start) {
    edits.push({start: before.start, end: first.start, text: `${before.text.charAt(0)}e ${ne(first.text, apostrophe)}`})
  } else edits.push({start: first.start, end: first.start, text: ne(first.text, apostrophe)})
  edits.push({start: verb.end, end: verb.end, text: ' pas'})
  const reflexive = cliticStart < index && /^s/.test(tokens[index - 1].lower)
  if (!reflexive) edits.push(...partitiveDe(tokens, index, apostrophe))
  const around = text.slice(first.start, verb.end)
  return perturbation(text, edits, `inserted 'ne … pas' around '${around}'${edits.length > 2 ? ` and the article after it made 'de'` : ''}`)
}

/** Under negation the object's indefinite or partitive article becomes "de": "a des droits" → "n'a pas de droits". */
function partitiveDe(tokens, index, apostrophe) {
  const verb = tokens[index].lower.split('-')[0]
  const imperative = verb.endsWith('ez')
  if (!imperative && !frenchTransitive.has(verb)) return []
  let article = tokens[index + 1]
  let noun = tokens[index + 2]
  // "du contexte", "de la place", "de l'aide": the partitive goes the same way.
  if (article?.lower === 'de' && (noun?.lower === 'la' || noun?.lower === "l'")) [article, noun] = [{...article, lower: 'du'}, tokens[index + 3]]
  if (article === undefined || noun === undefined || !noun.word || !/^(?:un|une|des|du)$/.test(article.lower)) return []
  // A list of objects keeps its articles: "pas de modèles, des outils" would not be French.
  const rest = tokens.slice(index + 3, index + 12).map((token) => token.lower)
  if (rest.some((word, k) => /^(?:un|une|des)$/.test(word) && /^(?:,|et|ou)$/.test(rest[k - 1] ?? ''))) return []
  return [{start: article.start, end: noun.start, text: startsWithVowelSound(noun.text) ? `d${apostrophe}` : 'de '}]
}

const frenchNegators = new Set(['pas', 'jamais', 'plus', 'point', 'guère'])

function frenchNegationRemove(text) {
  const tokens = tokenize(text, 'fr')
  for (let n = 0; n < tokens.length; n++) {
    if (tokens[n].lower !== 'ne' && tokens[n].lower !== "n'") continue
    const removed = frenchInfinitiveNegation(text, tokens, n) ?? frenchFiniteNegation(text, tokens, n)
    if (removed !== null) return removed
  }
  return frenchNonRemove(text, tokens)
}

/** "de ne pas utiliser" → "d'utiliser", "Ne pas créer" → "Créer". */
function frenchInfinitiveNegation(text, tokens, n) {
  const negator = tokens[n + 1]
  const infinitive = tokens[n + 2]
  if (negator === undefined || infinitive === undefined || !frenchNegators.has(negator.lower) || !/(?:er|ir|re|oir)$/.test(infinitive.lower)) return null
  const before = tokens[n - 1]
  const apostrophe = apostropheOf(text)
  const first = before === undefined || !before.word
  const infinitiveText = first ? capitalize(infinitive.text) : infinitive.text
  if (before?.lower === 'de' && startsWithVowelSound(infinitive.text)) {
    return perturbation(
      text,
      [{start: before.start, end: infinitive.end, text: `${before.text.charAt(0)}${apostrophe}${infinitiveText}`}],
      `removed 'ne ${negator.text}' before '${infinitive.text}'`,
    )
  }
  return perturbation(text, [{start: tokens[n].start, end: infinitive.end, text: infinitiveText}], `removed 'ne ${negator.text}' before '${infinitive.text}'`)
}

/** "n'est pas" → "est", "ce n'est pas" → "c'est", "n'a aucun" → "a un", "n'a pas de limites" → "a des limites". */
function frenchFiniteNegation(text, tokens, n) {
  let verb = n + 1
  while (tokens[verb] !== undefined && (frenchAlwaysClitics.has(tokens[verb].lower) || frenchObjectClitics.has(tokens[verb].lower))) verb++
  const negator = tokens[verb + 1]
  if (tokens[verb] === undefined || !tokens[verb].word || negator === undefined) return null
  const sentenceInitial = tokens.slice(0, n).every((token) => !token.word)
  if (sentenceInitial && verb > n + 1) return null // "Ne le faites pas": the pronoun would have to move after the verb.
  if (repeatsEarlier(tokens, verb)) return null
  // "ne doit pas être source de confusion ni impliquer…": the "ni" needs the negation.
  if (tokens.slice(verb + 2).some((token) => token.lower === 'ni')) return null
  const after = tokens[verb + 2]
  if (negator.lower === 'aucun' || negator.lower === 'aucune') {
    return finishFrenchRemoval(text, tokens, n, verb, negator, negator.lower === 'aucun' ? ' un' : ' une', sentenceInitial)
  }
  if (!frenchNegators.has(negator.lower)) return null
  // "ne … pas du tout" goes as a whole; "pas encore" becomes "déjà"; "ne … pas non plus" is left alone.
  if (negator.lower === 'pas' && after?.lower === 'du' && tokens[verb + 3]?.lower === 'tout') {
    return finishFrenchRemoval(text, tokens, n, verb, tokens[verb + 3], '', sentenceInitial)
  }
  if (negator.lower === 'pas' && after?.lower === 'encore') return finishFrenchRemoval(text, tokens, n, verb, after, ' déjà', sentenceInitial)
  if (after?.lower === 'non') return null
  if (after !== undefined && (after.lower === 'de' || after.lower === "d'") && !frenchEtre.has(tokens[verb].lower)) {
    // "pas de limites" → "des limites"; a singular noun would need its gender ("une limite", "un délai").
    const noun = tokens[verb + 3]
    if (noun === undefined || !/[sx]$/.test(noun.lower)) return null
    return finishFrenchRemoval(text, tokens, n, verb, after, after.lower === "d'" ? ' des ' : ' des', sentenceInitial)
  }
  return finishFrenchRemoval(text, tokens, n, verb, negator, '', sentenceInitial)
}

/** Takes out "ne" and everything from the verb's end to `last`, putting `replacement` in their place. */
function finishFrenchRemoval(text, tokens, n, verb, last, replacement, sentenceInitial) {
  const ne = tokens[n]
  const before = tokens[n - 1]
  const kept = text.slice(tokens[n + 1].start, tokens[verb].end)
  let start = ne.start
  let rewritten = sentenceInitial ? capitalize(kept) : kept
  // The subject before "ne" takes its elision back: "ce n'est" → "c'est", "je n'ai" → "j'ai".
  const elides = before?.lower === 'ce' ? /^[eé]/i.test(kept) : before?.lower === 'je' && startsWithVowelSound(kept)
  if (elides) {
    start = before.start
    rewritten = `${before.text.charAt(0)}${apostropheOf(text)}${kept}`
  }
  const negation = text.slice(tokens[verb].end, last.end).trim()
  return perturbation(
    text,
    [{start, end: last.end, text: rewritten + replacement}],
    `removed '${ne.text.trim()} … ${negation}' around '${tokens[verb].text}'${replacement ? ` ('${replacement.trim()}' in its place)` : ''}`,
  )
}

/** "qui satisfont ou ne satisfont pas", "valables et non valables": without the negation, the word says itself twice. */
function repeatsEarlier(tokens, index) {
  return tokens.slice(Math.max(0, index - 6), index).some((token) => token.lower === tokens[index].lower)
}

/** "les fichiers non modifiés" → "les fichiers modifiés", "le non-respect" → "le respect". */
function frenchNonRemove(text, tokens) {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const hyphenated = /^non-(\p{L}.*)$/iu.exec(token.text)
    if (hyphenated !== null && i > 0) {
      return perturbation(text, [{start: token.start, end: token.end, text: hyphenated[1]}], `removed the prefix 'non-' of '${token.text}'`)
    }
    const next = tokens[i + 1]
    if (token.lower !== 'non' || i === 0 || next === undefined || !next.word || isCapitalized(next.text) || repeatsEarlier(tokens, i + 1)) continue
    if (/^(?:seulement|plus|pas|moins|loin)$/.test(next.lower) || /^(?:ou|si|que)$/.test(tokens[i - 1].lower)) continue
    return perturbation(text, [{start: token.start, end: next.end, text: next.text}], `removed 'non' before '${next.text}'`)
  }
  return null
}

// ——— English negation ———

const englishAuxiliaries = new Set(split('is are was were will must should would could may might shall can has have had'))
/** Third person forms of lexical verbs and their base forms, for "does not". */
const englishThirdPerson = Object.fromEntries(
  split(`
    provides:provide includes:include allows:allow requires:require applies:apply contains:contain gives:give uses:use
    supports:support creates:create offers:offer makes:make enables:enable ensures:ensure describes:describe
    explains:explain exists:exist generates:generate produces:produce permits:permit prevents:prevent
    represents:represent defines:define becomes:become remains:remain seems:seem appears:appear belongs:belong
    depends:depend consists:consist involves:involve specifies:specify indicates:indicate receives:receive
    accepts:accept performs:perform replaces:replace identifies:identify protects:protect covers:cover affects:affect
    takes:take meets:meet sends:send displays:display stores:store helps:help needs:need means:mean works:work
    runs:run shows:show follows:follow lets:let gets:get goes:go handles:handle manages:manage reflects:reflect
    collects:collect shares:share contributes:contribute
  `).map((pair) => pair.split(':')),
)
const englishBaseToThird = Object.fromEntries(Object.entries(englishThirdPerson).map(([third, base]) => [base, third]))
/** Verbs an instruction starts with ("Add", "Run"): "Do not add". */
const englishImperatives = new Set(
  split(`
    add create use run install click select enter type make set check ensure follow read download upload include remove
    delete update change navigate go copy edit submit visit contact consult apply review keep avoid provide send save share
    store write test deploy configure start stop call choose define specify replace modify build clone push commit merge
    publish sign log register complete fill attach report verify enable disable import export display print move rename
    list identify consider contribute help try allow give take let tell ask upgrade launch execute generate open close
  `),
)
const englishDeterminers = new Set(split('a an the its their his her our your my each every no any some of for to with in on at by'))
/** What follows a verb that opens an instruction ("Add the file", "Run it"), rather than a noun ("Open source is…"). */
const englishImperativeFollowers = new Set(
  split('the a an your this these that those all any each every it them yourself to in on with for from up out down at our their its one some both either'),
)
const englishParticiples = new Set(
  split(`
    been done made given taken seen written known shown gone become begun built found held kept left met paid put read
    run said sent set spent told understood won chosen driven drawn grown thrown broken spoken stolen forgotten gotten
    got brought bought caught taught thought led lost meant sold had heard felt come
  `),
)
const englishAdverbs = new Set(split('already also recently just always since previously now successfully finally still often'))
const englishSubordinators = new Set(split('that which who whom whose if when where while because although though unless until whether once since'))
const englishNegationPattern = /(?<!\p{L})(?:not|never|no|none|nor|without|cannot|nothing|nobody|neither)(?!\p{L})|n['’]t(?!\p{L})/iu
const isEnglishSubordinator = (tokens, i) =>
  englishSubordinators.has(tokens[i].lower) || (tokens[i].text === 'As' && tokens.slice(0, i).every((token) => !token.word))
const isEnglishParticiple = (word) => /ed$/.test(word) || englishParticiples.has(word)

/** After "has", "have", "had": does a past participle follow (perhaps after an adverb)? */
function participleFollows(tokens, index) {
  let next = index + 1
  while (tokens[next] !== undefined && englishAdverbs.has(tokens[next].lower)) next++
  return tokens[next] !== undefined && isEnglishParticiple(tokens[next].lower)
}

/** The finite verbs of an English sentence a "not" can go with: {index, form}. */
function englishVerbCandidates(tokens) {
  const firstWord = tokens.findIndex((token) => token.word)
  const candidates = []
  tokens.forEach((token, index) => {
    if (!token.word) return
    const previous = tokens[index - 1]
    if (index === firstWord || (previous?.lower === 'please' && index === firstWord + 1)) {
      if (englishImperatives.has(token.lower) && englishImperativeFollowers.has(tokens[index + 1]?.lower)) candidates.push({index, form: 'imperative'})
      return
    }
    const next = tokens[index + 1]
    if (englishDeterminers.has(previous.lower)) return
    if (englishAuxiliaries.has(token.lower)) {
      if (token.text === 'May' || /^\d/.test(next?.text ?? '')) return
      if (/^(?:is|are|was|were)$/.test(token.lower) && (next === undefined || !next.word || previous.lower === 'as')) return
      if (/^ha(?:s|ve|d)$/.test(token.lower) && !participleFollows(tokens, index)) candidates.push({index, form: 'lexical'})
      else candidates.push({index, form: 'auxiliary'})
    } else if (token.lower in englishThirdPerson && token.text === token.lower) {
      if (next !== undefined && (englishAuxiliaries.has(next.lower) || next.lower === 'of')) return
      if (token.lower === 'follows' && previous.lower === 'as') return
      candidates.push({index, form: 'lexical'})
    }
  })
  return candidates
}

const doSupport = {has: 'does not have', have: 'do not have', had: 'did not have'}

function englishNegationInsert(text) {
  const tokens = tokenize(text, 'en')
  if (isQuestion(text) || tooShort(tokens) || englishNegationPattern.test(text)) return null
  const candidates = englishVerbCandidates(tokens)
  if (candidates.length === 0) return null
  const {index, form} = mainClauseCandidate(tokens, candidates, isEnglishSubordinator)
  const verb = tokens[index]
  if (form === 'imperative') {
    const doNot = isCapitalized(verb.text) ? 'Do not' : 'do not'
    return perturbation(text, [{start: verb.start, end: verb.end, text: `${doNot} ${decapitalize(verb.text)}`}], `inserted '${doNot}' before '${verb.text}'`)
  }
  if (form === 'auxiliary') {
    if (verb.lower === 'can') return perturbation(text, [{start: verb.start, end: verb.end, text: `${verb.text}not`}], `'${verb.text}' made 'cannot'`)
    return perturbation(text, [{start: verb.start, end: verb.end, text: `${verb.text} not`}], `inserted 'not' after '${verb.text}'`)
  }
  const base = englishThirdPerson[verb.lower]
  // "automatically generates" → "does not automatically generate".
  const adverb = tokens[index - 1]
  if (base !== undefined && /^\p{Ll}+ly$/u.test(adverb.text)) {
    const negative = `does not ${adverb.text} ${base}`
    return perturbation(text, [{start: adverb.start, end: verb.end, text: negative}], `'${adverb.text} ${verb.text}' made '${negative}'`)
  }
  const negative = doSupport[verb.lower] ?? `does not ${base}`
  return perturbation(text, [{start: verb.start, end: verb.end, text: negative}], `'${verb.text}' made '${negative}'`)
}

/** Words that need the negation they follow ("not yet", "not either", "not only"): left alone. */
const englishNegativeCompanions = new Set(split('yet either only anymore'))
const englishContractions = {
  "isn't": 'is',
  "aren't": 'are',
  "wasn't": 'was',
  "weren't": 'were',
  "won't": 'will',
  "can't": 'can',
  "couldn't": 'could',
  "shouldn't": 'should',
  "wouldn't": 'would',
  "mustn't": 'must',
  "hasn't": 'has',
  "haven't": 'have',
  "hadn't": 'had',
}
const englishIrregularPast = Object.fromEntries(
  split(`
    make:made give:gave take:took find:found have:had go:went do:did get:got know:knew see:saw say:said send:sent
    build:built keep:kept leave:left meet:met pay:paid put:put read:read run:ran set:set tell:told think:thought
    write:wrote come:came become:became begin:began bring:brought buy:bought choose:chose hold:held lose:lost mean:meant
    sell:sold understand:understood let:let
  `).map((pair) => pair.split(':')),
)

/** "provide" after "does not" → "provides". */
function thirdPerson(base) {
  if (base in englishBaseToThird) return englishBaseToThird[base]
  if (base === 'have') return 'has'
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

/** "provide" after "did not" → "provided"; null for a form this file cannot be sure of ("stop" → "stopped"). */
function pastTense(base) {
  if (base in englishIrregularPast) return englishIrregularPast[base]
  if (/e$/.test(base)) return `${base}d`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) return null
  return `${base}ed`
}

function englishNegationRemove(text) {
  const tokens = tokenize(text, 'en')
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const previous = tokens[i - 1]
    const next = tokens[i + 1]
    if (token.lower === 'cannot') return perturbation(text, [{start: token.start, end: token.end, text: token.text.slice(0, 3)}], `'${token.text}' made 'can'`)
    if (token.lower in englishContractions && next?.word && !englishNegativeCompanions.has(next.lower)) {
      const positive = withCaseOf(token.text, englishContractions[token.lower])
      return perturbation(text, [{start: token.start, end: token.end, text: positive}], `'${token.text}' made '${positive}'`)
    }
    const doForm = /^(do|does|did)(?: not|n't)$/.exec(`${token.lower}${next?.lower === 'not' ? ' not' : ''}`)
    if (doForm !== null) {
      const removed = englishDoSupportRemove(text, tokens, i, doForm[1])
      if (removed !== null) return removed
      continue
    }
    if (token.lower === 'not' && previous !== undefined && englishAuxiliaries.has(previous.lower) && next?.word && !englishNegativeCompanions.has(next.lower)) {
      return perturbation(text, [{start: previous.start, end: token.end, text: previous.text}], `removed 'not' after '${previous.text}'`)
    }
    if (token.lower === 'never' && next?.word) {
      const kept = previous === undefined ? capitalize(next.text) : next.text
      return perturbation(text, [{start: token.start, end: next.end, text: kept}], `removed 'never' before '${next.text}'`)
    }
    if (token.lower === 'no' && next?.lower === 'longer' && tokens[i + 2]?.word) {
      return perturbation(text, [{start: token.start, end: tokens[i + 2].end, text: tokens[i + 2].text}], `removed 'no longer' before '${tokens[i + 2].text}'`)
    }
  }
  return null
}

/** "does not provide" → "provides", "do not use" → "use", "Don't add" → "Add", "did not create" → "created". */
function englishDoSupportRemove(text, tokens, i, form) {
  const contracted = tokens[i].lower.endsWith("n't")
  const verb = tokens[i + (contracted ? 1 : 2)]
  if (verb === undefined || !verb.word || !/^\p{Ll}+$/u.test(verb.text)) return null
  const positive = form === 'do' ? verb.text : form === 'does' ? thirdPerson(verb.text) : pastTense(verb.text)
  if (positive === null) return null
  const sentenceInitial = tokens.slice(0, i).every((token) => !token.word)
  const kept = sentenceInitial ? capitalize(positive) : positive
  const negation = text.slice(tokens[i].start, verb.start).trim()
  return perturbation(text, [{start: tokens[i].start, end: verb.end, text: kept}], `'${negation} ${verb.text}' made '${kept}'`)
}

// ——— Modals ———

const frenchModalForms = Object.fromEntries(
  split(
    `doit:peut doivent:peuvent devra:pourra devront:pourront devrait:pourrait devraient:pourraient dois:peux devez:pouvez
     devons:pouvons devait:pouvait devaient:pouvaient`,
  ).flatMap((pair) => {
    const [must, may] = pair.split(':')
    return [
      [must, may],
      [may, must],
    ]
  }),
)
const frenchObligedPattern = /(?<![\p{L}])(est|sont|êtes|sommes)\s+(tenue?s?)\s+(?:de\s+|d['’])(?=\p{L})/iu
const frenchPossiblePattern = /(?<![\p{L}])(il)\s+est\s+possible\s+(?:de\s+|d['’])(?=\p{L})/iu
const frenchMustPattern = /(?<![\p{L}])(il)\s+faut\s+(?=\p{L}+(?:er|ir|re|oir)\b)/iu
const obligedToMay = {est: 'peut', sont: 'peuvent', êtes: 'pouvez', sommes: 'pouvons'}

/** Whether "ne"/"n'" comes just before the verb at `index`, perhaps with pronouns between. */
function negatedFrench(tokens, index) {
  let i = index - 1
  while (i >= 0 && (frenchAlwaysClitics.has(tokens[i].lower) || frenchObjectClitics.has(tokens[i].lower))) i--
  return i >= 0 && (tokens[i].lower === 'ne' || tokens[i].lower === "n'")
}

function frenchModalFlip(text) {
  const tokens = tokenize(text, 'fr')
  const apostrophe = apostropheOf(text)
  const phrases = [frenchObligedPattern, frenchPossiblePattern, frenchMustPattern]
    .map((pattern) => ({pattern, match: pattern.exec(text)}))
    .filter(({match}) => match !== null && !/(?:^|\s)(?:ne|n['’])\s*$/i.test(text.slice(0, match.index)))
  const single = tokens.findIndex((token, index) => token.lower in frenchModalForms && !negatedFrench(tokens, index))
  const phrase = phrases.sort((a, b) => a.match.index - b.match.index)[0]
  if (phrase !== undefined && (single === -1 || phrase.match.index < tokens[single].start)) {
    const {pattern, match} = phrase
    const start = match.index
    const end = start + match[0].length
    if (pattern === frenchObligedPattern) {
      const may = obligedToMay[match[1].toLowerCase()]
      return perturbation(text, [{start, end, text: `${withCaseOf(match[1], may)} `}], `'${match[0].trim()}' made '${may}'`)
    }
    if (pattern === frenchPossiblePattern) {
      return perturbation(text, [{start, end, text: `${match[1]} faut `}], `'${match[0].trim()}' made 'il faut'`)
    }
    const next = text.slice(end)
    const possible = `${match[1]} est possible ${startsWithVowelSound(next) ? `d${apostrophe}` : 'de '}`
    return perturbation(text, [{start, end, text: possible}], `'${match[0].trim()}' made '${possible.trim()}'`)
  }
  if (single === -1) return null
  const token = tokens[single]
  const flipped = withCaseOf(token.text, frenchModalForms[token.lower])
  return perturbation(text, [{start: token.start, end: token.end, text: flipped}], `'${token.text}' made '${flipped}'`)
}

const englishModalPhrases = [
  {pattern: /\b(is|are) required to\b/i, to: 'may'},
  {pattern: /\b(has|have) to\b/i, to: 'may'},
  {pattern: /\b(is|are) (?:allowed|permitted) to\b/i, to: 'must'},
]
const englishModalWords = {must: 'may', shall: 'may', may: 'must', can: 'must'}

function englishModalFlip(text) {
  const tokens = tokenize(text, 'en')
  const single = tokens.findIndex((token, index) => {
    if (!(token.lower in englishModalWords) || index === 0) return false
    const next = tokens[index + 1]
    if (next === undefined || !next.word || next.lower === 'not' || /^\d/.test(next.text)) return false
    if (token.text === 'May' || englishDeterminers.has(tokens[index - 1].lower)) return false
    return true
  })
  const phrases = englishModalPhrases
    .map(({pattern, to}) => ({match: pattern.exec(text), to}))
    .filter(({match}) => match !== null && !/\b(?:not|will|would|can|could|may|might|must|should|shall|to)\s*$/i.test(text.slice(0, match.index)))
    .filter(({match}) => match.index > 0)
    .sort((a, b) => a.match.index - b.match.index)
  const phrase = phrases[0]
  if (phrase !== undefined && (single === -1 || phrase.match.index < tokens[single].start)) {
    const {match, to} = phrase
    return perturbation(text, [{start: match.index, end: match.index + match[0].length, text: to}], `'${match[0]}' made '${to}'`)
  }
  if (single === -1) return null
  const token = tokens[single]
  const flipped = englishModalWords[token.lower]
  return perturbation(text, [{start: token.start, end: token.end, text: flipped}], `'${token.text}' made '${flipped}'`)
}

// ——— Opposites ———

/**
 * Pairs of opposites, form by form: `both('a b', 'c d')` maps a↔c and b↔d, `oneWay` only from the first list to
 * the second. A form may carry its gender (`entrée:f`), which the articles before it follow; a target may be a
 * function of the context ({previous, next, text, start, end}) giving the form or null when it cannot be sure.
 */
function forms(list) {
  return split(list).map((form) => {
    const [word, gender] = form.split(':')
    return {word: word.replace(/_/g, ' '), gender}
  })
}
function oneWay(from, to, options = {}) {
  const targets = Array.isArray(to) ? to : forms(to)
  return forms(from).map((form, k) => ({from: form.word, fromGender: form.gender, to: targets[k].word ?? targets[k], toGender: targets[k].gender, ...options}))
}
function both(a, b, options = {}) {
  return [...oneWay(a, b, options), ...oneWay(b, a, options)]
}
/** A target chosen by the gender of the noun the word goes with; null when that gender is unclear. */
const byGender = (masculine, feminine) => ({word: (context) => ({m: masculine, f: feminine})[frenchGender(context)] ?? null})

const frenchFeminineDeterminers = new Set(split('la une cette ma ta sa'))
const frenchMasculineDeterminers = new Set(split('le un ce cet du au mon ton son'))
/** The gender of the noun before an adjective: its determiner, or failing that its ending. */
function frenchGender({previous, beforePrevious}) {
  if (previous === undefined || !previous.word) return undefined
  if (frenchFeminineDeterminers.has(beforePrevious?.lower)) return 'f'
  if (frenchMasculineDeterminers.has(beforePrevious?.lower)) return 'm'
  if (/(?:tion|sion|té|ure|ence|ance|ée|ité|ude|esse|ette|ise)s?$/.test(previous.lower)) return 'f'
  if (/(?:ment|age|isme|eau|ier|oir|at|et|ème|aire)s?$/.test(previous.lower)) return 'm'
  return undefined
}

const nextStartsWithVowel = ({next}) => next !== undefined && startsWithVowelSound(next.text)
const notBefore =
  (...words) =>
  ({next}) =>
    next === undefined || !words.includes(next.lower)
const notAfter =
  (...words) =>
  ({previous}) =>
    previous === undefined || !words.includes(previous.lower)
const frenchFollowingDeterminers = new Set(split("le la les l' un une des du ses son sa leur leurs ce cette ces tout toute tous toutes"))
/** "réduit", "interdit": a verb before its object ("réduit les coûts"), else a participle ("un coût réduit"). */
const verbOrParticiple = (verb, participle) => ({word: ({next}) => (next !== undefined && frenchFollowingDeterminers.has(next.lower) ? verb : participle)})

const frenchOpposites = [
  ...both('après_avoir après_être', "avant_d'avoir avant_d'être"),
  ...both('avant après', 'après avant', {when: (context) => notBefore('de', "d'", 'que', "qu'")(context) && notAfter("d'", 'en')(context)}),
  ...both(
    'augmente augmentent augmentez augmenter augmenté augmentée augmentés augmentées augmentera augmenteront',
    'diminue diminuent diminuez diminuer diminué diminuée diminués diminuées diminuera diminueront',
  ),
  ...both('augmentation:f augmentations:f', 'diminution:f diminutions:f'),
  ...oneWay(
    'réduire réduisent réduisez réduira réduiront réduite réduites réduits réduction:f réductions:f',
    'augmenter augmentent augmentez augmentera augmenteront augmentée augmentées augmentés augmentation:f augmentations:f',
  ),
  ...oneWay('réduit', [verbOrParticiple('augmente', 'augmenté')]),
  ...both('hausse:f hausses:f', 'baisse:f baisses:f'),
  ...both('enfants enfant', 'adultes adulte'),
  ...both('hommes:m homme:m', 'femmes:f femme:f'),
  ...both('minimum', 'maximum'),
  ...both('minimal minimale minimaux minimales', 'maximal maximale maximaux maximales'),
  ...both('minimiser minimise minimisent minimisez', 'maximiser maximise maximisent maximisez'),
  ...both('premier:m première:f premiers:m premières:f', 'dernier:m dernière:f derniers:m dernières:f'),
  ...both('début:m débuts:m', 'fin:f fins:f', {when: notAfter('prendre', 'prend', 'pris', 'mettre', 'met', 'cette', 'quelle', 'quelque')}),
  ...oneWay('obligatoire obligatoires', [byGender('facultatif', 'facultative'), byGender('facultatifs', 'facultatives')]),
  ...oneWay('facultatif facultative facultatifs facultatives', 'obligatoire obligatoire obligatoires obligatoires'),
  ...both('autorisée autorisés autorisées', 'interdite interdits interdites', {when: notBefore('à')}),
  ...oneWay('autorisé', 'interdit', {when: notBefore('à')}),
  // "interdit" is also the verb ("la loi interdit la vente"): a participle only after "être" or "avoir".
  ...oneWay('interdit', 'autorisé', {when: ({previous}) => frenchAuxiliaries.has(previous?.lower)}),
  ...both('supérieur supérieure supérieurs supérieures', 'inférieur inférieure inférieurs inférieures'),
  ...both(
    'accepte acceptent acceptez accepter accepté acceptée acceptés acceptées acceptera',
    'refuse refusent refusez refuser refusé refusée refusés refusées refusera',
  ),
  ...oneWay('acceptation:f', 'refus:m'),
  ...both('public publique publics publiques', 'privé privée privés privées', {when: notAfter('le', 'au', 'du', 'grand', 'un')}),
  ...both('fédéral fédérale fédéraux fédérales', 'provincial provinciale provinciaux provinciales'),
  ...oneWay('temporaire temporaires', [byGender('permanent', 'permanente'), byGender('permanents', 'permanentes')]),
  ...oneWay('permanent permanente permanents permanentes', 'temporaire temporaire temporaires temporaires'),
  ...both('interne internes', 'externe externes'),
  ...both('entrée:f entrées:f', 'sortie:f sorties:f', {when: notBefore('en')}),
  ...both('entrant entrante entrants entrantes', 'sortant sortante sortants sortantes'),
  ...both('positif positive positifs positives', 'négatif négative négatifs négatives'),
  ...both(
    'renforcer renforce renforcent renforcez renforcé renforcée renforcés renforcées',
    'affaiblir affaiblit affaiblissent affaiblissez affaibli affaiblie affaiblis affaiblies',
  ),
  ...both('inclure inclut incluent incluez inclus incluse incluses inclura', 'exclure exclut excluent excluez exclus exclue exclues exclura'),
  ...both('ajoute ajoutent ajoutez ajouter ajouté ajoutée ajoutés ajoutées', 'supprime suppriment supprimez supprimer supprimé supprimée supprimés supprimées'),
  ...both('activent activez activer activé activée activés activées', 'désactivent désactivez désactiver désactivé désactivée désactivés désactivées'),
  ...oneWay('active', [verbOrParticiple('désactive', 'inactive')]),
  ...both('actif actifs actives', 'inactif inactifs inactives'),
  ...both(
    'importer importe importent importez importé importée importés importées importation:f',
    'exporter exporte exportent exportez exporté exportée exportés exportées exportation:f',
    {
      when: notAfter("n'"), // "n'importe quel"
    },
  ),
  ...both('ouvert ouverte ouverts ouvertes', 'fermé fermée fermés fermées'),
  ...both('nouvelle:f nouveaux:m nouvelles:f', 'ancienne:f anciens:m anciennes:f', {when: notAfter('de', 'à')}),
  ...oneWay('nouveau:m nouvel:m', 'ancien:m ancien:m', {when: notAfter('de', 'à')}),
  ...oneWay('ancien:m', [{word: (context) => (nextStartsWithVowel(context) ? 'nouvel' : 'nouveau'), gender: 'm'}]),
  ...both('grand grande grands grandes', 'petit petite petits petites'),
  ...both('long longue longs longues', 'court courte courts courtes', {when: (context) => notAfter('le')(context) || notBefore('de')(context)}),
  ...oneWay('élevé élevée élevés élevées', 'faible faible faibles faibles'),
  ...oneWay('faible faibles', [byGender('élevé', 'élevée'), byGender('élevés', 'élevées')]),
  ...oneWay('meilleur meilleure meilleurs meilleures', 'pire pire pires pires'),
  ...both('facile faciles facilement', 'difficile difficiles difficilement'),
  ...both('automatiquement', 'manuellement'),
  ...oneWay('manuel manuelle manuels manuelles', 'automatique automatique automatiques automatiques'),
  ...oneWay('automatique automatiques', [byGender('manuel', 'manuelle'), byGender('manuels', 'manuelles')]),
  ...both('correct correcte corrects correctes correctement', 'incorrect incorrecte incorrects incorrectes incorrectement'),
  ...both('gratuit gratuite gratuits gratuites gratuitement', 'payant payante payants payantes moyennant_paiement'),
  ...both('majeur majeure majeurs majeures majorité:f', 'mineur mineure mineurs mineures minorité:f'),
  ...both('croissant croissante croissants croissantes', 'décroissant décroissante décroissants décroissantes'),
  ...both('précédent précédente précédents précédentes', 'suivant suivante suivants suivantes', {
    when: ({next}) => next === undefined || !frenchFollowingDeterminers.has(next.lower),
  }),
  ...both('ci-dessus', 'ci-dessous'),
  ...both('tôt', 'tard'),
  ...both('au_moins', 'au_plus', {when: notBefore('tard', 'tôt')}),
  ...both('le_plus la_plus les_plus', 'le_moins la_moins les_moins'),
  ...both('en_ligne', 'hors_ligne'),
  ...both('en_haut vers_le_haut', 'en_bas vers_le_bas'),
  ...both('à_gauche', 'à_droite'),
  ...both('souvent', 'rarement'),
  ...both('possible possibles', 'impossible impossibles', {when: notAfter('le', 'plus', 'si', 'dès')}),
  ...both('valide valides', 'invalide invalides'),
  ...both('légal légale légaux légales', 'illégal illégale illégaux illégales'),
  ...both('connu connue connus connues', 'inconnu inconnue inconnus inconnues'),
  ...both('intérieur intérieure intérieurs intérieures', 'extérieur extérieure extérieurs extérieures'),
  ...both('nord', 'sud'),
  ...both('réussit réussissent réussi réussite:f', 'échoue échouent échoué échec:m'),
  ...oneWay('vrai vraie vrais vraies', 'faux fausse faux fausses'),
  ...oneWay('fausse fausses', 'vraie vraies'),
  ...oneWay('y_compris', "à_l'exception_de"),
  ...oneWay(
    "à_l'exception_des à_l'exception_du à_l'exception_de_la à_l'exception_de_l' à_l'exception_de à_l'exception_d'",
    "y_compris_les y_compris_le y_compris_la y_compris_l' y_compris y_compris_",
  ),
]

const englishOpposites = [
  ...both('increase increases increased increasing', 'decrease decreases decreased decreasing'),
  ...oneWay('reduce reduces reduced reducing reduction reductions', 'increase increases increased increasing increase increases'),
  ...both('before', 'after', {when: notAfter('as', 'than', 'ever', 'never', 'long', 'shortly')}),
  ...both('children child', 'adults adult'),
  ...both('men man', 'women woman'),
  ...both('minimum minimal minimize minimizes minimized', 'maximum maximal maximize maximizes maximized'),
  // "the first step" ↔ "the last step", but not "we first import" nor "since last commit".
  ...both('first', 'last', {when: ({previous}) => /^(?:the|its|their|his|her|our|your|this|that|my)$/.test(previous?.lower ?? '')}),
  ...both('mandatory', 'optional'),
  ...oneWay('required', 'optional', {when: notBefore('to', 'by', 'for')}),
  ...oneWay('allowed permitted prohibited', 'prohibited prohibited allowed', {when: notBefore('to', 'from')}),
  ...both('authorized', 'unauthorized'),
  ...both('highest high', 'lowest low'),
  ...oneWay('higher', 'lower'),
  ...oneWay('lower', 'higher', {when: ({previous, next}) => next?.lower === 'than' || /^(?:a|the|is|are|be|much)$/.test(previous?.lower ?? '')}),
  ...both('above', 'below'),
  ...both('accept accepts accepted accepting acceptance', 'reject rejects rejected rejecting rejection'),
  ...oneWay('approve approves approved approval', 'reject rejects rejected rejection'),
  ...both('public', 'private'),
  ...both('federal', 'provincial'),
  ...both('temporary', 'permanent'),
  ...both('internal', 'external'),
  ...both('input inputs', 'output outputs'),
  ...both('inbound incoming', 'outbound outgoing'),
  ...both('at_the_beginning_of', 'at_the_end_of'),
  ...both('positive', 'negative'),
  ...both('strengthen strengthens strengthened strengthening', 'weaken weakens weakened weakening'),
  ...both('include includes included including inclusion', 'exclude excludes excluded excluding exclusion'),
  ...both('enable enables enabled enabling', 'disable disables disabled disabling'),
  // "add X to Y" is "remove X from Y": left alone where a "to" or "from" follows.
  ...both('add adds added adding', 'remove removes removed removing', {when: ({text, end}) => !/\b(?:to|from|into)\b/i.test(text.slice(end))}),
  ...both('new', 'old', {when: notAfter('brand')}),
  ...both('easy easier', 'difficult more_difficult'),
  ...both('automatic automatically', 'manual manually'),
  ...oneWay('correctly incorrectly incorrect', 'incorrectly correctly correct'),
  ...both('major majority', 'minor minority'),
  ...both('ascending', 'descending'),
  ...both('previous', 'next', {when: notBefore('to')}),
  ...both('earlier early', 'later late'),
  ...both('at_least', 'at_most'),
  ...both('more_than', 'less_than'),
  ...both('the_most', 'the_least'),
  ...both('online', 'offline'),
  ...both('large larger largest', 'small smaller smallest'),
  ...both('long longer', 'short shorter', {when: notAfter('as', 'how', 'no', 'any')}),
  ...both('best', 'worst', {when: ({previous}) => /^(?:the|its|their|our|your|his|her)$/.test(previous?.lower ?? '')}),
  ...both('better', 'worse', {when: ({previous, next}) => next?.lower === 'than' || /^(?:is|are|be|much|far|a)$/.test(previous?.lower ?? '')}),
  ...both('often', 'rarely'),
  ...both('known', 'unknown', {when: notBefore('as')}),
  ...both('legal valid possible', 'illegal invalid impossible'),
  ...both('import imports imported importing', 'export exports exported exporting'),
  ...both('upload uploads uploaded uploading', 'download downloads downloaded downloading'),
  ...both('success successful successfully', 'failure unsuccessful unsuccessfully'),
  ...both('true', 'false'),
  ...both('inside', 'outside'),
  ...both('north', 'south'),
  ...both('opens opened', 'closes closed'),
  ...oneWay('open', 'closed', {when: ({previous, next}) => previous?.word && !/^(?:to|can|will|must|should|may|please)$/.test(previous.lower) && next?.word}),
]

const boundaryBefore = String.raw`(?<![\p{L}\p{N}_\-/@.#$])`
const boundaryAfter = String.raw`(?![\p{L}\p{N}_\-/@#$]|[.'’][\p{L}\p{N}])`
const escape = (word) =>
  word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+')
const compile = (entries) =>
  entries.map((entry) => ({...entry, pattern: new RegExp(`${boundaryBefore}${escape(entry.from)}${/'$/.test(entry.from) ? '' : boundaryAfter}`, 'giu')}))
const compiledOpposites = {fr: compile(frenchOpposites), en: compile(englishOpposites)}

/** Where the opposites of `lang` occur in `text`, earliest first, longest first at one place. */
function oppositeMatches(text, lang) {
  const matches = []
  for (const entry of compiledOpposites[lang]) {
    for (const match of text.matchAll(entry.pattern)) matches.push({entry, start: match.index, end: match.index + match[0].length, text: match[0]})
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

function oppositeSwap(lang) {
  return (text) => {
    const tokens = tokenize(text, lang)
    const firstLetter = text.search(/\p{L}/u)
    for (const match of oppositeMatches(text, lang)) {
      // A capital away from the start of the sentence marks a name ("New Brunswick", "Santé Canada").
      if (isCapitalized(match.text) && match.start !== firstLetter) continue
      const previousIndex = tokens.findLastIndex((token) => token.end <= match.start)
      const context = {
        text,
        start: match.start,
        end: match.end,
        previous: tokens[previousIndex],
        beforePrevious: tokens[previousIndex - 1],
        next: tokens.find((token) => token.start >= match.end),
      }
      if (match.entry.when !== undefined && !match.entry.when(context)) continue
      const target = typeof match.entry.to === 'function' ? match.entry.to(context) : match.entry.to
      if (target === null) continue
      const word = withCaseOf(match.text, target)
      // "input and output" would become "output and output".
      if (new RegExp(`${boundaryBefore}${escape(target)}${boundaryAfter}`, 'iu').test(text)) continue
      const swapped = lang === 'fr' ? frenchSwap(context, match, word) : englishSwap(context, match, word)
      if (swapped !== null) return perturbation(text, swapped, `replaced '${match.text}' with its opposite '${word}'`)
    }
    return null
  }
}

const englishArticle = (word) => (/^(?:uni|use|usu|eu|one|once)/i.test(word) ? 'a' : /^(?:[aeiou]|hour|honest|honou?r)/i.test(word) ? 'an' : 'a')

/** The English edits: the word, and "a"/"an" before it. */
function englishSwap({previous}, match, word) {
  const edits = [{start: match.start, end: match.end, text: word}]
  if (previous !== undefined && /^an?$/.test(previous.lower) && englishArticle(word) !== previous.lower) {
    edits.push({start: previous.start, end: previous.end, text: withCaseOf(previous.text, englishArticle(word))})
  }
  return edits
}

/** "y compris les" → "à l'exception des": the preposition "de" after "à l'exception" merges with the article. */
function frenchExceptionOf(context, match, word) {
  const apostrophe = apostropheOf(context.text)
  const rest = /^\s+(?:(les|le|la|des|du)(?=\s)|(l['’]))?/iu.exec(context.text.slice(match.end))
  const article = (rest?.[1] ?? rest?.[2])?.toLowerCase().replace('’', "'")
  const end = match.end + (article === undefined ? (rest?.[0].length ?? 0) : rest[0].length)
  const next = context.text.slice(end)
  const merged = {les: 'des', le: 'du', la: 'de la', "l'": `de l${apostrophe}`, des: 'de', du: 'de'}[article]
  const stem = word.slice(0, -' de'.length).replace(/'/g, apostrophe)
  // With an article, the space after it stays; without one, the space after "y compris" is the edit's.
  if (merged !== undefined) return [{start: match.start, end, text: `${stem} ${merged}`}]
  return [{start: match.start, end, text: startsWithVowelSound(next) ? `${stem} d${apostrophe}` : `${stem} de `}]
}

/**
 * The French edits: the word, and the article or preposition before it, which may have to take or lose its
 * elision ("l'entrée" → "la sortie", "de sortie" → "d'entrée") or follow the gender ("le début" → "la fin").
 */
function frenchSwap(context, match, word) {
  const apostrophe = apostropheOf(context.text)
  if (/^à l'exception de$/i.test(word)) return frenchExceptionOf(context, match, word)
  const {previous, beforePrevious} = context
  const edits = [{start: match.start, end: match.end, text: word.replace(/'/g, apostrophe)}]
  if (previous === undefined) return edits
  const vowel = startsWithVowelSound(word)
  const gender = match.entry.toGender
  const genderChanges = match.entry.fromGender !== undefined && gender !== undefined && match.entry.fromGender !== gender
  const replacePrevious = (start, text) => edits.push({start, end: match.start, text})
  const article = previous.lower
  const contracted = (masculine) => {
    // "de" + "le" → "du", "à" + "le" → "au", when the new article is "le".
    const preposition = beforePrevious?.lower
    if (masculine && (preposition === 'de' || preposition === 'à'))
      return {start: beforePrevious.start, text: withCaseOf(beforePrevious.text, preposition === 'de' ? 'du ' : 'au ')}
    return null
  }
  if (article === "l'" && !vowel) {
    if (gender === undefined) return null
    const merged = contracted(gender === 'm')
    if (merged !== null) replacePrevious(merged.start, merged.text)
    else replacePrevious(previous.start, withCaseOf(previous.text, gender === 'm' ? 'le ' : 'la '))
  } else if ((article === 'le' || article === 'la') && vowel) replacePrevious(previous.start, withCaseOf(previous.text, `l${apostrophe}`))
  else if ((article === 'le' || article === 'la') && genderChanges) {
    const merged = contracted(gender === 'm')
    if (merged !== null) replacePrevious(merged.start, merged.text)
    else replacePrevious(previous.start, withCaseOf(previous.text, gender === 'm' ? 'le ' : 'la '))
  } else if ((article === 'du' || article === 'au') && (vowel || gender === 'f')) {
    const preposition = article === 'du' ? 'de' : 'à'
    replacePrevious(previous.start, withCaseOf(previous.text, vowel ? `${preposition} l${apostrophe}` : `${preposition} la `))
  } else if ((article === 'de' || article === "d'" || article === 'que' || article === "qu'") && previous.end <= match.start) {
    const base = article.startsWith('d') ? 'de' : 'que'
    if (vowel !== article.endsWith("'")) replacePrevious(previous.start, withCaseOf(previous.text, vowel ? `${base.slice(0, -1)}${apostrophe}` : `${base} `))
  } else if ((article === 'un' || article === 'une') && genderChanges)
    replacePrevious(previous.start, withCaseOf(previous.text, gender === 'm' ? 'un ' : 'une '))
  else if (/^(?:ce|cet|cette)$/.test(article)) {
    const demonstrative = gender === 'f' ? 'cette' : gender === 'm' ? (vowel ? 'cet' : 'ce') : article === 'cette' ? 'cette' : vowel ? 'cet' : 'ce'
    if (demonstrative !== article) replacePrevious(previous.start, `${withCaseOf(previous.text, demonstrative)} `)
  } else if (genderChanges && !/^(?:les|des|aux|ces|ses|leurs|de|d'|à|en|par|sans|avec|pour|sur|dans)$/.test(article)) return null
  return edits
}

const perturbers = {
  'negation-insert': {fr: frenchNegationInsert, en: englishNegationInsert},
  'negation-remove': {fr: frenchNegationRemove, en: englishNegationRemove},
  'modal-flip': {fr: frenchModalFlip, en: englishModalFlip},
  'opposite-swap': {fr: oppositeSwap('fr'), en: oppositeSwap('en')},
}
