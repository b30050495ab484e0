export {type SentenceRange, splitSentences} from './sentences.js'
