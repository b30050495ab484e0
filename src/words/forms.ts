import type {Lang} from '../types.js'
import {englishFormsTsv, frenchFormsTsv} from './lexicon-data.js'

let tables: Record<Lang, Map<string, string[]>> | undefined

const none: readonly string[] = []

/**
 * The lemmas of an irregular form ("took" → "take", "crois" → "croire",
 * "suis" → "être" and "suivre"), which stemming cannot find; none for a
 * regular word. The tables (data/lexicon/forms-*.tsv) are read on first use.
 */
export function irregularLemmas(word: string, lang: Lang): readonly string[] {
  tables ??= {en: parseForms(englishFormsTsv), fr: parseForms(frenchFormsTsv)}
  return tables[lang].get(word) ?? none
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
