/* global PerformanceObserver, HTMLInputElement, getComputedStyle, CSS */
// Instrumentation installed in the page before the app's scripts run (page.addInitScript). It only
// observes: long tasks, the app's layout timings, the moment a file is chosen, rAF frame times.
// Everything lands on window.__bench for the runner to read.

export function installProbe() {
  const bench = {
    longTasks: [],
    openAt: null,
    /** Every frame's snapshot since the file was chosen (openSnapshot); `done` once waitOpened has its paint. */
    openFrames: null,
    keyAt: null,
    frames: null,
  }
  Object.defineProperty(window, '__bench', { value: bench })

  // CodeMirror's EditorView of the JSON pane (what EditorView.findFromDOM does; read-only use).
  bench.editor = () => {
    const content = document.querySelector('.cm-content')
    return content?.cmTile?.root?.view ?? content?.cmView?.view ?? null
  }

  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration })
  }).observe({ type: 'longtask', buffered: true })

  // What the page shows in one frame while a file opens (read by waitOpened).
  const openSnapshot = (now) => {
    const pane = document.querySelector('.vue-flow__transformationpane')
    const canvas = document.querySelector('[data-testid="canvas"]')
    const box = canvas?.getBoundingClientRect()
    let inView = 0
    let hidden = 0
    if (box) {
      for (const el of document.querySelectorAll('.vue-flow__node')) {
        const r = el.getBoundingClientRect()
        if (r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) continue
        inView++
        if (getComputedStyle(el).visibility === 'hidden') hidden++
      }
    }
    return {
      now,
      pane: !!pane,
      transform: pane ? pane.style.transform : null,
      placed: window.__studio ? Object.keys(window.__studio.positions()).length : 0,
      inView,
      hidden,
      editor: !!document.querySelector('[data-testid="json-editor"][data-ready]'),
      rendered: document.querySelectorAll('.vue-flow__node').length,
    }
  }
  // The file input's change event is the moment the user opened the file. From then on every frame
  // is recorded, so the paint is dated by the frame that showed it, however late the runner asks.
  document.addEventListener(
    'change',
    (e) => {
      if (!(e.target instanceof HTMLInputElement && e.target.type === 'file')) return
      bench.openAt = e.timeStamp
      const frames = []
      bench.openFrames = frames
      // Dated when the frame's callbacks run, not by the frame's start (rAF's argument): a frame
      // that began before a long task is drawn after it, with what that task changed.
      const record = () => {
        if (bench.openFrames !== frames || frames.done) return
        frames.push(openSnapshot(performance.now()))
        requestAnimationFrame(record)
      }
      requestAnimationFrame(record)
    },
    true,
  )
  // The last key pressed anywhere (capture phase, before any app handler runs).
  document.addEventListener('keydown', (e) => (bench.keyAt = e.timeStamp), true)

  // Automatic layouts, as the app reports them (User Timing 'studio:layout', autoLayout.ts): ELK
  // in the worker (request → positions back) or the wave placement on the page.
  bench.layouts = () =>
    performance.getEntriesByName('studio:layout').map((e) => ({
      start: e.startTime,
      end: e.startTime + e.duration,
      nodes: e.detail?.jobs ?? 0,
      engine: e.detail?.engine ?? 'unknown',
    }))

  bench.startFrames = () => {
    const frames = { deltas: [], last: null, on: true }
    bench.frames = frames
    const tick = (t) => {
      if (!frames.on) return
      if (frames.last !== null) frames.deltas.push(t - frames.last)
      frames.last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  bench.stopFrames = () => {
    bench.frames.on = false
    return bench.frames.deltas
  }
}

/**
 * In page: wait until the opened file is on screen and the page is responsive. Painted = every job
 * placed, the viewport has stopped moving (fit animation over), every node card inside the canvas
 * visible (their count is recorded), the JSON editor ready. Responsive = after that, a quiet period with no long task; the time
 * reported is the end of the last long task (or the paint, if later).
 */
export function waitOpened({ jobs, quietMs, timeoutMs }) {
  const bench = window.__bench
  return new Promise((resolve, reject) => {
    let transform = null
    let stableSince = null
    // First frame in which every job was placed and every card in view shown, the editor ready: a
    // viewport that did not move when the cards came must not date the paint before them.
    let shownSince = null
    let painted = null
    let last = {}
    let read = 0
    const deadline = performance.now() + timeoutMs
    const check = (now) => {
      if (now > deadline)
        return reject(
          new Error(`not open after ${timeoutMs} ms (painted: ${painted}, ${JSON.stringify(last)})`),
        )
      // The frames recorded since the file was chosen (installProbe), in order.
      const frames = bench.openFrames ?? []
      while (painted === null && read < frames.length) {
        const f = frames[read++]
        if (f.transform !== transform) {
          transform = f.transform
          stableSince = f.now
        }
        last = { ...f, stableMs: Math.round(f.now - stableSince) }
        // inView may be 0: a viewport showing no job is reported (nodesInView), not waited on forever.
        const shown = f.placed >= jobs && f.hidden === 0 && f.editor && f.pane
        if (!shown) shownSince = null
        else shownSince ??= f.now
        if (shown && f.now - stableSince >= 200) {
          painted = Math.max(stableSince, shownSince)
          frames.done = true
          bench.visibleAtOpen = f.inView
          bench.renderedAtOpen = f.rendered
        }
      }
      if (painted !== null) {
        const busy = bench.longTasks
          .filter((l) => l.start >= bench.openAt)
          .reduce((m, l) => Math.max(m, l.end), 0)
        const end = Math.max(painted, busy)
        if (now - end >= quietMs)
          return resolve({ painted: painted - bench.openAt, interactive: end - bench.openAt })
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

/**
 * In page: milliseconds from the last keydown to the first frame in which every condition holds
 * (the frame that paints the update).
 */
export function untilAfterKey({ conditions, timeoutMs }) {
  const bench = window.__bench
  const view = window.__bench.editor()
  const holds = ({ kind, value }) => {
    if (kind === 'node')
      return document.querySelector(`.vue-flow__node[data-id="${CSS.escape(value)}"]`) !== null
    if (kind === 'docLength') return view.state.doc.length === value
    if (kind === 'subject')
      return document.querySelector('[data-testid="inspector-subject"]')?.textContent?.trim() === value
    if (kind === 'listItem')
      return document.querySelector(`[data-testid="job-item-${CSS.escape(value)}"]`) !== null
    if (kind === 'noNode')
      return document.querySelector(`.vue-flow__node[data-id="${CSS.escape(value)}"]`) === null
    throw new Error(kind)
  }
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs
    // performance.now(), not the frame's start time handed to the callback: after a long task that
    // start time can lie hundreds of ms before the callback (and the paint) really happens.
    const check = () => {
      const now = performance.now()
      if (conditions.every(holds)) return resolve(now - bench.keyAt)
      if (now > deadline)
        return reject(new Error(`${JSON.stringify(conditions)} not reached in ${timeoutMs} ms`))
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}
