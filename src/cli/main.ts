#!/usr/bin/env node
import {run} from './run.js'

// A reader that closes the pipe early (`pareil check x | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const code = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
})
if (typeof code === 'number') process.exitCode = code
else void code.then((value) => (process.exitCode = value))
