// Copies what `tsc` does not emit into dist/: the PDF reader's worker, plain JavaScript that pdf.js runs in.
import {copyFileSync, mkdirSync} from 'node:fs'

mkdirSync('dist/read/pdf', {recursive: true})
copyFileSync('src/read/pdf/extract-worker.mjs', 'dist/read/pdf/extract-worker.mjs')
