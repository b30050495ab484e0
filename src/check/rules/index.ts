import type {Rule} from '../rule.js'
import {acronymMismatch} from './acronym-mismatch.js'
import {addedContent} from './added-content.js'
import {dateMismatch} from './date-mismatch.js'
import {emptySection} from './empty-section.js'
import {formatMismatch} from './format-mismatch.js'
import {layoutUndetermined} from './layout-undetermined.js'
import {listMismatch} from './list-mismatch.js'
import {meaningShift} from './meaning-shift.js'
import {missingList} from './missing-list.js'
import {missingTranslation} from './missing-translation.js'
import {modalityMismatch} from './modality-mismatch.js'
import {nameMismatch} from './name-mismatch.js'
import {negationMismatch} from './negation-mismatch.js'
import {numberMismatch} from './number-mismatch.js'
import {omittedContent} from './omitted-content.js'
import {oppositeMeaning} from './opposite-meaning.js'
import {placeholder} from './placeholder.js'
import {reviewMark} from './review-mark.js'
import {templateVariable} from './template-variable.js'
import {termConsistency} from './term-consistency.js'
import {unmatchedContent} from './unmatched-content.js'
import {untranslated} from './untranslated.js'
import {typographyRules} from '../typography/index.js'

/** Every rule pareil runs, in the order it runs them; each is one module in this folder. */
export const rules: readonly Rule[] = [
  missingTranslation,
  layoutUndetermined,
  omittedContent,
  addedContent,
  numberMismatch,
  dateMismatch,
  nameMismatch,
  termConsistency,
  acronymMismatch,
  formatMismatch,
  listMismatch,
  untranslated,
  unmatchedContent,
  meaningShift,
  negationMismatch,
  modalityMismatch,
  oppositeMeaning,
  emptySection,
  missingList,
  placeholder,
  reviewMark,
  templateVariable,
  ...typographyRules,
]
