import {expect} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding, TypographyProfile} from '../../src/types.js'
import {withRelated} from '../helpers.js'

/** The English half of a short bilingual notice: enough paragraphs for detection to see it as English. */
export const englishNotice: readonly string[] = [
  'The office will be renovated this spring and the work will last about six months.',
  'Staff will work from home during the closure and meetings will be held online.',
  'Visitors who need help in person should call the front desk to book an appointment.',
  'Deliveries will be received at the loading dock on the east side of the building.',
  'Parking will remain open to employees who must come to the office during the work.',
  'The office will reopen in the fall at the usual time, once the work is finished.',
]

/** The French half of the notice, paragraph for paragraph the translation of the English one. */
export const frenchNotice: readonly string[] = [
  'Le bureau sera rénové ce printemps et les travaux dureront environ six mois.',
  'Le personnel travaillera à domicile pendant la fermeture et les réunions se tiendront en ligne.',
  'Les visiteurs qui ont besoin d’aide en personne doivent appeler la réception pour prendre rendez-vous.',
  'Les livraisons seront reçues au quai de chargement, du côté est de l’immeuble.',
  'Le stationnement restera ouvert aux employés qui doivent se rendre au bureau pendant les travaux.',
  'Le bureau rouvrira à l’automne à l’heure habituelle, une fois les travaux terminés.',
]

/**
 * The notice with `lines` among its French paragraphs, after the third: the French rules' tests put the
 * French under test there, amid translated paragraphs, so the halves still pair up. A test of the English
 * edits the plain notice (`notice().replace(...)`) instead.
 */
export function notice(...lines: string[]): string {
  const french = [...frenchNotice.slice(0, 3), ...lines, ...frenchNotice.slice(3)]
  return `# Notice\n\n${englishNotice.join('\n\n')}\n\n# Avis\n\n${french.join('\n\n')}\n`
}

/**
 * The findings of one typography `rule` on `text` under `profile` (none when undefined), in text order.
 * Related findings count too: another rule's finding of the same sentence may hold this rule's finding.
 */
export function typographyFindings(rule: string, text: string, profile?: TypographyProfile): Finding[] {
  return withRelated(check({path: 'notice.md', text}, profile === undefined ? {} : {profile}).findings)
    .filter((finding) => finding.rule === rule)
    .sort((a, b) => offset(a) - offset(b))
}

/** Where a finding starts: in the French when it has one, else in the English; -1 with neither. */
function offset(finding: Finding): number {
  return (finding.fr ?? finding.en)?.position.start.offset ?? -1
}

/** Where `snippet` starts in `text`: 1-based line and column, 0-based offset; fails the test when it is missing. */
export function place(text: string, snippet: string) {
  const offset = text.indexOf(snippet)
  expect(offset, snippet).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset}
}
