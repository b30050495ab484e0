/** The French of the typography rules' messages, rule id → message id → template (plain spaces; `typeset` adds the no-break ones). */
export const typographyMessages: Record<string, Record<string, string>> = {}

/** The French descriptions of the typography rules, by rule id. */
export const typographyDescriptions: Record<string, string> = {}
