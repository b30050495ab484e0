import type {ReportSource} from '../types.js'
import type {Locale} from './locale.js'
import {noBreakSpace} from './typography.js'

const colon = `${noBreakSpace}:`

/** "2 insertions, 1 deletion, 1 move" → « 2 insertions, 1 suppression, 1 déplacement ». */
function changes(list: string): string {
  return list.replace(/(?<!\d)(\d+) (insertion|deletion|move)(s?)/g, (_, count: string, noun: string, plural: string) => {
    const french = {insertion: 'insertion', deletion: 'suppression', move: 'déplacement'}[noun] ?? noun
    return `${count} ${french}${plural}`
  })
}

/** "page 3", "pages 4, 7 and 9" → « la page 3 », « les pages 4, 7 et 9 ». */
function pages(list: string): string {
  return list.startsWith('pages ') ? `les ${list.replace(/ and /, ' et ')}` : `la ${list}`
}

/** The readers' notices that have a French form: each English sentence, with its parameters, and its French. */
const translations: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /^the document has tracked changes \((.+)\): checked as it (reads with them accepted|read before them)$/,
    (m) =>
      `le document contient des modifications suivies (${changes(m[1] ?? '')})${colon} vérifié ${m[2]?.startsWith('reads') === true ? 'tel qu’il se lit une fois elles acceptées' : 'tel qu’il se lisait avant elles'}`,
  ],
  [
    /^the document embeds (?:a file|(\d+) files) \(altChunk\) whose text is not read: save it again in Word to bring the text in$/,
    (m) =>
      `le document incorpore ${m[1] === undefined ? 'un fichier' : `${m[1]} fichiers`} (altChunk) dont le texte n’est pas lu${colon} enregistrez-le de nouveau dans Word pour en intégrer le texte`,
  ],
  [
    /^(pages? [\d, and]+) could not be read \(damaged content\) and (?:is|are) not checked$/,
    (m) => {
      const plural = m[1]?.startsWith('pages') === true
      return `${pages(m[1] ?? '')} n’${plural ? 'ont' : 'a'} pas pu être lue${plural ? 's' : ''} (contenu endommagé) et n’${plural ? 'ont' : 'a'} pas été vérifiée${plural ? 's' : ''}`
    },
  ],
  [
    /^(pages? [\d, and]+) (?:has|have) no text \(blank, or an image without a text layer\) and (?:is|are) not checked$/,
    (m) => {
      const plural = m[1]?.startsWith('pages') === true
      return `${pages(m[1] ?? '')} ${plural ? 'sont' : 'est'} sans texte (blanche${plural ? 's' : ''}, ou une image sans couche texte) et n’${plural ? 'ont' : 'a'} pas été vérifiée${plural ? 's' : ''}`
    },
  ],
]

/** The sources of a report with their readers' notices in the chosen language (those without a French form stay). */
export function localizeSources(sources: readonly ReportSource[], locale: Locale): ReportSource[] {
  if (locale === 'en') return [...sources]
  return sources.map((source) =>
    source.notices === undefined
      ? source
      : {
          ...source,
          notices: source.notices.map((notice) => {
            for (const [english, french] of translations) {
              const match = english.exec(notice)
              if (match !== null) return french(match)
            }
            return notice
          }),
        },
  )
}
