import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './afterNextPaint'

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[] = []
  const paintFrame = () => {
    const due = frames
    frames = []
    for (const callback of due) callback(performance.now())
  }

  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs in a task of its own once the next frame has been rendered, not before', () => {
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(20)
    expect(work).not.toHaveBeenCalled()
    paintFrame()
    expect(work).not.toHaveBeenCalled() // not inside the frame's callbacks: after its paint
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(500)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('still runs when no frame comes (a hidden tab)', () => {
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(100)
    expect(work).toHaveBeenCalledTimes(1)
    paintFrame()
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('can be cancelled', () => {
    const work = vi.fn()
    const cancel = afterNextPaint(work)
    cancel()
    paintFrame()
    vi.advanceTimersByTime(200)
    expect(work).not.toHaveBeenCalled()
  })
})
