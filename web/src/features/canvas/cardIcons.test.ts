// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { Clock, GitBranch } from 'lucide-vue-next'
import { iconUrl, useCardIcons } from './cardIcons'

const svgOf = (url: string) => decodeURIComponent(url.replace('data:image/svg+xml,', ''))

describe('card icons as images', () => {
  it("draws a Lucide icon as a standalone SVG image in the colour asked, Lucide's own drawing", () => {
    const svg = svgOf(iconUrl(GitBranch, '#475569'))
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('stroke="#475569"')
    expect(svg).toContain('M15 6a9 9 0 0 0-9 9V3') // git-branch's path
    expect(svgOf(iconUrl(Clock, '#475569'))).not.toContain('M15 6a9 9 0 0 0-9 9V3')
  })

  it('renders each icon and colour once', () => {
    expect(iconUrl(GitBranch, '#cbd5e1')).toBe(iconUrl(GitBranch, '#cbd5e1'))
    expect(iconUrl(GitBranch, '#cbd5e1')).not.toBe(iconUrl(GitBranch, '#475569'))
  })

  it("follows the theme: the badges' icons in a light ink on the dark theme, the marks keep their colour", async () => {
    document.documentElement.classList.remove('dark')
    const icons = useCardIcons()
    const light = icons.value
    expect(svgOf(light.deps)).toContain('stroke="#475569"')
    document.documentElement.classList.add('dark')
    await nextTick() // the MutationObserver's record
    await new Promise((resolve) => setTimeout(resolve))
    expect(svgOf(icons.value.deps)).toContain('stroke="#cbd5e1"')
    expect(icons.value.error).toBe(light.error)
  })
})
