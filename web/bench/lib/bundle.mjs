// Initial vs. lazy JavaScript and CSS of the production build, gzip-compressed as a server would send it.
// Initial = what index.html references directly (entry script, stylesheets, modulepreloads); every
// other script in dist/assets is loaded on demand (code editor, layout worker, ...).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

function gzipKb(file) {
  return kb(gzipSync(readFileSync(file), { level: 9 }).length)
}

export function bundleSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map(
    (m) => m[1],
  )
  const initial = [...new Set(refs)]
  const files = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => `assets/${f}`)
  const describe = (f) => ({
    file: f,
    rawKb: kb(readFileSync(join(dist, f)).length),
    gzipKb: gzipKb(join(dist, f)),
  })
  const initialFiles = initial.filter((f) => f.endsWith('.js') || f.endsWith('.css')).map(describe)
  const lazyFiles = files
    .filter((f) => !initial.includes(f))
    .map(describe)
    .sort((a, b) => b.gzipKb - a.gzipKb)
  const sum = (list, ext) =>
    kb(list.filter((f) => f.file.endsWith(ext)).reduce((s, f) => s + f.gzipKb * 1024, 0))
  return {
    initialJsGzipKb: sum(initialFiles, '.js'),
    initialCssGzipKb: sum(initialFiles, '.css'),
    lazyJsGzipKb: sum(lazyFiles, '.js'),
    initial: initialFiles,
    lazy: lazyFiles,
  }
}
