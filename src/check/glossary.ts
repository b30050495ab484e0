import {PareilError} from '../errors.js'
import {fold} from '../words/fold.js'
import type {TextPair} from '../read/exchange.js'

/**
 * The term pairs of a glossary table: CSV or TSV with a header naming an
 * English and a French column (`en`/`fr`, `english`/`french`,
 * `anglais`/`français`); other columns are ignored. Quoted CSV fields may
 * hold commas and doubled quotes.
 */
export function parseGlossaryTable(text: string, path = 'glossary.csv'): TextPair[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const delimiter = (lines[0] ?? '').includes('\t') ? '\t' : ','
  const rows = lines.map((line) => splitRow(line, delimiter))
  const header = (rows[0] ?? []).map((cell) => fold(cell.trim()))
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell))
  const en = column(['en', 'english', 'anglais', 'eng'])
  const fr = column(['fr', 'french', 'francais', 'fra'])
  if (en < 0 || fr < 0) {
    throw new PareilError('bad-input', `${path}: the glossary needs a header with an "en" and a "fr" column`)
  }
  return rows
    .slice(1)
    .map((row) => ({en: (row[en] ?? '').trim(), fr: (row[fr] ?? '').trim()}))
    .filter((term) => term.en !== '' && term.fr !== '')
}

function splitRow(line: string, delimiter: string): string[] {
  if (delimiter === '\t') return line.split('\t')
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i)
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}
