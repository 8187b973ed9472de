/** PLACEHOLDER: the lint and plan commands land with the diagnostics and plan modules. */
console.error('executioner-studio: lint/plan are not built yet')
process.exit(2)
