import {matchesOf, type TextMatch} from './matches.js'

/**
 * Marks a reviewer or a drafter leaves in the text for someone else, to be taken out before the text goes out:
 * "TODO", "FIXME", "[Comment: …]", "Note to translator", "Note à la rédaction", Word's comment anchors ("[JD1]").
 */

/** A bracketed review mark runs to its closing bracket, within a line; a bare one is its words. */
const patterns: readonly RegExp[] = [
  // "[TODO: Add/revise introductory text]", "TODO - Not currently validated".
  /\[\s*(?:TODO|FIXME|À FAIRE)\b[^\]\n]{0,200}\]|(?<![\p{L}\d])(?:TODO|FIXME|À FAIRE)(?![\p{L}\d])/gu,
  // "[Comment: …]", "[Commentaire : …]", "[Question for legal: …]", "[AB1: …]".
  /\[(?:comment|commentaire|question|r[ée]vision|review|reviewer|r[ée]viseure?)\b[^\]:\n]{0,40}:[^\]\n]{0,200}\]/giu,
  // Notes to the people who make the document, not to its readers.
  /(?<![\p{L}])(?:note to (?:the )?(?:drafters?|translators?|reviewers?|editors?|self|translation)|drafting note|NTD|note (?:au|aux|à la|à l['’]intention (?:du|de la|des)) (?:r[ée]dact\w*|tradu\w*|r[ée]vis\w*))(?![\p{L}])\s*:?/giu,
  // Word's comment anchors, kept by a conversion: initials and a number in brackets ("[JD1]").
  /\[[A-Z]{2,3}\d{1,2}\]/gu,
]

/** Every review mark of a text, in text order, trimmed of the spaces a pattern took in. */
export function findReviewMarks(text: string): TextMatch[] {
  return matchesOf(text, patterns).map((mark) => ({...mark, end: mark.start + mark.text.trimEnd().length, text: mark.text.trimEnd()}))
}
