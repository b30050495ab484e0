import {type BatchWords, batchWords} from './batch-words.js'
import type {DocumentOutcome} from './task.js'

/** What a batch found, counted as documents come in. */
export class BatchSummary {
  documents = 0
  failed: Array<{id: string; reason: string}> = []
  errors = 0
  warnings = 0
  infos = 0
  known = 0
  readonly rules = new Map<string, number>()
  readonly #worst: Array<{id: string; errors: number; warnings: number}> = []

  add(outcome: DocumentOutcome): void {
    this.documents++
    if (outcome.failure !== undefined) {
      this.failed.push({id: outcome.id, reason: outcome.failure})
      return
    }
    this.errors += outcome.errors
    this.warnings += outcome.warnings
    this.infos += outcome.infos
    this.known += outcome.known
    for (const [rule, count] of Object.entries(outcome.rules)) this.rules.set(rule, (this.rules.get(rule) ?? 0) + count)
    if (outcome.errors + outcome.warnings > 0) this.#worst.push({id: outcome.id, errors: outcome.errors, warnings: outcome.warnings})
  }

  /** The documents with the most errors, then warnings (at most `count`). */
  worst(count = 5): Array<{id: string; errors: number; warnings: number}> {
    return [...this.#worst].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || (a.id < b.id ? -1 : 1)).slice(0, count)
  }

  /** The summary table printed at the end of a batch, in the batch's words. */
  format(context: {unpaired: number; shard?: string | undefined; seconds: number}, words: BatchWords = batchWords()): string {
    const lines = [
      '',
      words.checked(this.documents, context.seconds, context.shard, this.failed.length, context.unpaired),
      `  ${words.findings(this.errors, this.warnings, this.infos, this.known)}`,
    ]
    const rules = [...this.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    if (rules.length > 0) {
      lines.push(`  ${words.byRule}`)
      const width = Math.max(...rules.map(([rule]) => rule.length))
      for (const [rule, count] of rules) lines.push(`    ${rule.padEnd(width)}  ${String(count).padStart(6)}`)
    }
    const worst = this.worst()
    if (worst.length > 0) {
      lines.push(`  ${words.mostToLookAt}`)
      for (const {id, errors, warnings} of worst) lines.push(`    ${id}  ${words.counts(errors, warnings)}`)
    }
    for (const {id, reason} of this.failed.slice(0, 10)) lines.push(`  ${words.notChecked(id, reason)}`)
    if (this.failed.length > 10) lines.push(`  ${words.andMore(this.failed.length - 10)}`)
    return `${lines.join('\n')}\n`
  }
}
