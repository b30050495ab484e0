/** The kinds of meaning flip `perturbSentence` makes. */
export type PerturbationKind = 'negation-insert' | 'negation-remove' | 'modal-flip' | 'opposite-swap'

/** A sentence with one meaning flip: `start` and `end` delimit the changed words in `text`; `note` says what changed. */
export interface Perturbation {
  text: string
  start: number
  end: number
  note: string
}

export declare const KINDS: readonly PerturbationKind[]

/** The sentence with one meaning flip of `kind`, or null when the kind does not apply to it. */
export declare function perturbSentence(text: string, lang: 'en' | 'fr', kind: PerturbationKind): Perturbation | null
