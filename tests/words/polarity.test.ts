import {describe, expect, it} from 'vitest'
import {findModals} from '../../src/words/modality.js'
import {findNegations, isNegativeWord} from '../../src/words/polarity.js'
import {tokenize} from '../../src/words/tokens.js'
import type {Lang} from '../../src/types.js'

/** The negations of a sentence, each as its words joined by "…". */
function negations(text: string, lang: Lang): string[] {
  const tokens = tokenize(text, lang)
  return findNegations(tokens, lang, text).map((negation) => negation.cues.map((k) => tokens[k]?.text).join('…'))
}

/** The modals of a sentence, each as "modality: words". */
function modals(text: string, lang: Lang): string[] {
  const tokens = tokenize(text, lang)
  return findModals(tokens, lang, findNegations(tokens, lang, text)).map((modal) => `${modal.modality}: ${modal.tokens.map((k) => tokens[k]?.text).join(' ')}`)
}

describe('findNegations', () => {
  it.each([
    ['The department is not responsible.', 'en', ['not']],
    ["We don't know and it won’t change.", 'en', ["don't", 'won’t']],
    ['There is no fee, never, and nothing without a form.', 'en', ['no', 'never', 'nothing', 'without']],
    ['We cannot accept it.', 'en', ['cannot']],
    ["Le ministère n'est pas responsable.", 'fr', ["n'…pas"]],
    ["Il ne s'y est jamais opposé.", 'fr', ['ne…jamais']],
    ['Personne ne sait.', 'fr', ['Personne…ne']],
    ['Il ne peut être tenu responsable.', 'fr', ['ne']],
    ['Aucun frais, et sans délai.', 'fr', ['Aucun', 'sans']],
    ['Pas encore validé.', 'fr', ['Pas']],
    ['It is not only fast but also safe.', 'en', ['not']],
    ['Il est non seulement rapide, mais aussi sûr.', 'fr', ['non']],
  ] as const)('finds the negations of “%s”', (text, lang, expected) => {
    expect(negations(text, lang)).toEqual(expected)
  })

  it.each([
    ['Submit it no later than May 1, and not more than 30 pages.', 'en'],
    ['Do not hesitate to contact us.', 'en'],
    ['The fee shall not exceed $50.', 'en'],
    ['See No. 5 and set no_by_stats=True or capture=None.', 'en'],
    ["N'hésitez pas à communiquer avec nous.", 'fr'],
    ["Il n'a que deux jours, à moins qu'il ne soit malade.", 'fr'],
    ['Les frais ne peuvent dépasser 50 $, soit pas plus de 30 pages.', 'fr'],
    ['Il viendra sans doute, pas à pas, plus que jamais.', 'fr'],
    ['Le premier pas, une non-réponse.', 'fr'],
  ] as const)('finds no negation in “%s”', (text, lang) => {
    expect(negations(text, lang)).toEqual([])
  })
})

describe('isNegativeWord', () => {
  it.each([
    ['failure', 'en'],
    ['unless', 'en'],
    ['toll-free', 'en'],
    ['homeless', 'en'],
    ['impossible', 'en'],
    ['non-residents', 'en'],
    ['interdit', 'fr'],
    ['sauf', 'fr'],
    ['gratuitement', 'fr'],
  ] as const)('knows “%s” says “not”', (word, lang) => {
    const token = tokenize(word, lang)[0]
    expect(token !== undefined && isNegativeWord(token, lang)).toBe(true)
  })

  it.each([
    ['information', 'en'],
    ['department', 'en'],
    ['responsable', 'fr'],
  ] as const)('does not take “%s” for a negative word', (word, lang) => {
    const token = tokenize(word, lang)[0]
    expect(token !== undefined && isNegativeWord(token, lang)).toBe(false)
  })
})

describe('findModals', () => {
  it('tells obligations, permissions and recommendations, and their negations, in English', () => {
    expect(modals('You must apply; you may appeal; you need not pay; it cannot be; you should call; it is required to file; he has to go.', 'en')).toEqual([
      'obligation: must',
      'permission: may',
      'exemption: need not',
      'prohibition: cannot',
      'recommendation: should',
      'obligation: is required to',
      'obligation: has to',
    ])
  })

  it('tells them in French, through "ne … pas"', () => {
    expect(
      modals(
        "Vous devez présenter; vous pouvez interjeter; il n'est pas tenu de payer; il ne peut pas; vous devriez; est autorisé à; a le droit de; il faut; ne doit pas.",
        'fr',
      ),
    ).toEqual([
      'obligation: devez',
      'permission: pouvez',
      'exemption: est tenu de',
      'prohibition: peut',
      'recommendation: devriez',
      'permission: est autorisé à',
      'permission: a le droit de',
      'obligation: faut',
      'prohibition: doit',
    ])
  })

  it('takes May by a number for the month', () => {
    expect(modals('The report is due on 15 May and in May 2021 it may change.', 'en')).toEqual(['permission: may'])
  })

  it('does not let a negation reach a modal across punctuation', () => {
    expect(modals('You must, not later, apply.', 'en')).toEqual(['obligation: must'])
  })
})
