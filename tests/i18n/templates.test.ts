import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {unpairedMessages} from '../../src/check/unpaired.js'
import {frenchDescriptions, frenchMessages} from '../../src/i18n/fr/messages.js'
import {frenchMessage} from '../../src/i18n/messages.js'
import {placeholdersOf} from '../../src/i18n/template.js'

const sorted = (names: Set<string>) => [...names].sort()

describe('the French templates', () => {
  it('give every rule a French template for every English message id, with the same placeholders', () => {
    for (const {meta} of rules) {
      const english = meta.messages ?? {}
      const french = frenchMessages[meta.id] ?? {}
      expect(Object.keys(french).sort(), meta.id).toEqual(Object.keys(english).sort())
      for (const [id, template] of Object.entries(english)) {
        expect(sorted(placeholdersOf(french[id] ?? '')), `${meta.id}.${id}`).toEqual(sorted(placeholdersOf(template)))
      }
    }
  })

  it('cover the unpaired messages omitted-content and added-content share', () => {
    for (const rule of ['omitted-content', 'added-content']) {
      for (const [id, template] of Object.entries(unpairedMessages)) {
        expect(sorted(placeholdersOf(frenchMessages[rule]?.[id] ?? '')), `${rule}.${id}`).toEqual(sorted(placeholdersOf(template)))
      }
    }
  })

  it('name no rule pareil does not have, and describe every rule in French', () => {
    const ids = rules.map((rule) => rule.meta.id).sort()
    expect(Object.keys(frenchMessages).sort()).toEqual(
      ids.filter((id) => Object.keys(rules.find((rule) => rule.meta.id === id)?.meta.messages ?? {}).length > 0),
    )
    expect(Object.keys(frenchDescriptions).sort()).toEqual(ids)
  })

  it('follow Canadian French typography: no-break spaces inside guillemets and before a colon, none before ; ! ?', () => {
    for (const [rule, messages] of Object.entries(frenchMessages)) {
      for (const [id, template] of Object.entries(messages)) {
        const where = `${rule}.${id}`
        expect(template, where).not.toMatch(/« | »| :|[“”"]/)
        expect(template, where).not.toMatch(/\s[;!?]/)
      }
    }
  })

  it('write a language in the form the sentence needs, and a kind with its article', () => {
    const unpaired = frenchMessages['omitted-content']?.['unpairedBlock'] ?? ''
    expect(frenchMessage(unpaired, {absentLang: 'fr', presentLang: 'en', kind: 'table cell', text: 'Total'}, 'test')).toBe(
      'la version française n’a pas d’équivalent pour cette cellule de tableau de la version anglaise\u00A0: «\u00A0Total\u00A0»',
    )
    const untranslated = frenchMessages['untranslated']?.['otherLanguage'] ?? ''
    expect(frenchMessage(untranslated, {kind: 'list item', versionLang: 'fr', writtenLang: 'en'}, 'test')).toBe(
      'cet élément de liste de la version française est en anglais',
    )
    const name = frenchMessages['name-mismatch']?.['nameUnmatched'] ?? ''
    expect(frenchMessage(name, {absentLang: 'en', presentLang: 'fr', kind: 'web address', text: 'canada.ca'}, 'test')).toBe(
      'la version anglaise n’a pas d’équivalent pour l’adresse Web «\u00A0canada.ca\u00A0» de la version française',
    )
    const list = frenchMessages['list-mismatch']?.['enumerationItemsWithMissing'] ?? ''
    expect(frenchMessage(list, {shorterLang: 'fr', shorterCount: 6, longerLang: 'en', longerCount: 7, missing: '“selling”, “advertising”'}, 'test')).toBe(
      'l’énumération française compte 6 éléments, contre 7 dans la version anglaise; aucun équivalent pour «\u00A0selling\u00A0», «\u00A0advertising\u00A0»',
    )
  })

  it('refuse a placeholder without data, and a form no value has', () => {
    expect(() => frenchMessage('{{text}}', {}, 'probe')).toThrow(/probe: no value for \{\{text\}\}/)
    expect(() => frenchMessage('{{text|version}}', {text: 'x'}, 'probe')).toThrow(/no form 'version'/)
  })
})
