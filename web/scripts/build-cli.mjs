// Bundles the domain's command-line entry (lint, plan, export) for Node: same code as the web app.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
await build({
  entryPoints: [`${here}../cli/main.ts`],
  // One entry file plus chunks loaded on demand: ELK (the export's layout) is 3.4 MB that lint,
  // plan and most exports never need, and parsing it costs every start.
  outdir: `${here}../dist-cli`,
  entryNames: 'executioner-studio',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  // Prefer ES module builds: jsonc-parser's UMD entry (`main`) loads its parts with a dynamic require.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // A native addon (prebuilt per platform): loaded from node_modules at run time, not bundled.
  external: ['@resvg/resvg-js'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
})
