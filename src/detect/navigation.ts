import type {Block} from '../types.js'

/**
 * Language switch links and notices — "Français", "[English](#english)",
 * "(Le français suit)", "The English version follows", "(Machine translated)" — are navigation: they
 * name a language, they are not content to translate, and they must not
 * count as evidence for a part.
 */
export function isNavigation(block: Block): boolean {
  if (!block.prose || block.text.length > 120) return false
  const pieces = normalize(block.text)
    .split(/(?<!\s)\s+[|/•·]\s*|[|/•·]\s*|\n/u)
    .filter((piece) => piece !== '')
  return pieces.length > 0 && pieces.every((piece) => isLanguageLabel(piece) || isNotice(piece))
}

const language = String.raw`(?:english|anglais|anglaise|french|français|française|francais|francaise|en|fr|eng|fra)`
const version = String.raw`(?:version|text|texte|message)`
// "English", "English version", "version française", "le message en français", "the text in English"
const named = String.raw`(?:${language}(?:\s+${version})?|${version}(?:\s+(?:en|in))?\s+${language})`

// "English", "Version française", "English version", "voir la version française", "go to the French text"
const label = new RegExp(String.raw`^(?:(?:see|read|go\s+to|voir|lire|aller\s+à|consulter|pour)\s+)?(?:(?:the|la|le|l')\s*)?${named}$`, 'u')
// "(Le français suit)", "The English version follows", "French version below", "english text follows",
// "Le français suit l'anglais", "French follows English"
const notice = new RegExp(
  String.raw`^(?:(?:the|la|le|l')\s*)?${named}\s+(?:follows|is\s+below|below|suit|suivra|ci-dessous|ci-après|plus\s+bas|à\s+la\s+suite|se\s+trouve\s+ci-dessous)(?:\s+(?:(?:the|la|le|l')\s*)?${named})?$`,
  'u',
)
// "Scroll down for French", "Pour la version française, voir ci-dessous"
const pointer = new RegExp(
  String.raw`^(?:scroll\s+down\s+for|défilez\s+vers\s+le\s+bas\s+pour|pour)\s+(?:(?:the|la|le|l')\s*)?${named}(?:\s+(?:version|voir\s+ci-dessous|see\s+below|below|ci-dessous))?$`,
  'u',
)

function isLanguageLabel(piece: string): boolean {
  return label.test(piece)
}

// "(Machine translated, official translation coming soon!)", "Traduction automatique": a notice on the translation
// itself, written in either language at the head of a version, not a passage of it.
const translationStatus =
  /^(?:machine[- ]translated|traduction automatique|(?:texte\s+)?traduit automatiquement)(?:\s+(?:official translation|traduction officielle)(?:\s[\p{L}\s'!]{0,30})?)?$/u

function isNotice(piece: string): boolean {
  return notice.test(piece) || pointer.test(piece) || translationStatus.test(piece)
}

/** Lower case, without brackets, emphasis, trailing punctuation and extra spaces. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’]/gu, "'")
    .replace(/[()[\]*_«»"“”]/gu, ' ')
    .replace(/(?<![.:;,!])[.:;,!]+(?=\s|$)/gu, ' ')
    .replace(/[ \t]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .trim()
}
