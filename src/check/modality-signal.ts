import type {Lang} from '../types.js'
import type {Modal, Modality} from '../words/modality.js'

/** Modals of different force on the two sides: obligation against permission, prohibition against exemption, or a lesser case. */
export interface ModalityConflict {
  en: Modal
  fr: Modal
  minor: boolean
}

/** The force of each modality, to tell a conflict from a nuance. */
const force: Record<Modality, 'must' | 'may' | 'should' | 'mustNot' | 'needNot'> = {
  obligation: 'must',
  permission: 'may',
  recommendation: 'should',
  prohibition: 'mustNot',
  exemption: 'needNot',
}

/** Pairs of forces that say different things; "should" against "must" is a lesser case ("should" is often rendered "doit"). */
const conflicts: ReadonlyArray<{a: string; b: string; minor: boolean}> = [
  {a: 'must', b: 'may', minor: false},
  {a: 'mustNot', b: 'needNot', minor: false},
  {a: 'should', b: 'must', minor: true},
  {a: 'should', b: 'may', minor: false},
]

/**
 * Modals of conflicting force: one side says a force more often than the other, and the other says a conflicting
 * one more often than the first ("must" against "peut"; "must … must" against "peut … doit"). A modal on one side
 * only is no conflict: French legal drafting says "shall" with the present tense ("Le ministre dépose" for "The
 * Minister shall table"). Negated modals against plain ones are the negation's finding.
 */
export function conflictingModals(modals: Record<Lang, Modal[]>): ModalityConflict | undefined {
  const count = (lang: Lang, wanted: string) => modals[lang].filter((modal) => force[modal.modality] === wanted).length
  for (const {a, b, minor} of conflicts) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (count('en', x) <= count('fr', x) || count('fr', y) <= count('en', y)) continue
      const en = modals.en.find((modal) => force[modal.modality] === x) as Modal
      const fr = modals.fr.find((modal) => force[modal.modality] === y) as Modal
      return {en, fr, minor}
    }
  }
  return undefined
}
