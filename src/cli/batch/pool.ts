import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {exitCodes} from '../exit.js'
import {type BatchSettings, checkDocument, type DocumentOutcome, type DocumentTask} from './task.js'

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/** Whether documents can be checked in worker threads: the worker is built JavaScript (not under a TypeScript runner). */
export function workersAvailable(): boolean {
  return existsSync(workerFile)
}

/**
 * Checks the tasks with `jobs` worker threads (in this thread when `jobs` is 1
 * or workers are not available), calling `done` with each outcome as it
 * comes. A worker that dies (out of memory, say) fails its document and is
 * replaced; the batch goes on.
 */
export async function checkAll(tasks: readonly DocumentTask[], settings: BatchSettings, jobs: number, done: (outcome: DocumentOutcome) => void): Promise<void> {
  if (jobs <= 1 || tasks.length <= 1 || !workersAvailable()) {
    for (const task of tasks) {
      done(checkDocument(task, settings))
      // Let the progress line and streamed output reach the terminal between documents.
      await new Promise((resolve) => setImmediate(resolve))
    }
    return
  }
  let next = 0
  await new Promise<void>((resolve) => {
    let running = 0
    const start = (): void => {
      if (next >= tasks.length) {
        if (running === 0) resolve()
        return
      }
      running++
      const worker = new Worker(workerFile, {workerData: settings})
      let current: DocumentTask | undefined
      const feed = (): void => {
        current = tasks[next++]
        if (current === undefined) {
          void worker.terminate()
          return
        }
        worker.postMessage(current)
      }
      worker.on('message', (outcome: DocumentOutcome) => {
        current = undefined
        done(outcome)
        feed()
      })
      worker.on('error', (error) => {
        if (current !== undefined) done(died(current, error))
        current = undefined
      })
      worker.on('exit', () => {
        if (current !== undefined) done(died(current, new Error('the worker thread stopped')))
        running--
        start()
      })
      feed()
    }
    for (let k = 0; k < Math.min(jobs, tasks.length); k++) start()
  })
}

function died(task: DocumentTask, error: Error): DocumentOutcome {
  return {
    index: task.index,
    id: task.id,
    files: task.files,
    output: '',
    exitCode: exitCodes.internal,
    errors: 0,
    warnings: 0,
    infos: 0,
    rules: {},
    known: 0,
    failure: `the check stopped: ${error.message.split('\n')[0]}`,
    internal: true,
  }
}
