// A toy formatter, in one file as a third party would write it: one line of counts, for a dashboard.
import type {Formatter} from '../../src/index.js'

export const countsFormatter: Formatter = {
  id: 'counts',
  description: 'one line: errors, warnings and infos',
  check: (report) => `errors=${report.summary.errors} warnings=${report.summary.warnings} infos=${report.summary.infos}\n`,
  detect: (report) => `layout=${report.layout} blocks=${report.blocks.length}\n`,
}
