/** U+00A0, the no-break space French typography puts inside guillemets and before a colon. */
export const noBreakSpace = '\u00A0'

/**
 * Canadian French typography for text written with plain spaces in the source
 * (so that it stays readable there): no-break spaces inside « guillemets »,
 * before a colon and before a percent sign; none before ; ! ? (Canadian usage,
 * after the Translation Bureau).
 */
export function typeset(text: string): string {
  return text
    .replace(/« /g, `«${noBreakSpace}`)
    .replace(/ »/g, `${noBreakSpace}»`)
    .replace(/ :(?=\s|$)/g, `${noBreakSpace}:`)
    .replace(/(\d) %/g, `$1${noBreakSpace}%`)
}

/** A text in guillemets, with their no-break spaces. */
export function guillemets(text: string): string {
  return `«${noBreakSpace}${text}${noBreakSpace}»`
}

/** English curly quotes (“…”) as guillemets: for values a rule quoted itself. */
export function requote(text: string): string {
  // An opening quote that never closes takes in the rest of the text, left as it is: no later one closes either, and
  // the text is read once (`/“([^”]*)”/g` reads to the end from every unclosed quote).
  return text.replace(/“([^”]*)(”)?/g, (quote, inner: string, close?: string) => (close === undefined ? quote : guillemets(inner)))
}

/** A number written the French way: a decimal comma (0,75). */
export function frenchDecimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',')
}
