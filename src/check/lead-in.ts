/** Words that point at what comes after in the text: "Voici", "Les sections suivantes", "as follows". */
const forward = /(?:^|[^\p{L}])(?:voici|suivante?s?|qui suit|ci-dessous|par exemple|following|below|as follows|for example|here is|here are)(?![\p{L}])/iu
/** Words that point back: "L'exemple ci-dessus", "the example above". */
const backward = /(?:^|[^\p{L}])(?:ci-dessus|précédente?s?|above|preceding)(?![\p{L}])/iu

/** Longest a lead-in runs, in words: past it, a sentence says more than where to look. */
const leadInWords = 30

/**
 * Whether a sentence is a lead-in, announcing an example, a list or a section that comes after it (and ending
 * there, on a colon), or pointing back at one.
 * Translators add such sentences, or move them next to what they announce; on the judged sample, none that one
 * version had alone was a real divergence.
 */
export function isLeadIn(sentence: string): boolean {
  if (sentence.split(/\s+/).filter((word) => word !== '').length > leadInWords) return false
  // Forward, it opens on what comes next ("Les sections suivantes présentent…", "Ce qui suit illustre…") or ends
  // there ("… suivants :"); "situées dans les dossiers suivants : a et b." says more than where to look.
  const opening = sentence.split(/\s+/).slice(0, 4).join(' ')
  return (forward.test(sentence) && (/:\s*$/.test(sentence) || forward.test(opening))) || backward.test(sentence)
}
