import type {Fragment, Run} from './fragments.js'

/** A stretch of a line's text drawn in one font: where bold and italic marks come from. */
export interface Piece {
  from: number
  to: number
  /** Where its run starts on the page. */
  x0: number
  bold: boolean
  italic: boolean
}

/** A line's text as the rendering shows it, and the pieces it is made of. */
export interface LineText {
  text: string
  pieces: Piece[]
}

/** A gap wider than this, in ems, between two runs is a space (word spaces are about 0.25 em). */
const spaceGap = 0.15

/**
 * The text of a line: its fragments left to right, a tab between fragments
 * (a tab stop, a gap in a table row), its runs with a space where the PDF
 * draws one or leaves a gap as wide as one.
 */
export function lineText(fragments: readonly Fragment[]): LineText {
  let text = ''
  const pieces: Piece[] = []
  for (const fragment of fragments) {
    if (text !== '') text += '\t'
    let spaced = false
    let previous: Run | undefined
    for (const run of fragment.runs) {
      if (run.text.trim() === '') {
        spaced = true
        continue
      }
      let value = run.text.trimEnd()
      const trailing = value.length < run.text.length
      if (text === '' || text.endsWith('\t')) value = value.trimStart()
      else if (
        !/\s$/.test(text) &&
        !/^\s/.test(value) &&
        (spaced || (previous !== undefined && run.x0 - previous.x1 > spaceGap * Math.min(run.size, previous.size)))
      ) {
        text += ' '
      }
      pieces.push({from: text.length, to: text.length + value.length, x0: run.x0, bold: run.bold, italic: run.italic})
      text += value
      spaced = trailing
      previous = run
    }
  }
  return {text, pieces}
}
