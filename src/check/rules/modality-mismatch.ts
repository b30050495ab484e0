import type {Modality} from '../../words/modality.js'
import type {Rule} from '../rule.js'
import {tokensSpan} from '../words.js'

/** As negation-mismatch: most findings on perturbed text are real, the rare ones on clean text mostly rewordings (docs/rules/modality-mismatch.md). */
const confidence = 0.55
/** A recommendation against an obligation or a permission: a nuance, reported one level lower. */
const minorConfidence = 0.45

/**
 * Modals of conflicting force: an obligation in one version where the other gives a permission ("must" /
 * "peut", "may" / "doit"), a prohibition against an exemption ("must not" / "n'est pas tenu de"); a
 * recommendation ("should", "devrait") against either is a lesser case. A modal in one version only is not
 * flagged: French legal drafting says "shall" with the present tense.
 */
export const modalityMismatch: Rule = {
  meta: {
    id: 'modality-mismatch',
    category: 'meaning',
    defaultSeverity: 'warning',
    description: 'One version makes an obligation what the other makes a permission (must / peut, may / doit), or the reverse.',
    messages: {
      obligationPermission: 'the English makes it an obligation (“{{enText}}”) where the French makes it a permission (“{{frText}}”)',
      permissionObligation: 'the English makes it a permission (“{{enText}}”) where the French makes it an obligation (“{{frText}}”)',
      prohibitionExemption: 'the English forbids it (“{{enText}}”) where the French only lifts an obligation (“{{frText}}”)',
      exemptionProhibition: 'the English only lifts an obligation (“{{enText}}”) where the French forbids it (“{{frText}}”)',
      recommendationObligation: 'the English recommends it (“{{enText}}”) where the French makes it an obligation (“{{frText}}”)',
      obligationRecommendation: 'the English makes it an obligation (“{{enText}}”) where the French only recommends it (“{{frText}}”)',
      recommendationPermission: 'the English recommends it (“{{enText}}”) where the French makes it a permission (“{{frText}}”)',
      permissionRecommendation: 'the English makes it a permission (“{{enText}}”) where the French recommends it (“{{frText}}”)',
    },
  },
  check(context) {
    for (const words of context.shared.beadWords) {
      const conflict = context.shared.polarity(words).modalityConflict
      if (conflict === undefined) continue
      const en = tokensSpan(context, words, 'en', conflict.en.tokens)
      const fr = tokensSpan(context, words, 'fr', conflict.fr.tokens)
      context.report({
        messageId: messageId(conflict.en.modality, conflict.fr.modality),
        data: {enText: en?.text ?? '', frText: fr?.text ?? ''},
        confidence: conflict.minor ? minorConfidence : confidence,
        en,
        fr,
        ...(conflict.minor ? {minor: true} : {}),
      })
    }
  },
}

/** The message of each conflict, by the English force, then the French. */
const messageIds: Partial<Record<Modality, Partial<Record<Modality, string>>>> = {
  obligation: {permission: 'obligationPermission', recommendation: 'obligationRecommendation'},
  permission: {obligation: 'permissionObligation', recommendation: 'permissionRecommendation'},
  prohibition: {exemption: 'prohibitionExemption'},
  exemption: {prohibition: 'exemptionProhibition'},
  recommendation: {obligation: 'recommendationObligation', permission: 'recommendationPermission'},
}

function messageId(en: Modality, fr: Modality): string {
  const id = messageIds[en]?.[fr]
  if (id === undefined) throw new RangeError(`modality-mismatch: no message for ${en} against ${fr}`)
  return id
}
