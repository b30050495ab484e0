export type {Rule, RuleContext, RuleMeta, RuleReport} from './rule.js'
export {rules} from './rules/index.js'
export {ruleDocsPath, runRules, type RunOptions} from './runner.js'
export {atOrAbove, parseSeveritySetting} from './severity.js'
