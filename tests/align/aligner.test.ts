import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignSegments} from '../../src/align/aligner.js'

const english = [
  'The department will publish its annual report on the results of the program in the spring.',
  'Applications must be submitted online before March 31, 2024, with the required documents.',
  'We thank the 42 organizations that took part in the consultation for their comments.',
  'The Advisory Committee will meet on June 12 to review the progress of the work.',
  'Further information about eligibility and funding is available at canada.ca/grants.',
  'Questions may be sent to the Program Officer at grants@example.gc.ca.',
]
const french = [
  'Le ministère publiera son rapport annuel sur les résultats du programme au printemps.',
  'Les demandes doivent être présentées en ligne avant le 31 mars 2024, avec les documents exigés.',
  'Nous remercions les 42 organisations qui ont participé à la consultation pour leurs commentaires.',
  'Le Comité consultatif se réunira le 12 juin pour examiner l’avancement des travaux.',
  'De plus amples renseignements sur l’admissibilité et le financement se trouvent à canada.ca/subventions.',
  'Les questions peuvent être envoyées à l’agent de programme à grants@example.gc.ca.',
]

const shapes = (beads: ReturnType<typeof alignSegments>) => beads.map((bead) => `${bead.en.join(',')}:${bead.fr.join(',')}`)

describe('alignSegments', () => {
  it('pairs translations one to one, with high scores', () => {
    const beads = alignSegments(english, french)
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5'])
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.7)
  })

  it('leaves a sentence the French drops on its own, with score 0', () => {
    const beads = alignSegments(
      english,
      french.filter((_, k) => k !== 2),
    )
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:', '3:2', '4:3', '5:4'])
    expect(beads[2]?.score).toBe(0)
  })

  it('joins two English sentences that the French says in one', () => {
    const joined = [...french.slice(0, 3), `${french[3]?.slice(0, -1)} et ${french[4]?.charAt(0).toLowerCase()}${french[4]?.slice(1)}`, french[5] as string]
    expect(shapes(alignSegments(english, joined))).toEqual(['0:0', '1:1', '2:2', '3,4:3', '5:4'])
  })

  it('pairs a closing formula with a closing formula whatever their lengths', () => {
    const beads = alignSegments(
      ['Thank you again for writing.', 'Respectfully,'],
      [
        "Je vous remercie encore une fois d'avoir pris le temps de m'écrire et vous prie d'agréer, Madame la Sénatrice, l'expression de mes sentiments les meilleurs.",
      ],
    )
    expect(shapes(beads)).toEqual(['0,1:0'])
    expect(beads[0]?.score).toBeGreaterThan(0.9)
  })

  it('is not dragged by a number shared by unrelated segments (Chapter 1 / Article 1)', () => {
    const en = ['Chapter 1', ...english, 'Part 1 of the appendix lists 1 form.']
    const fr = ['Chapitre premier', ...french, 'Article 1']
    const beads = shapes(alignSegments(en, fr))
    expect(beads.slice(1, 7)).toEqual(['1:1', '2:2', '3:3', '4:4', '5:5', '6:6'])
  })

  it('matches anchors the text does not show, such as link targets and italic titles', () => {
    const en = ['Read the guide before you apply.', 'Apply online.']
    const fr = ['Lisez le guide avant de présenter une demande.', 'Présentez une demande en ligne.']
    const plain = alignSegments(en, fr)
    const linked = alignSegments(
      en.map((text, k) => ({text, anchors: [`url https://canada.ca/*/page-${k}`, 'emphasis 1']})),
      fr.map((text, k) => ({text, anchors: [`url https://canada.ca/*/page-${k}`, 'emphasis 1']})),
    )
    expect(shapes(linked)).toEqual(['0:0', '1:1'])
    linked.forEach((bead, k) => expect(bead.score).toBeGreaterThan(plain[k]?.score ?? 1))
  })

  it('aligns paragraphs first when both sides give paragraph ids, and never crosses them', () => {
    const withParagraphs = (lines: string[]) => lines.map((text, k) => ({text, paragraph: k < 3 ? 'a' : 'b'}))
    const beads = alignSegments(withParagraphs(english), withParagraphs(french))
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5'])
  })

  it('returns beads that cover both inputs once, in order, for any input', () => {
    const sentence = fc
      .array(fc.constantFrom('the', 'report', 'rapport', 'le', '2024', 'Canada', 'annual', 'annuel', '.', 'a'), {maxLength: 12})
      .map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(sentence, {maxLength: 30}), fc.array(sentence, {maxLength: 30}), (en, fr) => {
        const beads = alignSegments(en, fr)
        expect(beads.flatMap((bead) => bead.en)).toEqual(en.map((_, k) => k))
        expect(beads.flatMap((bead) => bead.fr)).toEqual(fr.map((_, k) => k))
        for (const bead of beads) {
          expect(bead.en.length + bead.fr.length).toBeGreaterThan(0)
          expect(bead.score).toBeGreaterThanOrEqual(0)
          expect(bead.score).toBeLessThanOrEqual(1)
        }
      }),
      {numRuns: 100},
    )
  })
})

describe('align with a sentence similarity of the user’s', () => {
  const english = ['Alpha beta gamma.', 'Delta epsilon zeta.']
  const french = ['Uno dos tres.']
  const pairedWith = (similarity: (en: string, fr: string) => number) =>
    alignSegments(english, french, {similarity})
      .filter((bead) => bead.en.length === 1 && bead.fr.length === 1)
      .map((bead) => bead.en[0])

  it('lets the similarity decide between beads the other evidence cannot tell apart', () => {
    expect(pairedWith((en) => (en.startsWith('Delta') ? 1 : 0))).toEqual([1])
    expect(pairedWith((en) => (en.startsWith('Alpha') ? 1 : 0))).toEqual([0])
  })

  it('is asked with the joined texts of a bead, and a broken answer counts as neutral', () => {
    const asked: string[] = []
    alignSegments(english, french, {similarity: (en, fr) => (asked.push(`${en} | ${fr}`), Number.NaN)})
    expect(asked).toContain('Alpha beta gamma. Delta epsilon zeta. | Uno dos tres.')
  })
})

describe('alignSegments on a long input with a long gap', () => {
  // Numbered sentences pair by their numbers; the French lacks 40 in a row, far beyond the band's first width.
  const sentence = (k: number, lang: 'en' | 'fr') =>
    lang === 'en' ? `Item ${k} of the list concerns the budget of region ${k * 7}.` : `L'élément ${k} de la liste concerne le budget de la région ${k * 7}.`
  const en = Array.from({length: 400}, (_, k) => sentence(k, 'en'))
  const fr = Array.from({length: 400}, (_, k) => sentence(k, 'fr')).filter((_, k) => k < 200 || k >= 240)

  it('follows the path out of the band where it must, and keeps the rest', () => {
    const beads = shapes(alignSegments(en, fr))
    const expected = [
      ...Array.from({length: 200}, (_, k) => `${k}:${k}`),
      ...Array.from({length: 40}, (_, k) => `${200 + k}:`),
      ...Array.from({length: 160}, (_, k) => `${240 + k}:${200 + k}`),
    ]
    expect(beads).toEqual(expected)
  })
})
