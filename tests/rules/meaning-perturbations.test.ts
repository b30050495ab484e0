// Acceptance of the meaning rules on real prose: the seed letter and three corpus documents (fixtures/meaning/),
// each sentence perturbed in turn by bench/perturb.js (a negation inserted or removed, a modal flipped, a word
// swapped for its opposite), must be flagged at warning or above at the perturbed sentence; the documents as they
// are must not be.
import {describe, expect, it} from 'vitest'
import {type PerturbationKind, perturbSentence} from '../../bench/perturb.js'
import {check} from '../../src/pipeline.js'
import type {Finding, Report, Span} from '../../src/types.js'
import {findModals} from '../../src/words/modality.js'
import {findNegations} from '../../src/words/polarity.js'
import {tokenize} from '../../src/words/tokens.js'
import {readFixture, withRelated} from '../helpers.js'

const documents = [
  'ministerial-letter-2021.md',
  'meaning/canada-ca__Open_First_Whitepaper__README.md',
  'meaning/TBS-EACPD__infobase__README.md',
  'meaning/AAFC-Bioinfo-AAC__quick-start-guide__CODE_OF_CONDUCT.md',
].map((path) => ({path, text: readFixture(path)}))

const meaningRules = new Set(['negation-mismatch', 'modality-mismatch', 'opposite-meaning'])
/** At most this many sentences of a document are perturbed for each kind, spread over it. */
const perDocument = 8

const serious = (finding: Finding) => finding.severity !== 'info'

/** The paired sentences of a report, with both sides. */
function pairedSentences(report: Report): Array<{en: Span[]; fr: Span[]}> {
  return report.pairs.flatMap((pair) => pair.sentences).filter((bead) => bead.en.length > 0 && bead.fr.length > 0)
}

/** Whether a text has a modal ("must", "peut", "should"…). */
function hasModal(text: string, lang: 'en' | 'fr'): boolean {
  const tokens = tokenize(text, lang)
  return findModals(tokens, lang, findNegations(tokens, lang, text)).length > 0
}

/**
 * How many of the applicable sentences of `lang`, perturbed by `kind` one at a time, are caught where they changed.
 * A modal is flipped only where the other version has one: "As you may know" / "Comme vous le savez" made "As you
 * must know" strengthens a modal the French never had, which pareil does not flag (French says "shall" in the
 * present tense).
 */
function catchRate(kind: PerturbationKind, lang: 'en' | 'fr'): {tried: number; caught: number} {
  let tried = 0
  let caught = 0
  const other = lang === 'en' ? 'fr' : 'en'
  for (const document of documents) {
    const beads = pairedSentences(check(document)).filter((bead) => kind !== 'modal-flip' || hasModal(bead[other].map((span) => span.text).join(' '), other))
    const applicable = beads.flatMap((bead) =>
      bead[lang].flatMap((span) => {
        const perturbed = perturbSentence(span.text, lang, kind)
        return perturbed === null ? [] : [{span, perturbed}]
      }),
    )
    const step = Math.max(1, Math.ceil(applicable.length / perDocument))
    for (const {span, perturbed} of applicable.filter((_, k) => k % step === 0)) {
      const start = span.position.start.offset
      const text = document.text.slice(0, start) + perturbed.text + document.text.slice(span.position.end.offset)
      const end = start + perturbed.text.length
      // A finding grouped under another of the same place (an italic title's format-mismatch) counts.
      const found = withRelated(check({path: document.path, text}).findings).some((finding) => {
        const place = finding[lang]?.position
        return meaningRules.has(finding.rule) && serious(finding) && place !== undefined && place.start.offset < end && start < place.end.offset
      })
      tried++
      if (found) caught++
      else if (process.env.PAREIL_MISSES) console.log(`MISS ${kind} ${lang}: ${perturbed.note}: ${perturbed.text}`)
    }
  }
  return {tried, caught}
}

// Hundreds of checks each: their time is the machine's, not a measure (bench/meaning.bench.js measures).
describe('the meaning rules on perturbed real documents', {timeout: 60_000}, () => {
  it('flag a French negation inserted or removed in at least 80% of cases', () => {
    const inserted = catchRate('negation-insert', 'fr')
    const removed = catchRate('negation-remove', 'fr')
    expect(inserted.tried + removed.tried).toBeGreaterThanOrEqual(20)
    expect((inserted.caught + removed.caught) / (inserted.tried + removed.tried)).toBeGreaterThanOrEqual(0.8)
  })

  it('flag an English negation inserted in at least 80% of cases', () => {
    const {tried, caught} = catchRate('negation-insert', 'en')
    expect(tried).toBeGreaterThanOrEqual(15)
    expect(caught / tried).toBeGreaterThanOrEqual(0.8)
  })

  it('flag a modal flipped, in either version, where the other has one, in at least 80% of cases', () => {
    const french = catchRate('modal-flip', 'fr')
    const english = catchRate('modal-flip', 'en')
    expect(french.tried + english.tried).toBeGreaterThanOrEqual(8)
    expect((french.caught + english.caught) / (french.tried + english.tried)).toBeGreaterThanOrEqual(0.8)
  })

  it('flag a French word swapped for its opposite in at least 80% of cases', () => {
    const {tried, caught} = catchRate('opposite-swap', 'fr')
    expect(tried).toBeGreaterThanOrEqual(10)
    expect(caught / tried).toBeGreaterThanOrEqual(0.8)
  })

  it('flag fewer than 0.5% of the sentence pairs of the documents as they are', () => {
    let pairs = 0
    let flagged = 0
    for (const document of documents) {
      const report = check(document)
      pairs += pairedSentences(report).length
      flagged += withRelated(report.findings).filter((finding) => meaningRules.has(finding.rule) && serious(finding)).length
    }
    expect(pairs).toBeGreaterThan(100)
    expect(flagged / pairs).toBeLessThan(0.005)
  })
})
