import {readFileSync} from 'node:fs'
import {PareilError} from '../errors.js'
import {fingerprints} from '../report/sarif/fingerprint.js'
import type {Finding, Report} from '../types.js'

/**
 * A baseline: the findings a team has seen and accepted, by fingerprint (the rule, the paths and the texts of both
 * places, never their lines: an edit above a finding leaves it known). With `--baseline`, CI fails only on the
 * others.
 */
export interface Baseline {
  version: 1
  findings: Array<{fingerprint: string; rule: string; message: string}>
}

/** The baseline of a report: every finding it holds. */
export function baselineOf(report: Report): Baseline {
  const prints = fingerprints(report.findings, report.sources)
  return {version: 1, findings: report.findings.map((finding, k) => ({fingerprint: prints[k] as string, rule: finding.rule, message: finding.message}))}
}

/** Reads a baseline file written by `--write-baseline`. */
export function readBaseline(path: string): Baseline {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : 'no such file'
    throw new PareilError('bad-option', `${path}: ${reason}; write a baseline with --write-baseline ${path}`)
  }
  const findings = (value as Baseline | undefined)?.findings
  if ((value as Baseline | undefined)?.version !== 1 || !Array.isArray(findings) || findings.some((entry) => typeof entry?.fingerprint !== 'string')) {
    throw new PareilError('bad-option', `${path}: not a pareil baseline (version 1, findings with fingerprints)`)
  }
  return value as Baseline
}

/** The report without the findings the baseline knows, its summary counted again, and how many were left out. */
export function withoutKnown(report: Report, baseline: Baseline): {report: Report; known: number} {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint))
  const prints = fingerprints(report.findings, report.sources)
  const kept: Finding[] = report.findings.filter((_, k) => !known.has(prints[k] as string))
  const count = (severity: Finding['severity']) => kept.filter((finding) => finding.severity === severity).length
  return {
    report: {...report, findings: kept, summary: {errors: count('error'), warnings: count('warning'), infos: count('info')}},
    known: report.findings.length - kept.length,
  }
}
