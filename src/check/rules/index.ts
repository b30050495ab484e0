import type {Rule} from '../rule.js'
import {missingTranslation} from './missing-translation.js'

/** Every rule pareil runs, in the order it runs them; each is one module in this folder. */
export const rules: readonly Rule[] = [missingTranslation]
