import {describe, expect, it} from 'vitest'
import {isNavigation} from '../../src/detect/navigation.js'
import {read} from '../../src/read/index.js'
import type {Block} from '../../src/types.js'

const first = (markdown: string): Block => read({path: 'a.md', text: markdown})[0]?.blocks[0] as Block

describe('language switch links and notices', () => {
  it.each([
    'Français',
    '[English](#english)',
    '[Français](#français) | [English](#english)',
    '(Le français suit)',
    '_(le Français suit)_',
    '*La version française suit.*',
    'The English version follows.',
    'French follows',
    '[(Le message en français suit)](#aperçu)',
    'Version française',
    'English version below',
    '## Français',
    'EN / FR',
    'Pour la version française, voir ci-dessous',
    '(Machine Translated, official translation coming soon!)',
    '*Traduction automatique*',
  ])('%j is navigation', (markdown) => {
    expect(isNavigation(first(markdown))).toBe(true)
  })

  it.each([
    'English is one of the two official languages of Canada.',
    'Machine translation helps the bureau with drafts.',
    'Traduction automatique des documents internes : voir le guide.',
    'Le français est une langue officielle.',
    'Français langue seconde : programmes offerts',
    'French immersion programs',
    '```\nFrançais\n```',
  ])('%j is content', (markdown) => {
    expect(isNavigation(first(markdown))).toBe(false)
  })
})
