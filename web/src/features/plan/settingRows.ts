/** The effective settings of one job as the Plan panel's table shows them (value, source, notes). */
import type { EffectiveSetting, JobPlan } from '@/domain/plan'
import { SETTING_KEYS } from '@/domain/plan/settings'
import { humanDuration } from './humanDuration'

export interface SettingRow {
  key: string
  value: string
  /** "job", "default_timeout", "engine default". */
  source: string
  /** The engine changes what is written (the value shown is what it uses). */
  coerced: boolean
  written?: string
  note?: string
  crash: boolean
}

/** As JSON: the user reads and writes the config as JSON. */
const shown = (value: unknown) => JSON.stringify(value) ?? String(value)

export function settingRows(job: JobPlan): SettingRow[] {
  return SETTING_KEYS.map((key) => {
    const s: EffectiveSetting = job.settings[key]
    const row: SettingRow = {
      key,
      value: shown(s.value),
      source: s.source,
      coerced: s.written !== undefined,
      crash: s.crash === true,
    }
    if (s.written !== undefined) row.written = shown(s.written)
    if (s.note) row.note = s.note
    return row
  })
}

/** "≤ 20 min 33 s, 2 attempts" and the caveat, if any. */
export function worstCaseLine(job: JobPlan): string {
  const w = job.worstCase
  const attempts = `${w.attempts} attempt${w.attempts === 1 ? '' : 's'}`
  return `≤ ${humanDuration(w.seconds)}, ${attempts}${w.caveat ? ` (${w.caveat})` : ''}`
}
