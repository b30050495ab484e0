export {formatJson} from './json.js'
export {formatText, type TextOptions} from './text.js'
