/**
 * The character a `w:sym` stands for. Symbol fonts put their glyphs at
 * private-use code points (U+F000 + the font's own code); for the Symbol
 * font, whose codes are Greek letters and mathematical signs, the Unicode
 * character is known and given, so that "≤ 5 °C" reads as it prints. Other
 * symbol fonts (Wingdings) have no Unicode counterpart: their code point is kept.
 */
export function symbolText(font: string | undefined, hex: string | undefined): string {
  const code = Number.parseInt(hex ?? '', 16)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return ''
  const own = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
  if (font !== undefined && /^symbol$/i.test(font.trim()) && own < 0x100) return symbolFont(own)
  return String.fromCodePoint(code)
}

const greekUpper = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ'
const greekLower = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ'
/** The Symbol font's codes that are not ASCII or Greek letters, for the signs documents use. */
const symbolSigns: Readonly<Record<number, string>> = {
  34: '∀',
  36: '∃',
  39: '∋',
  42: '∗',
  45: '−',
  64: '≅',
  92: '∴',
  94: '⊥',
  126: '∼',
  162: '′',
  163: '≤',
  165: '∞',
  172: '←',
  173: '↑',
  174: '→',
  175: '↓',
  176: '°',
  177: '±',
  178: '″',
  179: '≥',
  180: '×',
  183: '•',
  184: '÷',
  185: '≠',
  186: '≡',
  187: '≈',
  188: '…',
  215: '⋅',
  219: '⇔',
  220: '⇐',
  222: '⇒',
  226: '®',
  227: '©',
  228: '™',
}

function symbolFont(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return greekUpper.charAt(code - 0x41)
  if (code >= 0x61 && code <= 0x7a) return greekLower.charAt(code - 0x61)
  const sign = symbolSigns[code]
  if (sign !== undefined) return sign
  return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : String.fromCodePoint(0xf000 + code)
}
