import {appendFileSync, writeFileSync} from 'node:fs'
import {PareilError} from '../../errors.js'
import {type Config, ignores} from '../config.js'
import {exitCodes} from '../exit.js'
import {expandInputs} from './expand.js'
import {type BatchPlan, pairFiles} from './pair-files.js'
import {checkAll} from './pool.js'
import {ProgressLine} from './progress.js'
import {inShard, type Shard} from './shard.js'
import {batchWords} from './batch-words.js'
import {BatchSummary} from './summary.js'
import type {BatchSettings, DocumentOutcome, DocumentTask} from './task.js'

/** The formats a batch streams, one document after another. */
export const batchFormats = ['text', 'jsonl'] as const

export interface BatchRequest {
  /** Files, folders and glob patterns, as the user gave them. */
  inputs: readonly string[]
  settings: BatchSettings
  /** Worker threads to check with. */
  jobs: number
  shard?: Shard
  config?: Config
  /** `--out`: the file the reports go to, instead of standard output. */
  out?: string
  stdout(text: string): void
  stderr(text: string): void
  /** Whether standard error is a terminal: the progress line is drawn only there. */
  progress: boolean
}

/**
 * `pareil check` over folders, globs or many files: pairs English and French
 * files by their names, checks each document (in worker threads), streams the
 * reports in the batch's order, and ends with a summary. One exit code: 3 if
 * pareil failed on a document, else 2 if a document could not be read, else
 * 1 if some finding reaches `--fail-on`, else 0.
 */
export async function runBatch(request: BatchRequest): Promise<number> {
  const {settings} = request
  if (!(batchFormats as readonly string[]).includes(settings.format)) {
    throw new PareilError('bad-option', `--format ${settings.format} writes one report per check; a batch streams ${batchFormats.join(' or ')}`)
  }
  const started = Date.now()
  const {files, missing} = expandInputs(request.inputs)
  if (files.length === 0)
    throw new PareilError('bad-input', `nothing to check in ${request.inputs.join(', ')}: no Markdown, text, HTML, Word, PDF, XLIFF or TMX file`)
  const words = batchWords(settings.locale)
  for (const input of missing) request.stderr(`${words.noMatch(input)}\n`)
  const checked = request.config === undefined ? files : files.filter((file) => !ignores(request.config as Config, file))
  // Documents are named from the folder their files share, not from where the batch ran, so that ids (and shards)
  // are the same on every machine and checkout.
  const base = commonFolder(checked)
  const plan = relativePlan(pairFiles(checked.map((file) => file.slice(base.length))), base)
  // The reasons a file could not be paired are English: they name the conventions pareil tried.
  for (const {file, reason} of plan.unpaired) request.stderr(`${words.skipped(file, reason)}\n`)
  const tasks: DocumentTask[] = plan.documents
    .filter((document) => request.shard === undefined || inShard(document.id, request.shard))
    .map((document, index) => ({index, id: document.id, files: [...document.files]}))

  const write = request.out === undefined ? request.stdout : (text: string) => appendFileSync(request.out as string, text)
  if (request.out !== undefined) writeFileSync(request.out, '')
  const summary = new BatchSummary()
  const progress = request.progress && tasks.length > 1 ? new ProgressLine(tasks.length, request.stderr) : undefined
  // Outcomes arrive in any order from the workers; they are written in the batch's order, each as soon as it can be.
  const waiting = new Map<number, DocumentOutcome>()
  let next = 0
  let exitCode: number = exitCodes.ok
  const show = (outcome: DocumentOutcome) => {
    if (outcome.failure !== undefined) {
      progress?.clear()
      request.stderr(`${words.skipped(outcome.id, outcome.failure)}\n`)
      if (settings.format === 'jsonl') write(`${JSON.stringify({document: outcome.id, sources: outcome.files, error: outcome.failure})}\n`)
    } else if (settings.format === 'text') {
      write(`${next > 0 ? '\n' : ''}== ${outcome.id} (${outcome.files.join(', ')})\n${outcome.output}`)
    } else write(outcome.output)
  }
  await checkAll(tasks, settings, request.jobs, (outcome) => {
    summary.add(outcome)
    exitCode = worse(exitCode, outcome.exitCode)
    waiting.set(outcome.index, outcome)
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next)
      show(ready)
      next++
    }
    progress?.tick(outcome.failure !== undefined)
  })
  progress?.clear()
  const table = summary.format(
    {
      unpaired: plan.unpaired.length,
      shard: request.shard === undefined ? undefined : words.shard(request.shard.index, request.shard.count, tasks.length, plan.documents.length),
      seconds: (Date.now() - started) / 1000,
    },
    words,
  )
  // Beside a text report, the summary is its last part; beside JSON Lines, it is for the person watching.
  if (settings.format === 'text') write(table)
  else request.stderr(table)
  return exitCode
}

/** The batch's exit code so far with one more document's: a failure outweighs findings. */
function worse(a: number, b: number): number {
  const rank = (code: number) => [exitCodes.ok, exitCodes.findings, exitCodes.usage, exitCodes.internal].indexOf(code as 0 | 1 | 2 | 3)
  return rank(b) > rank(a) ? b : a
}

/** The longest folder prefix (ending in a separator) that every file shares, or '' . */
function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return ''
  let prefix = files[0] as string
  for (const file of files) {
    while (!file.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix.slice(0, Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\')) + 1)
}

/** A plan made on paths relative to `base`, with its files given back as they were. */
function relativePlan(plan: BatchPlan, base: string): BatchPlan {
  return {
    documents: plan.documents.map((document) => ({...document, files: document.files.map((file) => base + file) as [string] | [string, string]})),
    unpaired: plan.unpaired.map((entry) => ({...entry, file: base + entry.file})),
  }
}
