import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useUiStore } from './ui'

describe('the JSON toggle (Ctrl+J, the header and rail buttons)', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('where the pane can dock, shows and hides it and remembers the choice', () => {
    const ui = useUiStore()
    expect(ui.jsonOpen).toBe(true)
    ui.toggleJson(true)
    expect(ui.jsonOpen).toBe(false)
    ui.toggleJson(true)
    expect(ui.jsonOpen).toBe(true)
    expect(ui.jsonDrawer).toBe(false)
  })

  it('where it cannot, opens and closes the drawer and keeps the choice for a wider window', () => {
    const ui = useUiStore()
    ui.jsonOpen = false
    ui.toggleJson(false)
    expect([ui.jsonOpen, ui.jsonDrawer]).toEqual([true, true])
    ui.toggleJson(false)
    expect([ui.jsonOpen, ui.jsonDrawer]).toEqual([true, false])
  })
})
