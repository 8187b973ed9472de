import { describe, expect, it } from 'vitest'
import { effectiveSettings } from '@/domain/plan/settings'
import { jobLogDirPlaceholder, placeholderFor } from './effective'
import { jobFormField } from './schemaInfo'

describe('placeholders of inherited job settings', () => {
  it('show the inherited value and the top-level key it comes from', () => {
    const settings = effectiveSettings({ id: 'a', command: 'x' }, { default_retry_delay: 45 })
    expect(placeholderFor(settings.retry_delay)).toBe('45 · from default_retry_delay')
  })

  it('fall back to the engine default (the code value, not the documented one)', () => {
    const settings = effectiveSettings({ id: 'a', command: 'x' }, {})
    expect(placeholderFor(settings.retry_delay)).toBe('30 · engine default')
    expect(placeholderFor(settings.timeout)).toBe('10800 · engine default')
    expect(placeholderFor(settings.retry_on_status)).toBe('ERROR, FAILED, TIMEOUT · engine default')
    expect(placeholderFor(settings.retry_on_exit_codes)).toBe('1 · engine default')
  })

  it('are empty when the job sets the key itself', () => {
    const settings = effectiveSettings({ id: 'a', command: 'x', retry_delay: 5 }, { default_retry_delay: 45 })
    expect(placeholderFor(settings.retry_delay)).toBe('')
  })

  it('agree with the schema: every inherited job field names the key its placeholder cites', () => {
    const settings = effectiveSettings({}, { default_max_retry_time: 99 })
    expect(jobFormField('max_retry_time')?.inherits).toBe('default_max_retry_time')
    expect(placeholderFor(settings.max_retry_time)).toBe('99 · from default_max_retry_time')
  })

  it('a job log dir falls back to the run log dir, then to <working_dir>/logs', () => {
    expect(jobLogDirPlaceholder({ log_dir: 'logs/etl' })).toBe('logs/etl · from log_dir')
    expect(jobLogDirPlaceholder({ working_dir: '/srv/app/' })).toBe('/srv/app/logs · engine default')
  })
})
