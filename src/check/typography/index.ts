import type {Rule} from '../rule.js'
import {canadianSpelling} from './canadian-spelling.js'
import {frenchCapitals} from './french-capitals.js'
import {frenchNumbers} from './french-numbers.js'
import {frenchQuotes} from './french-quotes.js'
import {frenchSpacing} from './french-spacing.js'

/** The typography rules: each checks the profile the user asked for (`--profile`) and stays quiet without one. */
export const typographyRules: readonly Rule[] = [frenchSpacing, frenchQuotes, frenchNumbers, frenchCapitals, canadianSpelling]
