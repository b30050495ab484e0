import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/compare/index.js'
import type {DraftChange} from '../../src/compare/types.js'
import type {Span} from '../../src/types.js'
import {readFixture} from '../helpers.js'

const letter = readFixture('ministerial-letter-2021.md')
const old = {path: 'draft-2.md', text: letter}

/** The letter with one edit: `from` replaced by `to` at its one place. */
function edited(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2)
  return text.replace(from, to)
}

/** That a span covers exactly `text` at its place in `source`. */
function expectAt(span: Span | null, source: string, text: string): void {
  expect(span?.text).toBe(text)
  const at = span?.position.start.offset ?? -1
  expect(source.slice(at, span?.position.end.offset)).toBe(text)
  const before = source.slice(0, at)
  expect(span?.position.start.line).toBe(before.split('\n').length)
  expect(span?.position.start.column).toBe(at - before.lastIndexOf('\n'))
}

const compare = (text: string) => compareDrafts(old, {path: 'draft-3.md', text})

describe('compareDrafts on drafts of the seed letter', () => {
  it('finds nothing between a draft and itself', () => {
    const result = compare(letter)
    expect(result.changes).toEqual([])
    expect(result.pairs.edited + result.pairs.added + result.pairs.removed).toBe(0)
    expect(result.pairs.unchanged).toBeGreaterThan(20)
  })

  it('flags an English edit the French did not follow, with its place in the four texts', () => {
    const text = edited(letter, 'correspondence of November 25, 2020', 'correspondence of November 28, 2020')
    const [change, ...rest] = compare(text).changes
    expect(rest).toEqual([])
    expect(change).toMatchObject({kind: 'edited-one-version', lang: 'en', severity: 'error'})
    expectAt((change as DraftChange).old.en, letter, '25')
    expect((change as DraftChange).old.en?.position.start.offset).toBe(letter.indexOf('November 25') + 9)
    expectAt((change as DraftChange).new.en, text, '28')
    expect((change as DraftChange).new.en?.position.start.offset).toBe(text.indexOf('November 28') + 9)
    // The French's own "25", which did not follow.
    expectAt((change as DraftChange).new.fr, text, '25')
    expect((change as DraftChange).new.fr?.position.start.offset).toBe(text.indexOf('25 novembre 2020'))
    expect((change as DraftChange).old.fr?.position).toEqual((change as DraftChange).new.fr?.position)
    expect(change?.message).toMatch(/^the English changed “25” to “28”, and the French did not follow: “Je vous remercie/)
    // Each place with the sentence around it.
    expect(change?.context.new.en?.text).toMatch(/^Thank you for your correspondence of November 28, 2020, concerning .*conduct\.$/)
    expect(change?.context.old.en?.text).toMatch(/^Thank you for your correspondence of November 25, 2020/)
    expect(change?.context.new.fr?.text).toMatch(/^Je vous remercie de votre correspondance du 25 novembre 2020 .*conduite\.$/)
  })

  it('flags a French edit the English did not follow', () => {
    const text = edited(letter, 'je ne suis pas en mesure de commenter des cas particuliers', 'je ne suis pas en mesure de commenter ces cas')
    const changes = compare(text).changes
    expect(changes.map((change) => [change.kind, change.lang])).toEqual([['edited-one-version', 'fr']])
    expectAt(changes[0]?.new.fr ?? null, text, 'ces cas')
    expectAt(changes[0]?.old.fr ?? null, letter, 'des cas particuliers')
    expectAt(
      changes[0]?.new.en ?? null,
      text,
      'I hope you will understand that, as Minister of Justice and Attorney General of Canada, I cannot comment on specific cases.',
    )
  })

  it('says nothing of edits on both sides that say the same thing', () => {
    let text = edited(letter, 'correspondence of November 25, 2020', 'correspondence of November 28, 2020')
    text = edited(text, 'correspondance du 25 novembre 2020', 'correspondance du 28 novembre 2020')
    const result = compare(text)
    expect(result.changes).toEqual([])
    expect(result.pairs.edited).toBe(1)
  })

  it('flags edits on both sides that do not say the same thing, with the check’s finding as evidence', () => {
    let text = edited(letter, 'correspondence of November 25, 2020', 'correspondence of November 28, 2020')
    text = edited(text, 'correspondance du 25 novembre 2020', 'correspondance du 29 novembre 2020')
    const [change, ...rest] = compare(text).changes
    expect(rest).toEqual([])
    expect(change).toMatchObject({kind: 'edits-disagree', severity: 'error', finding: {rule: 'date-mismatch'}})
    expectAt(change?.new.en ?? null, text, '28')
    expectAt(change?.new.fr ?? null, text, '29')
    expectAt(change?.old.fr ?? null, letter, '25')
    expect(change?.old.fr?.position.start.offset).toBe(letter.indexOf('25 novembre 2020'))
    expect(change?.message).toMatch(/^both versions changed here, but not alike: the English “25” became “28”, the French “25” became “29”; /)
  })

  it('does not blame edits on both sides for a divergence both drafts have near them (the MRA sentence)', () => {
    let text = edited(letter, 'open to suggestions on how to improve the MRA', 'open to any suggestions on how to improve the MRA')
    text = edited(text, 'je suis toujours ouvert aux suggestions', 'je suis toujours ouvert à toute suggestion')
    expect(compare(text).changes).toEqual([])
  })

  it('shows an insertion that disagrees with the word before it, so that neither side is empty', () => {
    let text = edited(letter, 'correspondence of November 25, 2020', 'correspondence of November 25, 2020 and your call')
    text = edited(text, 'correspondance du 25 novembre 2020', 'correspondance du 29 novembre 2020')
    const [change] = compare(text).changes
    expect(change?.kind).toBe('edits-disagree')
    expect(change?.data).toMatchObject({enOld: '2020', enNew: '2020 and your call', frOld: '25', frNew: '29'})
  })

  it('flags a paragraph added to one version only, and one removed from one version only', () => {
    const added = edited(
      letter,
      'which I will briefly summarize.\n',
      'which I will briefly summarize.\n\nThe Department will publish a full review of these offences in the spring of next year.\n',
    )
    const addedChanges = compare(added).changes
    expect(addedChanges.map((change) => [change.kind, change.lang])).toEqual([['added-one-version', 'en']])
    expectAt(addedChanges[0]?.new.en ?? null, added, 'The Department will publish a full review of these offences in the spring of next year.')
    expect(addedChanges[0]?.old.en).toBeNull()

    const paragraph =
      'Nonetheless, I would like to assure you that the *Criminal Code* contains a robust framework that prohibits a broad range of the conduct you reference, which I will briefly summarize.\n\n'
    const removed = edited(letter, paragraph, '')
    const removedChanges = compare(removed).changes
    expect(removedChanges.map((change) => [change.kind, change.lang])).toEqual([['removed-one-version', 'en']])
    expect(removedChanges[0]?.old.en?.position.start.offset).toBe(letter.indexOf('Nonetheless, I would like'))
    expect(removedChanges[0]?.new.en).toBeNull()
    expect(removedChanges[0]?.new.fr?.text).toMatch(/^Néanmoins/)
    expect(removedChanges[0]?.old.fr?.text).toMatch(/^Néanmoins/)
  })
})

describe('compareDrafts on four files (an English and a French file per draft)', () => {
  // The letter's halves as separate files: the French half starts at its letterhead's second copy.
  const cut = letter.indexOf('\n', letter.indexOf('Ottawa, Canada K1A 0H8', letter.indexOf('Ottawa, Canada K1A 0H8') + 1) - 40)
  const english = letter.slice(0, cut)
  const french = letter.slice(cut + 1)
  const oldPair = [
    {path: 'draft-2-en.md', text: english},
    {path: 'draft-2-fr.md', text: french},
  ] as const

  it('places an English-only edit in the English files and its counterpart in the French files', () => {
    const newEnglish = edited(english, 'I cannot comment on specific cases', 'I cannot comment on specific cases or on investigations')
    const result = compareDrafts(oldPair, [
      {path: 'draft-3-en.md', text: newEnglish},
      {path: 'draft-3-fr.md', text: french},
    ])
    expect(result.old.sources.map((source) => source.path)).toEqual(['draft-2-en.md', 'draft-2-fr.md'])
    const [change, ...rest] = result.changes
    expect(rest).toEqual([])
    expect(change).toMatchObject({kind: 'edited-one-version', lang: 'en', messageId: 'addedWords'})
    expect(change?.new.en?.source).toBe(0)
    expectAt(change?.new.en ?? null, newEnglish, 'or on investigations')
    // Nothing stood there in the old draft: an insertion point, after "cases".
    expect(change?.old.en?.position.start.offset).toBe(english.indexOf('specific cases') + 'specific cases'.length)
    expect(change?.old.en?.text).toBe('')
    expect(change?.new.fr?.source).toBe(1)
    expectAt(change?.new.fr ?? null, french, change?.new.fr?.text ?? '')
    expect(change?.new.fr?.text).toContain('je ne suis pas en mesure de commenter des cas particuliers')
    expect(change?.old.fr).toEqual(change?.new.fr)
  })
})

describe('compareDrafts on drafts of real documents', () => {
  const documents = [
    'canada-ca__Open_First_Whitepaper__README.md',
    'TBS-EACPD__infobase__README.md',
    'AAFC-Bioinfo-AAC__quick-start-guide__CODE_OF_CONDUCT.md',
  ].map((name) => ({
    path: name,
    text: readFixture(`meaning/${name}`),
  }))

  it.each(documents.map((document) => [document.path, document] as const))(
    'flags a clause added to one sentence of %s in one version only, at its place',
    (_name, document) => {
      // The first sentence of each language long enough to be prose, given a clause in that language alone.
      for (const [lang, clause] of [
        ['en', ', within 30 days'],
        ['fr', ', dans un délai de 30 jours'],
      ] as const) {
        const sentence = document.text
          .split('\n')
          .find((line) => line.length > 80 && /^[A-Z][^|#<>`]*\.$/.test(line) && (lang === 'fr') === /[éèàù]/.test(line))
        if (sentence === undefined) throw new Error(`no ${lang} sentence in ${document.path}`)
        const text = edited(document.text, sentence, `${sentence.slice(0, -1)}${clause}.`)
        const changes = compareDrafts(document, {path: document.path, text}).changes
        expect(changes.map((change) => [change.kind, change.lang, change.data['newText']])).toEqual([['edited-one-version', lang, clause]])
        const at = text.indexOf(clause)
        expect(changes[0]?.new[lang]?.position.start.offset).toBe(at)
        expect(changes[0]?.old[lang]?.position.start.offset).toBe(at)
        expect(changes[0]?.new[lang === 'en' ? 'fr' : 'en']).not.toBeNull()
      }
    },
  )
})
