import type {Locale} from '../i18n/locale.js'
import type {Report} from '../types.js'
import type {Formatter} from './formatter.js'
import {comparisonPage} from './html/compare-page.js'
import {reportPage} from './html/page.js'

/**
 * The report as one self-contained HTML page (docs/html-report.md): a summary with filters, then the English and
 * French versions in two aligned columns, pair by pair, each finding's places highlighted on both sides with the
 * finding beside them. No network: everything is inline and a Content-Security-Policy forbids connections. The page's
 * own words are in `locale` (`--locale`; French is `lang="fr-CA"`); the messages are in the locale `check` ran with.
 */
export function formatHtml(report: Report, locale: Locale = 'en'): string {
  return reportPage(report, locale)
}

/** `--format html`: the report as one self-contained page to read in a browser. */
export const htmlFormatter: Formatter = {
  id: 'html',
  description: 'one self-contained HTML page: both versions side by side, findings highlighted (docs/html-report.md)',
  check: (report, options) => formatHtml(report, options.locale),
  compare: (report, options) => comparisonPage(report, options.locale),
}
