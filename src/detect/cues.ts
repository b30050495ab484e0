import {wordModel} from './word-model.js'

/**
 * Word-level evidence for English or French, for the short lines a trigram
 * model cannot judge ("Respectfully,", "Le Sénat", "Prochaines étapes").
 * Each cue adds a weight in bits to one language; a word that both languages
 * use (Canada, administration, plus, on, a) adds nothing.
 */

export interface Evidence {
  en: number
  fr: number
}

// Function words: frequent, short, and rare in the other language.
const englishFunctionWords = words(`
 the of and to is that for with as by are this be it from or an at not have has had will we you your yours our
 ours which their they them these those there here was were been being can could may might should would must shall
 all any each every other such only also its his her he she him than then so do does did done under between
 through after before over into about more most some what when where who whom whose how why if whether
 upon within without against during while until because since though although however therefore please thank
 thanks yes my i us one two three four five seven eight nine ten first second third new just very
`)

const frenchFunctionWords = words(`
 le la les de des du et à au aux en un une est sont que qui quoi pour dans par sur avec ce cet cette ces il elle
 ils elles nous vous ne pas ou où son sa ses leur leurs être avoir été mais donc car comme aussi très tout tous
 toute toutes entre sans sous vers chez notre nos votre vos mon ma mes je tu lui y dont selon afin lors ainsi
 peut peuvent doit doivent fait faire cela ceci celui celle ceux celles même mêmes après avant depuis pendant
 lorsque puisque parce quand comment pourquoi si oui non aucun aucune chaque autre autres telle tels telles
 un deux trois quatre cinq huit neuf dix premier première deuxième nouveau nouvelle nouveaux très
 veuillez merci madame monsieur mesdames messieurs
`)

// Content words of official correspondence, web pages and READMEs whose form
// belongs to one language only; they carry short headings and UI strings.
const englishWords = words(`
 minister ministry government department agency office senator senate honourable respectfully sincerely dear
 yours truly background summary next steps issue issues contributing license usage getting
 started requirements overview purpose members search help home report reports 
 about sign signed modified english french federal public safety
 attorney general policy program programs project projects development deployment 
 guidelines security privacy terms conditions feedback submit cancel save delete edit open close logout
 register account settings download upload previous contents recommendation
 recommendations proposed response approved prepared branch unclassified financial implications
 funding investments strategy analysis engagement stakeholders partners partnership
 legislation regulations framework court courts law laws criminal children child women people community
 communities health training employment benefits citizenship immigration tax taxes data digital online website
 tools tool team teams meeting meetings schedule annual quarterly results performance review reviews
 answers frequently asked learn read more find out how apply eligibility deadline deadlines
 thank writing correspondence concerning regarding following attached enclosed copy forwarded
`)

const frenchWords = words(`
 ministre ministère gouvernement sénatrice sénateur sénat député députée agréer sentiments
 salutations distinguées veuillez cordialement contexte résumé prochaines étapes problème problèmes soutien
 contribuer contribution licence utilisation exigences aperçu objet membres renseignements recherche aide
 accueil rapport rapports informations propos signé modifiée modifié anglais
 français française fédéral fédérale provinciale nationale publique sécurité 
 procureur générale politique programme programmes projet projets développement déploiement 
 lignes directrices confidentialité avis commentaires soumettre annuler enregistrer supprimer
 modifier ouvrir fermer connexion déconnexion inscription compte paramètres télécharger téléverser précédent
 suivant matières recommandation recommandations réponse proposée approuvé
 préparé générale non classifié incidences financières financement investissements
 stratégie intervenants partenaires partenariat loi lois règlement
 règlements cadre tribunaux criminel enfants enfant femmes personnes collectivité collectivités santé
 emploi prestations citoyenneté impôt impôts données numérique ligne outils outil équipe
 équipes réunion réunions calendrier annuel annuelle trimestriel résultats rendement examen 
 réponses fréquentes apprendre lire savoir comment présenter demande admissibilité échéance échéances
 remercie correspondance concernant suivante suivantes ci-joint copie transmis
`)

const englishMonths = words('january february march april may june july august september october november december')
const frenchMonths = words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre')

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''))
}

// Weights in bits: how much more likely the cue is in one language than the other.
const weights = {
  functionWord: 1.5,
  contentWord: 2.5,
  month: 1,
  elision: 2,
  possessive: 1.5,
  contraction: 2,
} as const

const elision = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]\p{L}/iu
const possessive = /\p{L}['’]s$/iu
const contraction = /n['’]t$|['’](?:ll|re|ve|m|d)$/iu

/** Splits text into words, keeping elisions, apostrophes and hyphens inside words. */
export function cueWords(text: string): string[] {
  return text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
}

/**
 * The word-level evidence of a text, in bits per language: curated cues
 * first, then the word model for other words. A capitalised word the model
 * does not know is taken for a name and says nothing, unless it opens the text.
 */
export function wordEvidence(text: string, options: {heading?: boolean} = {}): Evidence {
  const evidence: Evidence = {en: 0, fr: 0}
  const shouting = !/\p{Ll}/u.test(text)
  // Acronyms (RCMP, GRC, ON) and stray letters belong to no language, except in a line written all in capitals.
  const tokens = cueWords(text).filter((word) =>
    shouting ? curatedCue(word.toLowerCase()) !== undefined || word.length > 3 : !isAcronym(word) && (word.length > 1 || isKnown(word.toLowerCase())),
  )
  // A line of capitalised words that no list or model knows is a name ("Julie Miville-Dechêne", "Canada"),
  // but a heading of one word ("Checklist", "Remerciements") is a word.
  const single = options.heading === true && tokens.length === 1
  const known = single || tokens.some((word) => word === word.toLowerCase() || isKnown(word.toLowerCase()))
  tokens.forEach((word, index) => {
    // In capitals, only words the lists or the model know count: "JAN", "ISBN", "RDIMS" say nothing.
    if (shouting && !isKnown(word.toLowerCase())) return
    addWord(shouting ? word.toLowerCase() : word, known && index === 0 && !shouting, evidence)
  })
  return evidence
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && !/\p{Ll}/u.test(word)
}

function isKnown(word: string): boolean {
  return curatedCue(word) !== undefined || wordModel().word(word) !== undefined || hyphenatedWord(word) !== undefined
}

function addWord(original: string, first: boolean, evidence: Evidence): void {
  const word = original.toLowerCase()
  if (elision.test(word)) {
    evidence.fr += weights.elision
    // The word after the elision counts too: "l'exploitation", "qu'à".
    addWord(original.replace(/^[^'’]+['’]/u, ''), false, evidence)
    return
  }
  if (possessive.test(word)) {
    evidence.en += weights.possessive
    addWord(original.slice(0, -2), first, evidence)
    return
  }
  if (contraction.test(word)) {
    evidence.en += weights.contraction
    return
  }
  const cue = curatedCue(word)
  if (cue !== undefined) {
    add(evidence, cue)
    return
  }
  // Inside a line, a capitalised word may be a name that is also a word ("Côté", "Marchand"): only the
  // curated cues above speak for it.
  const capitalised = original !== word
  if (capitalised && !first) return
  const model = wordModel()
  // Capitalised and hyphenated: a place or a person ("Grande-Rivière", "Miville-Dechêne").
  if (capitalised && word.includes('-')) return
  const known = model.word(word) ?? hyphenatedWord(word)
  add(evidence, known ?? model.trigrams(word))
}

/** A hyphenated word the model does not know as a whole ("sous-ministre") counts by its parts. */
function hyphenatedWord(word: string): number | undefined {
  if (!word.includes('-')) return undefined
  const parts = word.split('-').map((part) => wordModel().word(part))
  return parts.every((part) => part === undefined) ? undefined : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0)
}

/** Bits from the curated lists, or undefined when the word is in none. */
function curatedCue(word: string): number | undefined {
  let bits = 0
  let found = false
  const cue = (list: Set<string>, weight: number) => {
    if (list.has(word)) {
      bits += weight
      found = true
    }
  }
  cue(englishFunctionWords, weights.functionWord)
  cue(frenchFunctionWords, -weights.functionWord)
  cue(englishWords, weights.contentWord)
  cue(frenchWords, -weights.contentWord)
  cue(englishMonths, weights.month)
  cue(frenchMonths, -weights.month)
  return found ? bits : undefined
}

/** Adds signed bits: positive to English, negative to French. */
function add(evidence: Evidence, bits: number): void {
  if (bits > 0) evidence.en += bits
  else evidence.fr -= bits
}
