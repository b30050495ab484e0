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
  return text.replace(/“([^”]*)”/g, (_, inner: string) => guillemets(inner))
}

/** A number written the French way: a decimal comma (0,75). */
export function frenchDecimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',')
}
