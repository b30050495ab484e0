import type {Locale} from '../../i18n/locale.js'
import {frenchDecimal, noBreakSpace, typeset} from '../../i18n/typography.js'

/** The words of a batch's lines for people (its summary and its "not checked" lines), in one locale. */
export interface BatchWords {
  /** "5 documents checked in 0.5 s (shard …), 1 could not be checked, 1 file not paired". */
  checked(documents: number, seconds: number, shard: string | undefined, failed: number, unpaired: number): string
  /** The shard's share: "2/4, 3 of 12 documents". */
  shard(index: number, count: number, mine: number, all: number): string
  findings(errors: number, warnings: number, infos: number, known: number): string
  byRule: string
  mostToLookAt: string
  counts(errors: number, warnings: number): string
  /** A summary line: "not checked: id: reason". */
  notChecked(id: string, reason: string): string
  /** The line on stderr as it happens: "pareil: id: not checked: reason". */
  skipped(id: string, reason: string): string
  andMore(count: number): string
  noMatch(input: string): string
}

const englishCount = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
/** French takes the singular for 0 and 1. */
const frenchCount = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n < 2 ? singular : plural}`

const english: BatchWords = {
  checked: (documents, seconds, shard, failed, unpaired) =>
    `pareil: ${englishCount(documents, 'document')} checked in ${seconds.toFixed(1)} s${shard === undefined ? '' : ` (shard ${shard})`}` +
    `${failed > 0 ? `, ${failed} could not be checked` : ''}${unpaired > 0 ? `, ${englishCount(unpaired, 'file')} not paired` : ''}`,
  shard: (index, count, mine, all) => `${index}/${count}, ${mine} of ${all} documents`,
  findings: (errors, warnings, infos, known) =>
    `findings: ${englishCount(errors, 'error')}, ${englishCount(warnings, 'warning')}, ${englishCount(infos, 'info')}${known > 0 ? ` (${known} known from the baseline not shown)` : ''}`,
  byRule: 'by rule:',
  mostToLookAt: 'most to look at:',
  counts: (errors, warnings) => `${englishCount(errors, 'error')}, ${englishCount(warnings, 'warning')}`,
  notChecked: (id, reason) => `not checked: ${id}: ${reason}`,
  skipped: (id, reason) => `pareil: ${id}: not checked: ${reason}`,
  andMore: (count) => `… and ${count} more not checked`,
  noMatch: (input) => `pareil: ${input}: no such file or folder, or no document matches it`,
}

// Written with plain spaces; `typeset` puts the no-break ones before the colons.
const colon = `${noBreakSpace}:`
const french: BatchWords = {
  checked: (documents, seconds, shard, failed, unpaired) =>
    typeset(
      `pareil : ${frenchCount(documents, 'document')} ${documents < 2 ? 'vérifié' : 'vérifiés'} en ${frenchDecimal(seconds, 1)} s` +
        `${shard === undefined ? '' : ` (tranche ${shard})`}` +
        `${failed > 0 ? `, ${failed} ${failed < 2 ? 'n’a pu être vérifié' : 'n’ont pu être vérifiés'}` : ''}` +
        `${unpaired > 0 ? `, ${frenchCount(unpaired, 'fichier')} ${unpaired < 2 ? 'non apparié' : 'non appariés'}` : ''}`,
    ),
  shard: (index, count, mine, all) => `${index}/${count}, ${mine} documents sur ${all}`,
  findings: (errors, warnings, infos, known) =>
    typeset(
      `constats : ${frenchCount(errors, 'erreur')}, ${frenchCount(warnings, 'avertissement')}, ${frenchCount(infos, 'info')}` +
        `${known > 0 ? ` (${known} déjà dans la référence, non affichés)` : ''}`,
    ),
  byRule: typeset('par règle :'),
  mostToLookAt: typeset('à examiner d’abord :'),
  counts: (errors, warnings) => `${frenchCount(errors, 'erreur')}, ${frenchCount(warnings, 'avertissement')}`,
  // The file and the reason are not typeset: a reason may be English (the pairing conventions are named in English).
  notChecked: (id, reason) => `non vérifié${colon} ${id}${colon} ${reason}`,
  skipped: (id, reason) => `pareil${colon} ${id}${colon} non vérifié${colon} ${reason}`,
  andMore: (count) => `… et ${count} de plus non ${count < 2 ? 'vérifié' : 'vérifiés'}`,
  noMatch: (input) => `pareil${colon} ${input}${colon} aucun fichier ni dossier de ce nom, ou aucun document n’y correspond`,
}

/** The batch's words in a locale (English by default). */
export function batchWords(locale: Locale = 'en'): BatchWords {
  return locale === 'fr' ? french : english
}
