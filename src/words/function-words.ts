/**
 * Words that carry grammar rather than content: articles, pronouns,
 * prepositions, conjunctions, auxiliaries and the lightest adverbs. They are
 * not expected to have a counterpart word ("of the" / "du"), so coverage and
 * unmatched spans count content words only. Lists are folded (no accents).
 */
const english = `a an the this that these those such what which who whom whose whatever whichever
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves one ones
  be am is are was were been being have has had having do does did doing done will would shall should can could may
  might must ought
  of to in on at by for with without from into onto upon about above below over under between among through
  throughout during before after since until till within across along around against toward towards via per
  and or nor but yet so if then than because as while whereas whether though although unless once
  not no also too very just only even there here where when how why
  all any both each either neither every some such own same other others another more most much many few less least
  s t d ll m re ve
  however moreover furthermore therefore thus hence nonetheless nevertheless indeed instead namely perhaps
  honourable honorable hon mp mr mrs ms please
  dont doesnt isnt arent wasnt werent cant wont wouldnt shouldnt couldnt didnt havent hasnt youre theyre were im ive
  youve weve lets thats whats theres heres`

const french = `le la les l un une des du de d au aux ce cet cette ces c ca ceci cela celui celle ceux celles
  je j me m moi tu te t toi il elle on nous vous ils elles lui leur leurs eux se s soi y en
  mon ma mes ton ta tes son sa ses notre nos votre vos
  qui que qu quoi dont ou lequel laquelle lesquels lesquelles auquel auxquels duquel
  etre suis es est sommes etes sont etais etait etions etiez etaient ete fut furent sera seront serait seraient soit
  soient avoir ai as a avons avez ont avais avait avions aviez avaient eu aura auront aurait auraient ait aient
  a dans par pour sur sous avec sans chez vers entre contre pendant depuis selon parmi apres avant
  et ou mais donc or ni car si comme lorsque quand puisque bien alors ainsi
  ne pas plus aussi egalement tres meme ici
  tout toute tous toutes chaque quelque quelques autre autres certain certains certaines plusieurs
  jusqu lorsqu puisqu quoiqu
  cependant toutefois neanmoins pourtant notamment peutetre afin outre ailleurs
  honorable depute deputee m mme veuillez via voici voila comment pourquoi combien seulement uniquement plutot deja
  ensuite puis non aucun aucune tel telle tels telles celuici celleci ceuxci cellesci estce`

export const functionWords = {
  en: new Set(english.split(/\s+/)),
  fr: new Set(french.split(/\s+/)),
} as const

/**
 * Light and modal verbs, by lemma ("can", "may", "must" are function words in English): "faire" carries little of its own in "faire l'objet
 * d'une enquête", "fera enquête" (is investigated, will investigate).
 */
export const lightVerbs = {en: new Set<string>(), fr: new Set(['faire', 'pouvoir', 'devoir'])} as const

/** Forms of the light verbs that are nouns as well: "les faits" (the facts), "le pouvoir" (the power), "un devoir". */
export const lightVerbNouns = {en: new Set<string>(), fr: new Set(['fait', 'faits', 'pouvoir', 'pouvoirs', 'devoir', 'devoirs'])} as const

/**
 * Multi-word prepositions and connectives that work as one function word
 * ("en vertu de" = "under", "as well as" = "and"): their words are not content.
 */
export const locutions = {
  en: phrases(`as well as|in order to|in addition to|with regard to|with respect to|in terms of|when it comes to|such as
    |on behalf of|in accordance with|as part of|by means of|in light of|as a result of|due to|rather than|so that
    |in particular|for example|for instance|that is|at least|as soon as|as long as|even though|in fact|feel free
    |instead of|based on|according to|in front of|make sure|so as to`),
  fr: phrases(`en vertu de|afin de|afin que|en tant que|en matiere de|a titre de|par l'intermediaire de|dans le cadre de
    |a l'egard de|en ce qui concerne|en ce qui a trait a|grace a|au moyen de|compte tenu de|quant a|lors de|aupres de
    |face a|de plus|en outre|par ailleurs|par exemple|c'est-a-dire|au moins|en fait|a savoir|de sorte que|bien que
    |a l'occasion de|tandis que|alors que|dans la mesure ou|de meme que|ainsi que|a l'instar de|par rapport a|en raison de|au sein de
    |a l'aide de|a partir de|au lieu de|en fonction de|de facon a|de maniere a|il s'agit de|n'hesitez pas|a la fois
    |une fois que|est-ce que|s'assurer que|faire en sorte que|le fait de|au fait de|du fait de|le fait que`),
} as const

/** Forms a locution's word also takes: "au sein du", "à partir des", "il s'agit d'un". */
export const contractedForms: Readonly<Record<string, readonly string[]>> = {
  de: ['de', 'du', 'des', 'd'],
  a: ['a', 'au', 'aux'],
  au: ['au', 'a', 'aux'],
  le: ['le', 'la', 'les', 'l'],
  la: ['la', 'le', 'les', 'l'],
}

function phrases(list: string): ReadonlyArray<readonly string[]> {
  return list
    .split('|')
    .map((phrase) => phrase.trim().split(/[\s']+/))
    .filter((words) => words.length > 1)
}
