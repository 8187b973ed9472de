/**
 * The pixel size of a PNG of a picture: twice the drawing's size (sharp on high-density screens and
 * when zoomed in a document), less for big graphs so the image stays within what browsers can
 * allocate for a canvas and viewers open comfortably.
 */
export const PNG_SCALE = 2
/** Longest side, and total pixels, of an exported PNG. */
export const PNG_MAX_SIDE = 16384
export const PNG_MAX_PIXELS = 48_000_000

export interface PngSize {
  width: number
  height: number
  scale: number
}

export function pngSize(width: number, height: number): PngSize {
  const scale = Math.min(
    PNG_SCALE,
    PNG_MAX_SIDE / width,
    PNG_MAX_SIDE / height,
    Math.sqrt(PNG_MAX_PIXELS / (width * height)),
  )
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  }
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or undefined if `bytes` is not a PNG. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
