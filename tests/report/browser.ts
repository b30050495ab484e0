import {existsSync} from 'node:fs'
import axe from 'axe-core'
import {type Browser, chromium} from 'playwright-core'

/** Debian's Chromium; CI installs it. Without it the browser tests are skipped, saying so. */
export const chromiumPath = process.env['PAREIL_CHROMIUM'] ?? '/usr/bin/chromium'
export const haveChromium = existsSync(chromiumPath)

/** Warns, once per test file, that its browser tests are skipped. */
export function warnWithoutChromium(what: string): void {
  if (!haveChromium) console.warn(`${what} skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set PAREIL_CHROMIUM)`)
}

/** Chromium headless, quiet: no network of its own, no first-run work. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/** An axe-core violation, shortly: its rule, impact and the elements it names. */
export interface Violation {
  id: string
  impact: string | null | undefined
  nodes: string[]
}

/**
 * The accessibility violations axe-core finds on a page. axe is injected as an inline script, which the reports'
 * policies refuse: the page it scans bypasses them.
 */
export async function axeViolations(browser: Browser, html: string, viewport: {width: number; height: number}): Promise<Violation[]> {
  const context = await browser.newContext({bypassCSP: true, viewport})
  const scanned = await context.newPage()
  await scanned.setContent(html)
  await scanned.addScriptTag({content: axe.source})
  const results = await scanned.evaluate<axe.AxeResults>("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})")
  await context.close()
  return results.violations.map((violation) => ({id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' '))}))
}
