/**
 * An executioner config as an Apache Airflow DAG file (Airflow 2.x and 3.x): one BashOperator per
 * job, dependencies as `>>`, the engine's effective settings per job (airflowTask.ts), the run's
 * worker limit as `max_active_tasks`. A config the engine refuses is refused here too, with the
 * same diagnostics; secrets never reach the file (secrets.ts).
 */
import { diagnose, hasErrors } from '../diagnostics/index'
import type { Diagnostic } from '../diagnostics/types'
import type { ParsedDocument } from '../document/types'
import { applicationEnvironment, jobEnvironment } from '../env/resolve'
import { buildPlan } from '../plan/index'
import { airflowId, applicationName, taskIds } from './airflowNames'
import { airflowTask, type AirflowTask } from './airflowTask'
import { renderDag } from './airflowRender'
import { findSecrets } from './secrets'

export type AirflowExport =
  | { ok: true; text: string; dagId: string; tasks: { jobId: string; taskId: string }[] }
  | { ok: false; diagnostics: Diagnostic[] }

export interface AirflowOptions {
  /** The config's file name: diagnostics and the default application name depend on it. */
  fileName: string
}

export function toAirflowDag(doc: ParsedDocument, options: AirflowOptions): AirflowExport {
  const diagnostics = diagnose(doc, { fileName: options.fileName })
  if (hasErrors(diagnostics))
    return { ok: false, diagnostics: diagnostics.filter((d) => d.severity === 'error') }

  const { model } = doc
  const app = model.app
  const plan = buildPlan(model)
  const application = applicationEnvironment(app)
  const byId = new Map(
    plan.jobs.map((j) => [j.id, model.jobs[j.index]! as (typeof model.jobs)[number] & { id: string }]),
  )
  const environments = new Map(
    plan.jobs.map((j) => [j.id, jobEnvironment(application, byId.get(j.id)!.raw).variables]),
  )
  const secrets = findSecrets(
    app,
    diagnostics,
    [...environments.values()].flatMap((vars) => vars.map((v): [string, string] => [v.name, v.value])),
  )
  const names = taskIds(plan.jobs.map((j) => j.id))
  const tasks: AirflowTask[] = plan.jobs.map((j) =>
    airflowTask(byId.get(j.id)!, names.get(j.id)!, j.settings, environments.get(j.id)!, secrets),
  )
  const appName = applicationName(app, options.fileName)
  const dagId = airflowId(appName, 'executioner')
  const text = renderDag({
    dagId,
    appName,
    fileName: options.fileName,
    workingDir: typeof app.working_dir === 'string' ? app.working_dir : '',
    maxActiveTasks: plan.mode.parallel ? plan.mode.slots : 1,
    parallel: plan.mode.parallel,
    inheritance: application.inheritance,
    tasks,
    dependencies: model.edges.map((e) => [names.get(e.from)!, names.get(e.to)!] as const),
    secrets: [
      ...new Map([...secrets.byEnvName.values(), ...secrets.literals].map((s) => [s.variable, s])).values(),
    ],
  })
  return { ok: true, text, dagId, tasks: tasks.map((t) => ({ jobId: t.jobId, taskId: t.taskId })) }
}
