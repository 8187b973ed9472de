/**
 * Scheduling for work that must not delay what the user just did: run it in a task of its own, after
 * the browser has painted the current frame (the typed character, the new JSON text).
 */

/** A hidden tab gets no animation frames: the work still runs, this long after it was asked for. */
const NO_FRAME_FALLBACK_MS = 100

/** Runs `work` once, in a task after the next paint (or soon, where there are no frames). Returns a cancel. */
export function afterNextPaint(work: () => void): () => void {
  let pending = true
  let frame: number | undefined
  let task: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    if (!pending) return
    cancel()
    work()
  }
  function cancel() {
    pending = false
    clearTimeout(fallback)
    clearTimeout(task)
    if (frame !== undefined) cancelAnimationFrame(frame)
  }
  const hasFrames = typeof requestAnimationFrame === 'function'
  const fallback = setTimeout(run, hasFrames ? NO_FRAME_FALLBACK_MS : 0)
  // A task queued from an animation frame callback runs once that frame has been rendered.
  if (hasFrames) frame = requestAnimationFrame(() => (task = setTimeout(run, 0)))
  return cancel
}

interface InputScheduling {
  isInputPending?: () => boolean
}

/** A key press or click is waiting to be handled (Chromium; elsewhere: never known, so false). */
export function inputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: InputScheduling } | undefined)?.scheduling
  return scheduling?.isInputPending?.() ?? false
}

/** Runs `work` when the page is idle (within a second at most); soon, where idle periods are unknown. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 })
  else setTimeout(work, 0)
}
