import {describe, expect, it} from 'vitest'
import {findReviewMarks} from '../../src/check/draft/review-marks.js'
import {check} from '../../src/pipeline.js'

const marks = (text: string) => findReviewMarks(text).map((found) => found.text)

describe('findReviewMarks', () => {
  it('finds marks left for the people who make the document', () => {
    expect(marks('[TODO: Add/revise introductory text] Some text. FIXME later.')).toEqual(['[TODO: Add/revise introductory text]', 'FIXME'])
    expect(marks('The cost [Comment: check with finance] is high. [Commentaire : à vérifier]')).toEqual([
      '[Comment: check with finance]',
      '[Commentaire : à vérifier]',
    ])
    expect(marks('Note to translator: keep the English title. Note au traducteur : garder le titre.')).toEqual(['Note to translator:', 'Note au traducteur :'])
    expect(marks('The program was renewed.[JD1]')).toEqual(['[JD1]'])
  })

  it('leaves ordinary words and notes for readers alone', () => {
    expect(marks('The to-do list is long; a note to readers follows. N.d.T. : le titre est resté en anglais. [Note: amended in 2019]')).toEqual([])
  })
})

describe('review-mark', () => {
  it('flags a TODO in each version at its place', () => {
    const text =
      '# Open standards\n\n[TODO: Add text]\n\nUse open standards first, where appropriate.\n\n# Normes ouvertes\n\n[TODO: Ajouter le texte]\n\nUtilisez d’abord des normes ouvertes, s’il y a lieu.\n'
    const findings = check({path: 'draft.md', text}).findings.filter((finding) => finding.rule === 'review-mark')
    expect(findings.map((finding) => [finding.en?.position.start.line ?? null, finding.fr?.position.start.line ?? null, finding.message])).toEqual([
      [3, null, 'a review mark is left in the English text: “[TODO: Add text]”'],
      [null, 9, 'a review mark is left in the French text: “[TODO: Ajouter le texte]”'],
    ])
  })
})
