// A worker thread of a batch check: checks the documents it is sent, one at a time, and posts back each outcome.
import {parentPort, workerData} from 'node:worker_threads'
import {type BatchSettings, checkDocument, type DocumentTask} from './task.js'

const settings = workerData as BatchSettings
parentPort?.on('message', (task: DocumentTask) => {
  parentPort?.postMessage(checkDocument(task, settings))
})
