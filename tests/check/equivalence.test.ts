import {describe, expect, it} from 'vitest'
import {compareSentences} from '../../src/check/compare-sentences.js'
import {equivalenceFeatureNames} from '../../src/check/equivalence.js'
import {check} from '../../src/pipeline.js'
import {readFixture, schemaErrors} from '../helpers.js'

const notice = (en: string, fr: string) => ({path: 'notice.md', text: `# Notice\n\n${en}\n\n# Avis\n\n${fr}\n`})
const middleBead = (report: ReturnType<typeof check>) => report.pairs[1]?.sentences[0]

describe('equivalence', () => {
  it('is high for a faithful translation and low for an unrelated sentence that the aligner pairs all the same', () => {
    const faithful = middleBead(
      check(
        notice(
          'Applications must be submitted online before the end of the fiscal year.',
          "Les demandes doivent être présentées en ligne avant la fin de l'exercice.",
        ),
      ),
    )
    const unrelated = middleBead(
      check(
        notice(
          'Applications must be submitted online before the end of the fiscal year.',
          "Les résultats de l'évaluation seront publiés sur le site du ministère au printemps.",
        ),
      ),
    )
    expect(faithful?.equivalence).toBeGreaterThan(0.8)
    expect(unrelated?.equivalence).toBeLessThan(0.3)
    // The alignment score says these are counterparts (nothing else competes for them); equivalence says they differ.
    expect((unrelated?.score ?? 0) - (unrelated?.equivalence ?? 1)).toBeGreaterThan(0.3)
  })

  it('falls when a negation turns the meaning, where coverage does not move', () => {
    const en = 'The department is responsible for the program.'
    const same = compareSentences(en, 'Le ministère est responsable du programme.')
    const negated = compareSentences(en, "Le ministère n'est pas responsable du programme.")
    expect(negated.coverage).toEqual(same.coverage)
    expect(negated.negationMismatch).toBe(true)
    expect(negated.equivalence).toBeLessThan(same.equivalence - 0.2)
  })

  it('is 0 for a sentence with no counterpart, and a pair’s is its sentences’ weighed by length', () => {
    const report = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
    expect(schemaErrors(report)).toBe('')
    for (const pair of report.pairs) {
      for (const bead of pair.sentences) {
        expect(bead.equivalence).toBeGreaterThanOrEqual(0)
        expect(bead.equivalence).toBeLessThanOrEqual(1)
        if (bead.en.length === 0 || bead.fr.length === 0) expect(bead.equivalence).toBe(0)
      }
      const lengths = pair.sentences.map((bead) => [...bead.en, ...bead.fr].reduce((sum, span) => sum + span.text.length, 0))
      const total = lengths.reduce((a, b) => a + b, 0)
      const weighed = pair.sentences.reduce((sum, bead, k) => sum + (bead.equivalence ?? 0) * (lengths[k] ?? 0), 0)
      expect(pair.equivalence).toBeCloseTo(total === 0 ? 0 : weighed / total, 2)
    }
  })

  it('gives salutations and closings of the same role the convention’s 0.95', () => {
    const report = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
    const salutation = report.pairs.flatMap((pair) => pair.sentences).find((bead) => bead.en[0]?.text.startsWith('Dear'))
    expect(salutation?.equivalence).toBe(0.95)
  })

  it('mixes in the user’s similarity, as the mean of the two', () => {
    const en = 'The fee will increase next year.'
    const fr = "Les frais vont augmenter l'an prochain."
    const alone = compareSentences(en, fr).equivalence
    expect(compareSentences(en, fr, {similarity: () => 0}).equivalence).toBeCloseTo(alone / 2, 6)
  })

  it('names its features, in the model’s order', () => {
    const comparison = compareSentences('The fee will increase.', 'Les frais vont diminuer.')
    expect(Object.keys(comparison.features)).toEqual([...equivalenceFeatureNames])
    expect(comparison.features.opposites).toBe(1)
  })
})
