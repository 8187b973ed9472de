/**
 * SVG → PNG on the command line with resvg (a Rust SVG renderer; its npm package ships a prebuilt
 * binary per platform, so nothing is downloaded or compiled at install time, and no browser has to
 * start: a 1000-job picture renders in about a second). Text uses the system's fonts.
 */
import { Resvg } from '@resvg/resvg-js'
import type { Picture } from '../src/domain/export/picture'
import { pngSize } from '../src/domain/export/pngSize'

export function svgToPng(picture: Picture): Uint8Array {
  const { width } = pngSize(picture.width, picture.height)
  const resvg = new Resvg(picture.svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', monospaceFamily: 'DejaVu Sans Mono' },
  })
  return resvg.render().asPng()
}
