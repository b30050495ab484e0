// The documents benches and scripts check: the seed letter, then each document of ../shared/corpus/files/ as its
// MANIFEST.tsv describes it (a separate English file with its French partner; the French half of a pair is not a
// document of its own). Names are stable, so that judged findings can be found again: the file name, or
// "english + french" for a pair.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = new URL('..', import.meta.url)
const corpus = new URL('../../shared/corpus/', import.meta.url)

/** Whether ../shared/corpus is here. */
export const haveCorpus = existsSync(corpus)

/** [{name, paths}] for the seed letter and the corpus documents (the letter alone when the corpus is absent). */
export function corpusDocuments() {
  const documents = [{name: 'ministerial-letter-2021.md', paths: [fileURLToPath(new URL('fixtures/ministerial-letter-2021.md', root))]}]
  if (!haveCorpus) return documents
  const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
  const path = (file) => fileURLToPath(new URL(`files/${file}`, corpus))
  for (const [file, repo, , , layout] of rows) {
    if (layout.startsWith('separate-pair-FR')) continue
    if (layout.startsWith('separate-pair-EN')) {
      // "separate-pair-EN (partner: docs/FR/user_guide.md)": the French file of the same repository at that path.
      const partner = /partner: ([^)]+)\)/.exec(layout)?.[1] ?? ''
      const french = rows.find(([other, otherRepo, otherPath]) => otherRepo === repo && other !== file && otherPath.endsWith(partner.replace(/^.*?\//, '')))
      if (french !== undefined) {
        documents.push({name: `${file} + ${french[0]}`, paths: [path(file), path(french[0])]})
        continue
      }
    }
    documents.push({name: file, paths: [path(file)]})
  }
  return documents
}
