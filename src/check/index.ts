export type {MessageData, Rule, RuleContext, RuleMeta, RuleReport, SentenceSimilarity, SharedAnalysis} from './rule.js'
export {rules} from './rules/index.js'
export {ruleDocsPath, ruleSession, runRules, type RuleSession, type RunOptions} from './runner.js'
export {atOrAbove, parseSeveritySetting} from './severity.js'
