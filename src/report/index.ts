export {formatJson} from './json.js'
export {formatDetection, formatText, type TextOptions} from './text.js'
export {formatBeads} from './beads.js'
