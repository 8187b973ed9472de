/**
 * How the shell shares the window between the canvas and its panels (job list, inspector, JSON, bottom
 * dock), from what the user chose and the window's size. The canvas is the main thing: a panel docks
 * beside it only while the canvas keeps at least half the window's width (and CANVAS_MIN_HEIGHT of
 * height); otherwise the inspector floats over the canvas's right edge and the JSON pane folds into
 * the rail (it opens from there as a drawer). The user's choices are never rewritten: a wider window
 * docks the panels again.
 */

export type InspectorPlacement = 'auto' | 'docked' | 'overlay'

export interface PaneChoices {
  window: { width: number; height: number }
  sidebar: { open: boolean; width: number }
  /** `width` 0: not chosen yet (it scales with the window). `drawer`: opened from the rail. */
  json: { open: boolean; width: number; drawer: boolean }
  /** `shown`: something is selected and the user has not collapsed the inspector. */
  inspector: { shown: boolean; width: number; placement: InspectorPlacement }
  dock: { open: boolean; height: number }
}

export interface PanePlan {
  sidebar: { open: boolean; width: number }
  /** 'docked' beside the canvas, 'drawer' over it (from the rail), 'hidden' (collapsed or railed). */
  json: { mode: 'docked' | 'drawer' | 'hidden'; width: number; railed: boolean; canDock: boolean }
  inspector: { mode: 'docked' | 'overlay' | 'hidden'; width: number; canDock: boolean }
  dock: { open: boolean; height: number }
}

/** The rails (collapsed panels' buttons) on the window's edges. */
export const RAIL_WIDTH = 40
/** Header (48) and status bar (32). */
export const CHROME_HEIGHT = 80
export const CANVAS_MIN_SHARE = 0.5
export const CANVAS_MIN_HEIGHT = 300
export const JSON_MIN = 280
export const JSON_MAX = 900
export const INSPECTOR_MIN = 280
export const INSPECTOR_MAX = 560
export const DOCK_MIN = 96
/** A docked inspector the user pinned may take the canvas down to this width (not below). */
export const PINNED_CANVAS_MIN = 400
const SPLITTER = 1

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)))

/** The JSON pane's width until the user sizes it: a larger share of a larger window. */
export function defaultJsonWidth(windowWidth: number): number {
  return clamp(windowWidth * 0.28, 340, 720)
}

export function planPanes(choices: PaneChoices): PanePlan {
  const { window: win, sidebar, json, inspector, dock } = choices
  const canvasMin = Math.round(win.width * CANVAS_MIN_SHARE)
  const sidebarWidth = clamp(sidebar.width, 200, Math.max(200, win.width * 0.3))
  let room = win.width - RAIL_WIDTH - (sidebar.open ? sidebarWidth + SPLITTER : RAIL_WIDTH) - canvasMin

  const jsonWanted = clamp(json.width || defaultJsonWidth(win.width), JSON_MIN, JSON_MAX)
  let jsonPlan: PanePlan['json']
  const canDock = room >= JSON_MIN + SPLITTER
  if (json.open && canDock) {
    const width = Math.min(jsonWanted, room - SPLITTER)
    jsonPlan = { mode: 'docked', width, railed: false, canDock }
    room -= width + SPLITTER
  } else {
    const railed = json.open
    const width = Math.min(jsonWanted, Math.round(win.width * 0.6))
    jsonPlan = { mode: railed && json.drawer ? 'drawer' : 'hidden', width, railed, canDock }
  }

  const inspectorWidth = clamp(inspector.width, INSPECTOR_MIN, INSPECTOR_MAX)
  // Pinned by the user, the inspector docks while the canvas keeps PINNED_CANVAS_MIN pixels; on
  // 'auto', while the canvas keeps its share of the window.
  const inspectorCanDock = room + canvasMin - PINNED_CANVAS_MIN >= inspectorWidth + SPLITTER
  const docked =
    inspector.placement === 'docked'
      ? inspectorCanDock
      : inspector.placement === 'auto' && room >= inspectorWidth + SPLITTER
  const inspectorPlan: PanePlan['inspector'] = {
    mode: !inspector.shown ? 'hidden' : docked ? 'docked' : 'overlay',
    // Floating, it never covers more than 60 % of the canvas.
    width: docked ? inspectorWidth : Math.min(inspectorWidth, Math.round((room + canvasMin) * 0.6)),
    canDock: inspectorCanDock,
  }

  const heightRoom = win.height - CHROME_HEIGHT - CANVAS_MIN_HEIGHT - SPLITTER
  return {
    sidebar: { open: sidebar.open, width: sidebarWidth },
    json: jsonPlan,
    inspector: inspectorPlan,
    dock: { open: dock.open, height: clamp(Math.min(dock.height, heightRoom), DOCK_MIN, 600) },
  }
}
