export {compareDrafts, type CompareOptions} from './compare.js'
export {compareMessages} from './messages.js'
export type {DraftChange, DraftChangeKind, DraftComparison, DraftSide} from './types.js'
