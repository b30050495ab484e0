// Bundles the command line for start-up speed, after tsc: dist/cli/main.js and everything it imports (pareil's
// modules and its dependencies but pdf.js) become a few files in dist/bin/, the package's bin. Node then resolves
// and compiles a handful of modules instead of about 440, which is most of a small check's time (0.6 s → 0.45 s on
// the seed letter; see docs/performance.md). The library (dist/index.js, dist/node.js) stays as tsc emits it.
//
// The CLI's two workers are found by URL beside the module that starts them, so they go to the same folder: the
// batch worker as a second entry (it shares its chunk with the CLI), pdf.js's worker copied as it is (it imports
// `unpdf`, which stays a dependency, resolved from node_modules).
import {copyFileSync, rmSync} from 'node:fs'
import {build} from 'rolldown'

const out = 'dist/bin'
rmSync(out, {recursive: true, force: true})
await build({
  input: {pareil: 'dist/cli/main.js', worker: 'dist/cli/batch/worker.js'},
  platform: 'node',
  external: (id) => id.startsWith('node:') || id === 'unpdf',
  logLevel: 'warn',
  output: {dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js'},
})
copyFileSync('src/read/pdf/extract-worker.mjs', `${out}/extract-worker.mjs`)
