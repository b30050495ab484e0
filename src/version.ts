/** The tool's name and version, as reports carry them (a test keeps this in step with package.json). */
export const tool = {name: 'pareil', version: '0.1.0'} as const
