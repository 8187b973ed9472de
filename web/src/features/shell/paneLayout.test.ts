import { describe, expect, it } from 'vitest'
import { CHROME_HEIGHT, RAIL_WIDTH, defaultJsonWidth, planPanes, type PaneChoices } from './paneLayout'

function choices(width: number, height: number, over: Partial<PaneChoices> = {}): PaneChoices {
  return {
    window: { width, height },
    sidebar: { open: true, width: 240 },
    json: { open: true, width: 0, drawer: false },
    inspector: { shown: true, width: 320, placement: 'auto' },
    dock: { open: true, height: 200 },
    ...over,
  }
}

/** The canvas's width and height under a plan (panels floating over it do not count). */
function canvasBox(c: PaneChoices) {
  const plan = planPanes(c)
  const width =
    c.window.width -
    RAIL_WIDTH -
    (plan.sidebar.open ? plan.sidebar.width + 1 : RAIL_WIDTH) -
    (plan.json.mode === 'docked' ? plan.json.width + 1 : 0) -
    (plan.inspector.mode === 'docked' ? plan.inspector.width + 1 : 0)
  const height = c.window.height - CHROME_HEIGHT - (plan.dock.open ? plan.dock.height + 1 : 0)
  return { plan, width, height }
}

describe('planPanes', () => {
  it.each([
    [1024, 700],
    [1280, 800],
    [1440, 900],
    [1920, 1080],
  ])('at %i×%i with everything open, the canvas keeps half the width and 300 px of height', (w, h) => {
    const { width, height } = canvasBox(choices(w, h))
    expect(width).toBeGreaterThanOrEqual(w / 2)
    expect(height).toBeGreaterThanOrEqual(300)
  })

  it('at 1024 the JSON folds into the rail and the inspector floats, the choices kept', () => {
    const c = choices(1024, 700)
    const { plan } = canvasBox(c)
    expect(plan.json).toMatchObject({ mode: 'hidden', railed: true })
    expect(plan.inspector.mode).toBe('overlay')
    expect(c.json.open).toBe(true)
    expect(planPanes({ ...c, json: { ...c.json, drawer: true } }).json.mode).toBe('drawer')
  })

  it('at 1920 the JSON docks wider than at 1440, and docks again when the window grows', () => {
    const wide = planPanes(choices(1920, 1080))
    const mid = planPanes(choices(1440, 900))
    expect(wide.json.mode).toBe('docked')
    expect(wide.json.width).toBeGreaterThan(mid.json.width)
    expect(wide.json.width).toBe(defaultJsonWidth(1920))
  })

  it('docks the inspector where the canvas keeps half the window, floats it elsewhere', () => {
    const noJson = { open: false, width: 0, drawer: false }
    expect(planPanes(choices(1440, 900, { json: noJson })).inspector.mode).toBe('docked')
    expect(planPanes(choices(1440, 900)).inspector.mode).toBe('overlay')
  })

  it('follows a pinned or floating choice while there is room, never below the pinned minimum', () => {
    const pinned = { shown: true, width: 320, placement: 'docked' as const }
    expect(planPanes(choices(1440, 900, { inspector: pinned })).inspector.mode).toBe('docked')
    const narrowSidebar = { open: true, width: 420 }
    expect(planPanes(choices(1024, 700, { inspector: pinned, sidebar: narrowSidebar })).inspector.mode).toBe(
      'overlay',
    )
    const floating = { shown: true, width: 320, placement: 'overlay' as const }
    expect(planPanes(choices(1920, 1080, { inspector: floating })).inspector.mode).toBe('overlay')
    expect(planPanes(choices(1920, 1080, { inspector: { ...floating, shown: false } })).inspector.mode).toBe(
      'hidden',
    )
  })

  it('a user-sized JSON pane keeps its width while it fits and shrinks to fit otherwise', () => {
    const sized = { open: true, width: 500, drawer: false }
    expect(planPanes(choices(1920, 1080, { json: sized })).json.width).toBe(500)
    const huge = { open: true, width: 900, drawer: false }
    const { plan, width } = canvasBox(choices(1440, 900, { json: huge }))
    expect(plan.json.width).toBeLessThan(900)
    expect(width).toBeGreaterThanOrEqual(720)
  })

  it('a tall dock gives way so the canvas keeps its minimum height', () => {
    const { height } = canvasBox(choices(1024, 700, { dock: { open: true, height: 560 } }))
    expect(height).toBeGreaterThanOrEqual(300)
  })

  it('a collapsed job list leaves a rail and gives its room to the canvas', () => {
    const open = canvasBox(choices(1440, 900, { json: { open: false, width: 0, drawer: false } }))
    const closed = canvasBox(
      choices(1440, 900, {
        sidebar: { open: false, width: 240 },
        json: { open: false, width: 0, drawer: false },
      }),
    )
    expect(closed.width - open.width).toBe(241 - RAIL_WIDTH)
  })
})
