import { describe, expect, it } from 'vitest'
import {
  emailChange,
  emailToText,
  numberChange,
  parseIntegerChip,
  parseNumberText,
  textChange,
  toggledStatuses,
  valueToText,
} from './fieldValue'

describe('number fields', () => {
  it('parses what people type and refuses the rest with a reason', () => {
    expect(parseNumberText(' 30 ')).toEqual({ kind: 'set', value: 30 })
    expect(parseNumberText('1.5')).toEqual({ kind: 'set', value: 1.5 })
    expect(parseNumberText('.5')).toEqual({ kind: 'set', value: 0.5 })
    expect(parseNumberText('1e3')).toEqual({ kind: 'set', value: 1000 })
    expect(parseNumberText('30s').kind).toBe('invalid')
    expect(parseNumberText('0x10').kind).toBe('invalid')
    expect(parseNumberText('1.5', { integer: true })).toEqual({
      kind: 'invalid',
      message: 'Enter a whole number',
    })
    expect(parseNumberText('-1', { minimum: 0 }).kind).toBe('invalid')
  })

  it('an emptied field removes the key, and an absent key stays absent', () => {
    expect(numberChange('', 600, true)).toEqual({ kind: 'remove' })
    expect(numberChange('   ', undefined, false)).toEqual({ kind: 'none' })
  })

  it('writes only a real change', () => {
    expect(numberChange('600', 600, true)).toEqual({ kind: 'none' })
    expect(numberChange('600', '600', true)).toEqual({ kind: 'set', value: 600 })
    expect(numberChange('601', 600, true)).toEqual({ kind: 'set', value: 601 })
  })
})

describe('text fields', () => {
  it('removes an emptied optional key but keeps a required one as an empty string', () => {
    expect(textChange('', 'logs', { present: true })).toEqual({ kind: 'remove' })
    expect(textChange('', 'echo hi', { present: true, required: true })).toEqual({ kind: 'set', value: '' })
    expect(textChange('', '', { present: true, required: true })).toEqual({ kind: 'none' })
    expect(textChange('x', undefined, { present: false })).toEqual({ kind: 'set', value: 'x' })
  })

  it('shows non-text values as JSON so nothing is hidden', () => {
    expect(valueToText(undefined)).toBe('')
    expect(valueToText(30)).toBe('30')
    expect(valueToText(null)).toBe('null')
    expect(valueToText({ a: 1 })).toBe('{"a":1}')
  })
})

describe('integer chips', () => {
  it('accepts whole numbers only', () => {
    expect(parseIntegerChip('2')).toEqual({ value: 2 })
    expect(parseIntegerChip('-1')).toEqual({ value: -1 })
    expect(parseIntegerChip('1.5')).toHaveProperty('message')
    expect(parseIntegerChip('one')).toHaveProperty('message')
  })
})

describe('email_address', () => {
  it('keeps the shape the file uses', () => {
    expect(emailToText(['a@x.org', 'b@x.org'])).toBe('a@x.org, b@x.org')
    expect(emailChange('a@x.org, c@x.org', ['a@x.org', 'b@x.org'], true)).toEqual({
      kind: 'set',
      value: ['a@x.org', 'c@x.org'],
    })
    expect(emailChange('a@x.org,c@x.org', 'a@x.org', true)).toEqual({ kind: 'set', value: 'a@x.org,c@x.org' })
    expect(emailChange('', 'a@x.org', true)).toEqual({ kind: 'remove' })
    expect(emailChange('a@x.org, b@x.org', ['a@x.org', 'b@x.org'], true)).toEqual({ kind: 'none' })
  })
})

describe('retry_on_status checkboxes', () => {
  const known = ['FAILED', 'TIMEOUT', 'ERROR', 'POSTCHECK_FAILED']
  it('the first click on the default list changes only that status', () => {
    expect(toggledStatuses(['ERROR', 'FAILED', 'TIMEOUT'], 'FAILED', false, known)).toEqual([
      'ERROR',
      'TIMEOUT',
    ])
    expect(toggledStatuses(['ERROR'], 'POSTCHECK_FAILED', true, known)).toEqual(['ERROR', 'POSTCHECK_FAILED'])
  })
  it('a status list written as a string becomes the list it matches', () => {
    expect(toggledStatuses('FAILED_OR_TIMEOUT', 'ERROR', true, known)).toEqual(['FAILED', 'TIMEOUT', 'ERROR'])
  })
})
