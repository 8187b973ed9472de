/** Light and dark looks of the JSON editor: calm IDE colours that match the app's slate palette. */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import type { Extension } from '@codemirror/state'
import { tags as t } from '@lezer/highlight'

interface Palette {
  bg: string
  fg: string
  gutterBg: string
  gutterFg: string
  activeLine: string
  selection: string
  cursor: string
  border: string
  tooltipBg: string
  muted: string
  key: string
  string: string
  number: string
  keyword: string
  punctuation: string
  matchBracket: string
  flash: string
}

const light: Palette = {
  bg: '#ffffff',
  fg: '#1e293b',
  gutterBg: '#f8fafc',
  gutterFg: '#94a3b8',
  activeLine: '#f1f5f9',
  selection: '#c7d2fe',
  cursor: '#4f46e5',
  border: '#e2e8f0',
  tooltipBg: '#ffffff',
  muted: '#64748b',
  key: '#0550ae',
  string: '#116329',
  number: '#b45309',
  keyword: '#8250df',
  punctuation: '#64748b',
  matchBracket: '#e0e7ff',
  flash: 'rgba(99, 102, 241, 0.16)',
}

const dark: Palette = {
  bg: '#0b1120',
  fg: '#e2e8f0',
  gutterBg: '#0b1120',
  gutterFg: '#475569',
  activeLine: '#1e293b80',
  selection: '#3730a3aa',
  cursor: '#a5b4fc',
  border: '#1e293b',
  tooltipBg: '#0f172a',
  muted: '#94a3b8',
  key: '#7dd3fc',
  string: '#86efac',
  number: '#fdba74',
  keyword: '#c4b5fd',
  punctuation: '#94a3b8',
  matchBracket: '#312e81',
  flash: 'rgba(129, 140, 248, 0.22)',
}

function build(p: Palette, isDark: boolean): Extension {
  const theme = EditorView.theme(
    {
      '&': { color: p.fg, backgroundColor: p.bg, height: '100%', fontSize: '12.5px' },
      '&.cm-focused': { outline: 'none' },
      '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
      '.cm-content': { caretColor: p.cursor, padding: '6px 0' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: p.cursor, borderLeftWidth: '2px' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
        { backgroundColor: p.selection },
      '.cm-activeLine': { backgroundColor: p.activeLine },
      '.cm-gutters': { backgroundColor: p.gutterBg, color: p.gutterFg, borderRight: `1px solid ${p.border}` },
      '.cm-activeLineGutter': { backgroundColor: p.activeLine, color: p.fg },
      '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px', minWidth: '36px' },
      // Fold markers appear when the pointer is over the gutters, as in most IDEs.
      '.cm-foldGutter .cm-gutterElement': {
        padding: '0 4px',
        cursor: 'pointer',
        color: p.gutterFg,
        opacity: '0',
      },
      '.cm-gutters:hover .cm-foldGutter .cm-gutterElement': { opacity: '1' },
      '.cm-lint-marker': { width: '0.9em', height: '0.9em' },
      '.cm-gutter-lint': { width: '1.1em' },
      '.cm-gutter-lint .cm-gutterElement': { padding: '0 0 0 4px' },
      '.cm-foldPlaceholder': {
        backgroundColor: p.activeLine,
        border: `1px solid ${p.border}`,
        color: p.muted,
      },
      '&.cm-focused .cm-matchingBracket': {
        backgroundColor: p.matchBracket,
        outline: `1px solid ${p.cursor}55`,
      },
      '.cm-searchMatch': { backgroundColor: '#fde04766', outline: '1px solid #eab30888' },
      '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: '#f59e0b88' },
      '.cm-selectionMatch': { backgroundColor: `${p.matchBracket}` },
      '.cm-tooltip': {
        backgroundColor: p.tooltipBg,
        color: p.fg,
        border: `1px solid ${p.border}`,
        borderRadius: '6px',
        boxShadow: isDark ? '0 8px 24px #0008' : '0 8px 24px #0f172a1f',
        fontFamily: 'var(--font-sans)',
        overflow: 'hidden',
      },
      '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font-sans)', maxHeight: '16em' },
      '.cm-tooltip-autocomplete > ul > li': { padding: '3px 8px' },
      '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: p.cursor, color: '#fff' },
      '.cm-completionDetail': { color: p.muted, fontStyle: 'normal', marginLeft: '8px' },
      '.cm-tooltip-autocomplete > ul > li[aria-selected] .cm-completionDetail': { color: '#e0e7ff' },
      '.cm-completionInfo': { padding: '8px 10px', maxWidth: '360px', lineHeight: '1.45' },
      '.cm-panels': { backgroundColor: p.gutterBg, color: p.fg, fontFamily: 'var(--font-sans)' },
      '.cm-panels.cm-panels-top': { borderBottom: `1px solid ${p.border}` },
      '.cm-panels.cm-panels-bottom': { borderTop: `1px solid ${p.border}` },
      '.cm-textfield': {
        backgroundColor: p.bg,
        color: p.fg,
        border: `1px solid ${p.border}`,
        borderRadius: '4px',
        padding: '2px 6px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: p.activeLine,
        color: p.fg,
        border: `1px solid ${p.border}`,
        borderRadius: '4px',
      },
      '.cm-diagnostic': { fontFamily: 'var(--font-sans)', padding: '6px 10px' },
      '.cm-diagnosticAction': {
        backgroundColor: p.cursor,
        color: isDark ? '#0b1120' : '#fff',
        borderRadius: '4px',
        padding: '2px 8px',
        margin: '6px 6px 0 0',
      },
      // Room for a message and its quick fixes, also at the pane's right edge.
      '.cm-tooltip-lint': { minWidth: '18rem', maxWidth: '28rem' },
      '.cm-revealFlash': { backgroundColor: p.flash, transition: 'background-color 1.2s ease-out' },
      '.cm-revealFlash-fading': { backgroundColor: 'transparent' },
      '.cm-hoverDoc': { padding: '8px 10px', maxWidth: '420px', fontSize: '12px', lineHeight: '1.5' },
      '.cm-hoverDoc-title': { fontWeight: '600', marginBottom: '2px' },
      '.cm-hoverDoc-meta': { color: p.muted, fontSize: '11px', marginTop: '6px' },
      '.cm-hoverDoc code': { fontFamily: 'var(--font-mono)', fontSize: '11px' },
      '.cm-hoverDoc-warn': { color: isDark ? '#fbbf24' : '#b45309', fontSize: '11px', marginTop: '4px' },
    },
    { dark: isDark },
  )
  const highlight = HighlightStyle.define([
    { tag: t.propertyName, color: p.key },
    { tag: t.string, color: p.string },
    { tag: t.number, color: p.number },
    { tag: [t.bool, t.null], color: p.keyword },
    { tag: [t.brace, t.squareBracket, t.separator, t.punctuation], color: p.punctuation },
    { tag: t.invalid, color: '#ef4444' },
  ])
  return [theme, syntaxHighlighting(highlight)]
}

export const lightTheme = build(light, false)
export const darkTheme = build(dark, true)
