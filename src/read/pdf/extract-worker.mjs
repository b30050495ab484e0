// The PDF extraction worker: runs pdf.js (the serverless build bundled in `unpdf`) in a worker thread, so that
// pareil's synchronous readers can wait for it (see extract.ts). Plain JavaScript, loaded by URL from src/ under
// the tests and from dist/ once built: the build copies it as it is.
//
// One request at a time: `{id, bytes}` on the port; the answer `{id, ok: true, layer}` or
// `{id, ok: false, error: {kind, message}}` goes back on the port, then the shared counter is bumped and notified.

import {workerData} from 'node:worker_threads'

// pdf.js reports recoverable problems with console.log; from a worker they would reach the user's stdout.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {}

// pdf.js builds its operator lists (read here for font names) with ArrayBuffer.prototype.transferToFixedLength,
// which Node 20 lacks: a copying stand-in, in this worker only.
if (typeof ArrayBuffer.prototype.transferToFixedLength !== 'function') {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(length = this.byteLength) {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}

const {port, signal} = workerData
const answered = new Int32Array(signal)
/** pdf.js, loaded by the first request. */
let pdfjs

port.on('message', async (request) => {
  let answer
  try {
    pdfjs ??= await import('unpdf/pdfjs')
  } catch (error) {
    answer = {id: request.id, ok: false, error: {kind: 'failed', message: `pdf.js could not be loaded: ${error?.message ?? error}`}}
  }
  if (answer === undefined) {
    try {
      answer = {id: request.id, ok: true, layer: await readTextLayer(request.bytes)}
    } catch (error) {
      answer = {id: request.id, ok: false, error: describe(error)}
    }
  }
  port.postMessage(answer)
  Atomics.add(answered, 0, 1)
  Atomics.notify(answered, 0)
})

async function readTextLayer(bytes) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  const document = await task.promise
  try {
    const fonts = {}
    const pages = []
    for (let number = 1; number <= document.numPages; number++) pages.push(await readPage(document, number, fonts))
    return {pages, fonts}
  } finally {
    await document.destroy()
  }
}

async function readPage(document, number, fonts) {
  const page = await document.getPage(number)
  const viewport = page.getViewport({scale: 1})
  const size = {number, width: viewport.width, height: viewport.height}
  try {
    const content = await page.getTextContent()
    const items = []
    for (const item of content.items) {
      if (typeof item.str !== 'string' || item.str.length === 0) continue
      items.push(placeItem(item, viewport.transform, content.styles[item.fontName]))
    }
    await nameFonts(page, Object.keys(content.styles), fonts)
    return {...size, items}
  } catch {
    return {...size, items: [], unreadable: true}
  } finally {
    page.cleanup()
  }
}

/**
 * Font names (bold, italic) come with a page's operator list: it is read only for pages that bring new fonts, and a
 * page whose drawing cannot be read keeps its text, its fonts unnamed.
 */
async function nameFonts(page, ids, fonts) {
  const unnamed = ids.filter((id) => fonts[id] === undefined)
  if (unnamed.length === 0) return
  try {
    await page.getOperatorList()
  } catch {
    // Unnamed fonts read as regular type.
  }
  for (const id of unnamed) fonts[id] = {name: fontName(page, id)}
}

/** An item in page coordinates (top-left origin): left edge, baseline, width and font size. */
function placeItem(item, view, style) {
  const [a, b, c, d, e, f] = item.transform
  const tx = [view[0] * a + view[2] * b, view[1] * a + view[3] * b, view[0] * c + view[2] * d, view[1] * c + view[3] * d]
  const x = view[0] * e + view[2] * f + view[4]
  const y = view[1] * e + view[3] * f + view[5]
  const placed = {text: item.str, x, y, width: item.width, size: Math.hypot(tx[2], tx[3]), font: item.fontName}
  const horizontal = tx[0] > 0 && Math.abs(tx[1]) <= 0.02 * tx[0] && style?.vertical !== true
  return horizontal ? placed : {...placed, rotated: true}
}

function fontName(page, id) {
  try {
    const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined
    const name = typeof font?.name === 'string' ? font.name : ''
    // Subset fonts are named `ABCDEF+Name`.
    return name.replace(/^[A-Z]{6}\+/, '')
  } catch {
    return ''
  }
}

/**
 * What went wrong, in terms the reader can turn into a message: a password, or damage. pdf.js reads what the file
 * gives it, so whatever it throws (`InvalidPDFException`, `FormatError`, a `TypeError` deep in a broken stream) is
 * the file's doing.
 */
function describe(error) {
  const name = typeof error?.name === 'string' ? error.name : ''
  const message = typeof error?.message === 'string' ? error.message : String(error)
  return {kind: name === 'PasswordException' ? 'encrypted' : 'damaged', message}
}
