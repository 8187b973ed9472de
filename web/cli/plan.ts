/**
 * `executioner-studio plan FILE [--json] [--sequential] [--parallel] [--workers N] [--env K=V]`:
 * what the engine will do with a config (mode, orders, waves, critical path, per-job settings with
 * their sources, environments). The engine's own flags are accepted so the plan matches a command line.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseDocument } from '../src/domain/document/parse'
import { diagnose, hasErrors } from '../src/domain/diagnostics/index'
import { parseCliEnv } from '../src/domain/env/cliEnv'
import { applicationEnvironment, jobEnvironment, type JobEnvironment } from '../src/domain/env/resolve'
import { buildPlan, type ModeOverrides, type Plan } from '../src/domain/plan/index'
import { SETTING_KEYS } from '../src/domain/plan/settings'
import { formatDuration, paint, type CommandResult } from './output'

export interface PlanArgs {
  file: string
  json: boolean
  color: boolean
  overrides: ModeOverrides
  env: string[]
}

export function planCommand(args: PlanArgs): CommandResult {
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (e) {
    return { stdout: '', stderr: `${args.file}: cannot read: ${(e as Error).message}\n`, code: 1 }
  }
  const doc = parseDocument(text)
  if (doc.syntaxErrors.length > 0 || !Array.isArray((doc.model.root as { jobs?: unknown } | null)?.jobs)) {
    const why = doc.syntaxErrors.length ? 'is not valid JSON' : 'has no "jobs" list'
    return { stdout: '', stderr: `${args.file} ${why}; run "executioner-studio lint" for details\n`, code: 1 }
  }
  const refused = hasErrors(diagnose(doc, { fileName: basename(args.file) }))
  const plan = buildPlan(doc.model, { overrides: args.overrides })
  const cli = parseCliEnv(args.env)
  const application = applicationEnvironment(doc.model.app)
  const environments = new Map(
    plan.jobs.map((j) => [j.id, jobEnvironment(application, doc.model.jobs[j.index]!.raw, cli.values)]),
  )

  if (args.json) {
    const jobs = plan.jobs.map((j) => ({ ...j, environment: environments.get(j.id)!.variables }))
    const out = {
      file: args.file,
      refusedByEngine: refused,
      ...plan,
      jobs,
      inheritShellEnv: application.inheritance,
      skippedEnv: cli.skipped,
    }
    return { stdout: JSON.stringify(out, null, 2) + '\n', code: 0 }
  }
  return { stdout: renderPlan(args, plan, environments, refused, cli.skipped), code: 0 }
}

function renderPlan(
  args: PlanArgs,
  plan: Plan,
  environments: Map<string, JobEnvironment>,
  refused: boolean,
  skippedEnv: string[],
): string {
  const c = paint(args.color)
  const out: string[] = [c.bold(`Plan for ${args.file}`), plan.mode.text]
  if (refused)
    out.push(c.red('The engine refuses this file as it is: run "executioner-studio lint" for the errors.'))
  for (const note of plan.notes) out.push(c.yellow(`Note: ${note}`))
  for (const piece of skippedEnv)
    out.push(c.yellow(`Note: --env ${piece} is skipped by the engine (empty name or value)`))

  const numbered = (ids: string[]) => ids.map((id, i) => `  ${i + 1}. ${id}`)
  out.push(
    '',
    c.bold('Sequential order (a real run, every job succeeding):'),
    ...numbered(plan.sequentialOrder),
  )
  out.push('', c.bold('Dry-run order (what --dry-run prints):'), ...numbered(plan.dryRun.order))
  if (plan.dryRun.ambiguousAt.length) {
    out.push(
      c.dim(
        `  (from ${plan.dryRun.ambiguousAt.join(', ')} on, the engine's dry-run order can change between runs)`,
      ),
    )
  }
  const width = `${plan.mode.slots} at a time${plan.mode.parallel ? '' : ', if run with --parallel'}`
  out.push('', c.bold(`Parallel waves (${width}; a wave waits for every job of the previous one):`))
  plan.waves.forEach((wave, i) => out.push(`  wave ${i + 1}: ${wave.join(', ')}`))
  if (plan.neverRuns.length) {
    out.push('', c.bold(c.red('Never runs:')), ...plan.neverRuns.map((n) => `  ${n.id}: ${n.reason}`))
  }
  out.push(
    '',
    c.bold(`Critical path (worst case ${formatDuration(plan.criticalPath.seconds)}):`),
    `  ${plan.criticalPath.ids.join(' → ') || '(no jobs)'}`,
    `Worst case: ${formatDuration(plan.totals.sequentialSeconds)} one job after the other, ` +
      `${formatDuration(plan.totals.parallelSeconds)} wave by wave`,
    '',
    c.bold('Jobs:'),
  )
  for (const job of plan.jobs) {
    const w = job.worstCase
    const attempts = `${w.attempts} attempt${w.attempts === 1 ? '' : 's'}`
    const caveat = w.caveat ? `; ${w.caveat}` : ''
    out.push(`  ${c.bold(job.id)}  worst case ${formatDuration(w.seconds)} (${attempts}${caveat})`)
    for (const key of SETTING_KEYS) {
      const s = job.settings[key]
      const note = s.note ? c.yellow(`  ${s.note}`) : ''
      out.push(`    ${key.padEnd(20)} ${JSON.stringify(s.value).padEnd(28)} ${c.dim(s.source)}${note}`)
    }
    for (const v of environments.get(job.id)!.variables) {
      const flags = [
        v.layer,
        v.undefinedRefs.length ? `undefined: ${v.undefinedRefs.join(', ')}` : '',
        v.circular ? 'circular' : '',
      ]
      out.push(`    env ${v.name}=${v.value}  ${c.dim(flags.filter(Boolean).join('; '))}`)
    }
  }
  const inheritance = environments.values().next().value?.inheritance
  if (inheritance) out.push('', `Shell environment: ${inheritance.description} (${inheritance.source})`)
  return out.join('\n') + '\n'
}
