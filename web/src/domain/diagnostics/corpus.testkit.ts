/// <reference types="node" />
/**
 * Test helper: the engine's sample configs and its verdicts from `../shared/executioner`
 * (outside the repository; tests skip with a clear message when it is absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const SHARED = fileURLToPath(new URL('../../../../../shared/executioner/', import.meta.url))
const CONFIGS = SHARED + 'configs/'

export interface Verdict {
  accepted: boolean
  exit_code: number
  messages: string[]
}

export const corpusAvailable = existsSync(CONFIGS) && existsSync(SHARED + 'verdicts.json')
export const corpusSkipReason = `engine corpus not found at ${CONFIGS} (../shared/executioner is not present)`

export function corpusFiles(): string[] {
  return corpusAvailable
    ? readdirSync(CONFIGS)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : []
}

export function corpusText(file: string): string {
  return readFileSync(CONFIGS + file, 'utf8')
}

export function verdicts(): Record<string, Verdict> {
  return JSON.parse(readFileSync(SHARED + 'verdicts.json', 'utf8')) as Record<string, Verdict>
}
