import type {Lang} from '../types.js'
import {wordData} from './compiled-lexicon.js'

/** A table of irregular forms: the lemmas of a form, if it has any. */
export type FormTable = (form: string) => readonly string[] | undefined

let tables: Record<Lang, FormTable> | undefined

const none: readonly string[] = []

/**
 * The lemmas of an irregular form ("took" → "take", "crois" → "croire",
 * "suis" → "être" and "suivre"), which stemming cannot find; none for a
 * regular word. The tables (data/lexicon/forms-*.tsv) are read on first use,
 * or, compiled by the build, searched as they are.
 */
export function irregularLemmas(word: string, lang: Lang): readonly string[] {
  tables ??= wordData.compiled
    ? {en: compiledFormsTable(wordData.forms.en), fr: compiledFormsTable(wordData.forms.fr)}
    : {en: mapTable(parseForms(wordData.formsTsv.en)), fr: mapTable(parseForms(wordData.formsTsv.fr))}
  return tables[lang](word) ?? none
}

function parseForms(text: string): Map<string, string[]> {
  const forms = new Map<string, string[]>()
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [form, lemma] = line.split('\t')
    if (form === undefined || lemma === undefined || form === '' || lemma === '') continue
    const lemmas = forms.get(form)
    if (lemmas === undefined) forms.set(form, [lemma])
    else lemmas.push(lemma)
  }
  return forms
}

function mapTable(forms: ReadonlyMap<string, readonly string[]>): FormTable {
  return (form) => forms.get(form)
}

/**
 * A forms table (forms-*.tsv) compiled for `irregularLemmas`: one line per
 * form, `form<TAB>lemma[<TAB>lemma…]`, its lemmas in the order of the file,
 * the lines sorted by form (by UTF-16 code unit), so that a form is found by
 * binary search in the text, without reading it first.
 */
export function compileForms(tsv: string): string {
  const forms = parseForms(tsv)
  return [...forms.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((form) => [form, ...(forms.get(form) ?? [])].join('\t'))
    .join('\n')
}

/** Looks forms up by binary search in a table of `compileForms`; the forms found are kept, each read once. */
export function compiledFormsTable(text: string): FormTable {
  const found = new Map<string, readonly string[]>()
  return (form) => {
    const known = found.get(form)
    if (known !== undefined) return known
    // `low` and `high` are the starts of lines (or the end of the text): the form is in a line between them if anywhere.
    let low = 0
    let high = text.length
    while (low < high) {
      const start = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1
      let end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      const order = compareForm(text, start, form)
      if (order === 0) {
        const lemmas = text.slice(start + form.length + 1, end).split('\t')
        found.set(form, lemmas)
        return lemmas
      }
      if (order < 0) low = end + 1
      else high = start
    }
    return undefined
  }
}

/** How the form of the line at `start` (up to its tab) sorts against `form`: negative before, 0 the same, positive after. */
function compareForm(text: string, start: number, form: string): number {
  for (let i = 0; ; i++) {
    const code = text.charCodeAt(start + i)
    const ended = code === 9 // the tab after the line's form
    if (i === form.length) return ended ? 0 : 1
    if (ended) return -1
    const other = form.charCodeAt(i)
    if (code !== other) return code - other
  }
}
