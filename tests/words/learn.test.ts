import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseTbx, parseTmx} from '../../src/read/exchange.js'
import {formatLexicon, learnLexicon, learnPairs} from '../../src/words/learn.js'
import {parseLexicon} from '../../src/words/lexicon.js'
import {tokenize} from '../../src/words/tokens.js'
import {fixturePath} from '../helpers.js'

const memory = readFileSync(fixturePath('exchange/memory.tmx'), 'utf8')

describe('TMX and TBX', () => {
  it('reads the English and French segments of each unit, without inline codes, with references decoded', () => {
    const units = parseTmx(memory)
    expect(units).toHaveLength(8)
    expect(units[5]).toEqual({en: 'The wharf is closed.', fr: 'Le quai est fermé.'})
    expect(units[7]?.en).toBe('The wharf & the grant.')
    expect(() => parseTmx('<html></html>', 'page.tmx')).toThrow('page.tmx: not a TMX file')
  })

  it('reads the English and French terms of each concept of a termbase', () => {
    const pairs = parseTbx(readFileSync(fixturePath('exchange/glossary.tbx'), 'utf8'))
    expect(pairs).toEqual([
      {en: 'Treasury Board', fr: 'Conseil du Trésor'},
      {en: 'wharf', fr: 'quai'},
    ])
  })
})

describe('learnPairs (IBM Model 1)', () => {
  const pairs = learnPairs(parseTmx(memory))
  const learnt = (en: string) => pairs.filter((pair) => pair.en === en).map((pair) => pair.fr)

  it('learns the words a memory translates consistently', () => {
    expect(learnt('grant')).toEqual(['subvention'])
    expect(learnt('wharf')).toEqual(['quai'])
    expect(learnt('travel')).toEqual(['déplacements'])
    for (const pair of pairs) expect(pair.weight > 0 && pair.weight <= 1).toBe(true)
  })

  it('writes a lexicon that reads back with the same pairs', () => {
    const lexicon = parseLexicon(formatLexicon(pairs))
    const [grant] = tokenize('grants', 'en')
    const [subvention] = tokenize('subventions', 'fr')
    expect(lexicon.weightOf(grant as never, subvention as never)).toBeGreaterThan(0.2)
    expect(learnLexicon(parseTmx(memory)).size).toBe(pairs.length)
  })

  it('learns nothing from units that never repeat a word', () => {
    expect(learnPairs([{en: 'One grant.', fr: 'Une subvention.'}])).toEqual([])
  })
})
