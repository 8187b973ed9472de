/**
 * SVG → PNG on the command line with resvg (a Rust SVG renderer; its npm package ships a prebuilt
 * binary per platform, so nothing is downloaded or compiled at install time, and no browser has to
 * start: a 1000-job picture renders in about a second). Text uses the system's fonts.
 */
import { Resvg } from '@resvg/resvg-js'
import { MONO_FONTS, type Picture } from '../src/domain/export/picture'
import { pngSize } from '../src/domain/export/pngSize'

export function svgToPng(picture: Picture): Uint8Array {
  const { width } = pngSize(picture.width, picture.height)
  // resvg takes only the first family of a font-family list (and ignores the generic `monospace`):
  // name the monospace font Debian and most Linux systems have.
  const svg = picture.svg.replaceAll(`font-family="${MONO_FONTS}"`, `font-family="DejaVu Sans Mono"`)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
  return resvg.render().asPng()
}
