import {fillTemplate} from '../check/messages.js'
import {typeset} from '../i18n/typography.js'
import {frenchMessage} from '../i18n/messages.js'
import type {Locale} from '../i18n/locale.js'

/**
 * The messages of a draft comparison, as templates (`{{name}}` is the change's `data.name`; keys ending in `Lang`
 * are written as the language's name), after the rules' `meta.messages`.
 */
export const compareMessages: Readonly<Record<string, string>> = {
  changedWords: 'the {{changedLang}} changed “{{oldText}}” to “{{newText}}”, and the {{otherLang}} did not follow: “{{otherText}}” is as it was',
  addedWords: 'the {{changedLang}} added “{{newText}}”, and the {{otherLang}} did not follow: “{{otherText}}” is as it was',
  droppedWords: 'the {{changedLang}} dropped “{{oldText}}”, and the {{otherLang}} did not follow: “{{otherText}}” is as it was',
  nowAgrees: 'the {{changedLang}} changed “{{oldText}}” to “{{newText}}” and now agrees with the {{otherLang}}, which was left as it was',
  changedWordsUnpaired: 'the {{changedLang}} changed “{{oldText}}” to “{{newText}}” in a passage the {{otherLang}} has no counterpart for',
  addedWordsUnpaired: 'the {{changedLang}} added “{{newText}}” in a passage the {{otherLang}} has no counterpart for',
  droppedWordsUnpaired: 'the {{changedLang}} dropped “{{oldText}}” in a passage the {{otherLang}} has no counterpart for',
  nowAgreesUnpaired: 'the {{changedLang}} changed “{{oldText}}” to “{{newText}}” in a passage the {{otherLang}} has no counterpart for',
  editsDisagree:
    'both versions changed here, but not alike: the English “{{enOld}}” became “{{enNew}}”, the French “{{frOld}}” became “{{frNew}}”; {{finding}}',
  addedParagraph: 'a paragraph was added to the {{changedLang}} only: “{{text}}”',
  addedParagraphBeside: 'a paragraph was added to the {{changedLang}} only: “{{text}}”; the {{otherLang}} beside it is as it was: “{{otherText}}”',
  removedParagraph: 'a paragraph was removed from the {{changedLang}} only: “{{text}}”; the {{otherLang}} still has its counterpart: “{{otherText}}”',
}

/** The French of the comparison's messages, with the same placeholders (plain spaces; `typeset` adds the no-break ones). */
export const frenchCompareMessages: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    changedWords:
      '{{changedLang|version}} a changé « {{oldText}} » en « {{newText}} », et {{otherLang|version}} n’a pas suivi : « {{otherText}} » est resté tel quel',
    addedWords: '{{changedLang|version}} a ajouté « {{newText}} », et {{otherLang|version}} n’a pas suivi : « {{otherText}} » est resté tel quel',
    droppedWords: '{{changedLang|version}} a retiré « {{oldText}} », et {{otherLang|version}} n’a pas suivi : « {{otherText}} » est resté tel quel',
    nowAgrees: '{{changedLang|version}} a changé « {{oldText}} » en « {{newText}} » et concorde maintenant avec {{otherLang|version}}, restée telle quelle',
    changedWordsUnpaired: '{{changedLang|version}} a changé « {{oldText}} » en « {{newText}} » dans un passage sans équivalent {{otherLang|ofVersion}}',
    addedWordsUnpaired: '{{changedLang|version}} a ajouté « {{newText}} » dans un passage sans équivalent {{otherLang|ofVersion}}',
    droppedWordsUnpaired: '{{changedLang|version}} a retiré « {{oldText}} » dans un passage sans équivalent {{otherLang|ofVersion}}',
    nowAgreesUnpaired: '{{changedLang|version}} a changé « {{oldText}} » en « {{newText}} » dans un passage sans équivalent {{otherLang|ofVersion}}',
    editsDisagree:
      'les deux versions ont changé ici, mais pas de la même façon : l’anglais « {{enOld}} » est devenu « {{enNew}} », le français « {{frOld}} » est devenu « {{frNew}} »; {{finding}}',
    addedParagraph: 'un paragraphe a été ajouté à {{changedLang|version}} seulement : « {{text}} »',
    addedParagraphBeside:
      'un paragraphe a été ajouté à {{changedLang|version}} seulement : « {{text}} »; {{otherLang|version}}, à côté, est restée telle quelle : « {{otherText}} »',
    removedParagraph:
      'un paragraphe a été retiré de {{changedLang|version}} seulement : « {{text}} »; {{otherLang|version}} a toujours son équivalent : « {{otherText}} »',
  }).map(([id, template]) => [id, typeset(template)]),
)

/** A comparison message in a locale (English by default), filled with its data. */
export function fillCompareMessage(id: string, data: Readonly<Record<string, string | number>>, locale: Locale = 'en'): string {
  if (locale === 'fr') {
    const french = frenchCompareMessages[id]
    if (french === undefined) throw new RangeError(`no French compare message '${id}'`)
    return frenchMessage(french, data, `compare message '${id}' (fr)`)
  }
  const template = compareMessages[id]
  if (template === undefined) throw new RangeError(`no compare message '${id}'`)
  return fillTemplate(template, data, `compare message '${id}'`)
}
