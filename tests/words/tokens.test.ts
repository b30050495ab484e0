import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/words/tokens.js'

const content = (text: string, lang: 'en' | 'fr') =>
  tokenize(text, lang)
    .filter((token) => token.content)
    .map((token) => token.text)

describe('tokenize', () => {
  it('splits French elisions and English possessives, keeping exact offsets', () => {
    const text = "l'exploitation d'un enfant, jusqu'au bout"
    const tokens = tokenize(text, 'fr')
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(tokens.map((token) => token.text)).toEqual(["l'", 'exploitation', "d'", 'un', 'enfant', "jusqu'", 'au', 'bout'])
    expect(tokenize("Canada's laws", 'en').map((token) => token.text)).toEqual(['Canada', 'laws'])
  })

  it('marks function words, multi-word prepositions, connectives and light verbs as not content', () => {
    expect(content('The framework provides most of the tools we need.', 'en')).toEqual(['framework', 'provides', 'tools', 'need'])
    expect(content("En vertu de la loi, il doit faire l'objet d'une enquête.", 'fr')).toEqual(['loi', 'objet', 'enquête'])
    expect(content('Moreover, as well as the offences', 'en')).toEqual(['offences'])
  })

  it('tells acronyms and names from words, and says nothing of a capital at the start of a sentence', () => {
    const kinds = tokenize('Requests to the RCMP go to Ottawa. Thanks', 'en').map((token) => [token.text, token.kind])
    expect(kinds).toEqual([
      ['Requests', 'word'],
      ['to', 'word'],
      ['the', 'word'],
      ['RCMP', 'acronym'],
      ['go', 'word'],
      ['to', 'word'],
      ['Ottawa', 'name'],
      ['Thanks', 'word'],
    ])
  })

  it('looks words up by their stem, their irregular lemma, a French verb form’s infinitive and a compound’s parts', () => {
    const [crois] = tokenize('crois', 'fr')
    expect(crois?.keys).toContain('croir')
    const [took] = tokenize('took', 'en')
    expect(took?.keys).toContain('take')
    const [appliquent] = tokenize('appliquent', 'fr')
    expect(appliquent?.keys).toContain('appliqu')
    const [royaume] = tokenize('Royaume-Uni', 'fr')
    expect(royaume?.keys).toContain('royaum')
  })
})

describe('tokenize: numbers and verb forms', () => {
  it('gives numbers and number words a value by which they meet', () => {
    expect(tokenize('two files, 2 fichiers', 'en').map((token) => token.value)).toEqual(['2', undefined, '2', undefined])
    expect(tokenize('deux fichiers et un dossier', 'fr').map((token) => token.value)).toEqual(['2', undefined, undefined, undefined, undefined])
  })

  it('looks English -ed and -ing forms up by their verb, which the stemmer cuts short', () => {
    expect(tokenize('added', 'en')[0]?.keys).toContain('add')
    expect(tokenize('submitting', 'en')[0]?.keys).toContain('submit')
  })

  it('reads a locution in its contracted forms ("au sein du", "à partir des")', () => {
    expect(content('au sein du ministère, à partir des données', 'fr')).toEqual(['ministère', 'données'])
  })
})
