import { describe, expect, it } from 'vitest'
import { formatSize, saveBodyBytes, sizeLimitMessage } from './saveLimit'

describe('the server body limit, told before editing', () => {
  it('counts the save body as sent: JSON escapes and UTF-8 bytes', () => {
    const version = 'v'
    const overhead = saveBodyBytes('', version)
    expect(saveBodyBytes('ab', version) - overhead).toBe(2)
    expect(saveBodyBytes('a\r\n"', version) - overhead).toBe(7) // a \r \n \" : 1 + 2 + 2 + 2
    expect(saveBodyBytes('é', version) - overhead).toBe(2)
  })

  it('formats sizes the way the server states its limit', () => {
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB')
    expect(formatSize(5.6 * 1024 * 1024)).toBe('5.6 MB')
    expect(formatSize(64 * 1024 * 1024)).toBe('64 MB')
    expect(formatSize(300 * 1024)).toBe('300 KB')
  })

  it('says nothing under the limit; over it, the sizes and the setting that raises it', () => {
    expect(sizeLimitMessage(5 * 1024 * 1024, 5 * 1024 * 1024)).toBeNull()
    expect(sizeLimitMessage(6 * 1024 * 1024, 5 * 1024 * 1024)).toBe(
      'Saving this file sends 6 MB; the server accepts at most 5 MB per save, so it cannot be saved from here. ' +
        'Restart the server with --max-body-mb 9 (or EXECUTIONER_STUDIO_MAX_BODY_MB=9) to edit it here.',
    )
  })
})
