import type {MessagePort, Worker} from 'node:worker_threads'
import {PareilError} from '../../errors.js'
import type {TextLayer} from './text-layer.js'

/**
 * Gets a PDF's text layer synchronously. pdf.js only answers through promises,
 * and pareil's readers (and `check()`) are synchronous: pdf.js runs in a worker
 * thread, and this thread blocks on a shared counter (`Atomics.wait`) until the
 * worker has posted its answer, then takes it from the port with
 * `receiveMessageOnPort` (the pattern of the `synckit` package). The worker is
 * started by the first PDF read, kept for the next ones and unreferenced, so
 * that it neither costs anything to checks of other formats nor keeps the
 * process alive.
 */

export interface ExtractOptions {
  /** How long to wait for pdf.js, in milliseconds, before giving up on the file (default 60 s). */
  timeout?: number
}

const defaultTimeout = 60_000

/** How far from the end a PDF's last `%%EOF` may be: beyond it, the file was cut short. */
const tailLength = 4096

type WorkerThreads = typeof import('node:worker_threads')

interface Bridge {
  worker: Worker
  port: MessagePort
  answered: Int32Array
  next: number
}

type Answer = {id: number; ok: true; layer: TextLayer} | {id: number; ok: false; error: {kind: 'encrypted' | 'damaged' | 'failed'; message: string}}

let bridge: Bridge | undefined

/** The text layer of a PDF's bytes; a one-line `PareilError` for a file that is not a PDF, damaged or encrypted. */
export function extractTextLayer(bytes: Uint8Array, path: string, options: ExtractOptions = {}): TextLayer {
  assertWholePdf(bytes, path)
  const threads = workerThreads(path)
  bridge ??= startBridge(threads)
  const current = bridge
  const id = current.next++
  const seen = Atomics.load(current.answered, 0)
  const copy = bytes.slice()
  current.port.postMessage({id, bytes: copy}, [copy.buffer])
  const timeout = options.timeout ?? defaultTimeout
  const deadline = Date.now() + timeout
  for (;;) {
    const left = deadline - Date.now()
    if (left <= 0 || Atomics.wait(current.answered, 0, seen, left) === 'timed-out') {
      stopBridge()
      const limit = timeout < 1000 ? `${timeout} ms` : `${Math.round(timeout / 1000)} s`
      throw new PareilError('bad-input', `${path}: reading this PDF took longer than ${limit}; it may be damaged`)
    }
    const received = threads.receiveMessageOnPort(current.port)
    const answer = received?.message as Answer | undefined
    if (answer?.id === id) return unwrap(answer, path)
  }
}

/** Whether the worker runs: it starts with the first PDF read, not before. */
export function pdfWorkerRunning(): boolean {
  return bridge !== undefined
}

/** Stops the worker, if one runs (tests; a timed-out read). The next read starts a new one. */
export function stopBridge(): void {
  if (bridge === undefined) return
  void bridge.worker.terminate()
  bridge.port.close()
  bridge = undefined
}

function unwrap(answer: Answer, path: string): TextLayer {
  if (answer.ok) return answer.layer
  const {kind, message} = answer.error
  if (kind === 'encrypted') {
    throw new PareilError(
      'bad-input',
      `${path}: this PDF is encrypted and needs a password; remove the password (for example with qpdf --decrypt) and check the copy`,
    )
  }
  if (kind === 'damaged') throw new PareilError('bad-input', `${path}: this PDF is damaged and cannot be read (${oneLine(message)})`)
  throw new Error(`${path}: pdf.js could not be run: ${oneLine(message)}`)
}

/**
 * Refuses, before pdf.js sees them, bytes that are not a PDF and a PDF cut short (a download that stopped): pdf.js
 * would rebuild what it can of the latter and pareil would compare half a document.
 */
function assertWholePdf(bytes: Uint8Array, path: string): void {
  const head = latin1(bytes.subarray(0, 1024))
  if (!head.includes('%PDF-')) throw new PareilError('bad-input', `${path}: this file is not a PDF (it has no PDF header), or it is damaged`)
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - tailLength))).includes('%%EOF')) {
    throw new PareilError('bad-input', `${path}: this PDF is damaged: it is cut short (its end is missing); get a complete copy of the file`)
  }
}

function startBridge(threads: WorkerThreads): Bridge {
  const script = new URL('./extract-worker.mjs', import.meta.url)
  const fs = process.getBuiltinModule('node:fs')
  if (!fs.existsSync(script)) throw new Error(`pareil's PDF worker is missing (${script.pathname}): the build must copy src/read/pdf/extract-worker.mjs`)
  const signal = new SharedArrayBuffer(4)
  const {port1, port2} = new threads.MessageChannel()
  const worker = new threads.Worker(script, {workerData: {port: port2, signal}, transferList: [port2]})
  // Neither the idle worker nor its port keeps the process alive.
  worker.unref()
  port1.unref()
  return {worker, port: port1, answered: new Int32Array(signal), next: 1}
}

/** `node:worker_threads`, fetched when a PDF is read: the core imports nothing of Node's at load. */
function workerThreads(path: string): WorkerThreads {
  const threads = globalThis.process?.getBuiltinModule?.('node:worker_threads')
  if (threads === undefined) throw new PareilError('bad-input', `${path}: reading PDF files needs Node.js (20.19 or later)`)
  return threads
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '')
}

function latin1(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return text
}
