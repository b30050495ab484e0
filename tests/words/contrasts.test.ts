import {describe, expect, it} from 'vitest'
import {findPoles, parseContrasts} from '../../src/words/contrasts.js'
import {tokenize} from '../../src/words/tokens.js'
import type {Lang} from '../../src/types.js'

const tsv = [
  'id\ten_a\tfr_a\ten_b\tfr_b\tsource',
  '# a comment',
  'first\tfirst\tpremier\tlast|latest\tdernier\ttime order',
  'early\tearly\ttôt\tlate|latest\ttardif\ttime order',
  "include\tincluding\ty compris\texcluding\tà l'exception de\tlegal drafting",
  'public\tpublic\t=public|=publique\tprivate\tprivé\tsectors',
].join('\n')
const index = parseContrasts(tsv)

function poles(text: string, lang: Lang): string[] {
  const tokens = tokenize(text, lang)
  return findPoles(tokens, lang, index).map((mention) => `${mention.contrast.id}:${mention.pole}:${mention.tokens.map((k) => tokens[k]?.text).join('·')}`)
}

describe('contrast sets', () => {
  it('match words by stem, so inflections count', () => {
    expect(poles('The premiers and the last ones.', 'fr')).toEqual(['first:a:premiers'])
    expect(poles('Including the fees.', 'en')).toEqual(['include:a:Including'])
  })

  it('match a phrase word for word, function words included', () => {
    expect(poles("Tous, à l'exception de deux.", 'fr')).toEqual(["include:b:à·l'·exception·de"])
    expect(poles("Y compris à l'exception.", 'fr')).toEqual(['include:a:Y·compris'])
  })

  it('match an alternative written =word as written, not by stem', () => {
    expect(poles('La fonction publique et la publication.', 'fr')).toEqual(['public:a:publique'])
  })

  it('let a word of two contrasts say both', () => {
    expect(poles('The latest release.', 'en')).toEqual(['first:b:latest', 'early:b:latest'])
  })
})
