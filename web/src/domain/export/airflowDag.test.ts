import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { toAirflowDag } from './airflowDag'
import { applicationName, taskIds } from './airflowNames'

const dagOf = (config: object, fileName = 'release.json') => {
  const result = toAirflowDag(parseDocument(JSON.stringify(config)), { fileName })
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'))
  return result
}
/** The lines of one task's BashOperator(...) call. */
const taskBlock = (text: string, taskId: string) => {
  const start = text.indexOf(`tasks[${JSON.stringify(taskId)}] = BashOperator(`)
  return text.slice(start, text.indexOf('\n    )\n', start))
}

describe('task and dag ids', () => {
  it('keeps valid ids, replaces other characters and never gives two jobs one task', () => {
    const ids = taskIds(['load data', 'load_data', 'report.v2', 'élan', '', 'a/b', 'a_b'])
    expect([...ids.values()]).toEqual([
      'load_data_2',
      'load_data',
      'report.v2',
      '_lan',
      'job',
      'a_b_2',
      'a_b',
    ])
  })
  it('shortens ids longer than 250 characters and keeps them distinct', () => {
    const long = 'x'.repeat(300)
    const ids = taskIds([long + '1', long + '2'])
    const [a, b] = [...ids.values()]
    expect(a!.length).toBeLessThanOrEqual(250)
    expect(a).not.toBe(b)
  })
  it('names the DAG as the engine names the run: application_name, else the file name, never name', () => {
    expect(applicationName({ application_name: 'Nightly ETL', name: 'ignored' }, 'x.json')).toBe(
      'Nightly ETL',
    )
    expect(applicationName({ name: 'ignored' }, 'prconfig.minimal.json')).toBe('prconfig.minimal')
    expect(applicationName({ application_name: 42 }, 'x.json')).toBe('42')
    expect(dagOf({ working_dir: '/', name: 'nope', jobs: [] }, 'my release.json').dagId).toBe('my_release')
  })
})

describe('toAirflowDag', () => {
  it('refuses what the engine refuses, with the same diagnostics', () => {
    const result = toAirflowDag(
      parseDocument(
        JSON.stringify({
          working_dir: '/',
          jobs: [{ id: 'a', command: 'x', dependencies: ['b'] }, { id: 'a' }],
        }),
      ),
      { fileName: 'x.json' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      'dependency-unknown',
      'job-command-missing',
      'job-id-duplicate',
    ])
    expect(result.diagnostics.every((d) => d.severity === 'error')).toBe(true)
  })

  it('maps the effective timeout, retries and delays, and says what Airflow does not do', () => {
    const { text } = dagOf({
      working_dir: '~/work',
      default_timeout: 7200,
      default_max_retries: 3,
      default_retry_delay: 10,
      default_retry_backoff: 2,
      jobs: [
        { id: 'a', command: 'run.sh' },
        { id: 'b', command: 'x', timeout: 90.9, max_retries: 1, retry_delay: 5, retry_jitter: 0 },
        { id: 'c', command: 'x', retry_on_status: [], retry_on_exit_codes: [] },
        { id: 'd', command: 'x', max_retry_time: 0 },
        { id: 'e', command: '', dependencies: ['a', 'b'] },
      ],
    })
    const a = taskBlock(text, 'a')
    expect(a).toContain('bash_command="run.sh ",') // not taken for a template file
    expect(a).toContain('execution_timeout=timedelta(seconds=7200)')
    expect(a).toContain('retries=3,')
    expect(a).toContain('retry_delay=timedelta(seconds=10)')
    expect(a).toContain('retry_exponential_backoff=True')
    expect(a).toContain('max_retry_delay=timedelta(seconds=40)') // 10 × 2², the engine's longest wait
    expect(text).toContain('# the engine also applies: ±10 % jitter; no retry after 1800 s (max_retry_time)')
    const b = taskBlock(text, 'b')
    expect(b).toContain('execution_timeout=timedelta(seconds=90)') // int() as the engine does
    expect(b).toContain('retries=1,')
    expect(b).not.toContain('retry_exponential_backoff')
    expect(taskBlock(text, 'c')).toContain('retries=0,')
    expect(text).toContain('# no failure is retried by the engine')
    expect(taskBlock(text, 'd')).toContain('retries=0,')
    expect(taskBlock(text, 'e')).toContain('bash_command="true",')
    expect(text).toContain('[tasks["a"], tasks["b"]] >> tasks["e"]')
    expect(text).toContain('WORKING_DIR = os.path.expanduser("~/work")')
  })

  it('writes each job environment after interpolation, and the worker limit of the mode', () => {
    const config = {
      working_dir: '/',
      parallel: true,
      max_workers: 3,
      env_variables: { ROOT: '/srv', OUT: '${ROOT}/out', FLAG: true },
      jobs: [
        { id: 'a', command: 'echo {{ not jinja }}', env_variables: { ROOT: '/job', LOG: '${OUT}/log' } },
      ],
    }
    const { text } = dagOf(config)
    const a = taskBlock(text, 'a')
    expect(a).toContain('"ROOT": "/job",')
    expect(a).toContain('"OUT": "/srv/out",') // the application value was interpolated at load
    expect(a).toContain('"LOG": "/srv/out/log",')
    expect(a).toContain('"FLAG": "True",')
    expect(a).toContain('bash_command="{% raw %}echo {{ not jinja }}{% endraw %}",')
    expect(text).toContain('max_active_tasks=3,')
    expect(text).toContain('APPEND_ENV = True')
    expect(dagOf({ ...config, parallel: false }).text).toContain('max_active_tasks=1,')
  })

  it('inherits only the listed shell variables when inherit_shell_env says so', () => {
    const { text } = dagOf({
      working_dir: '/',
      inherit_shell_env: ['PATH', 'HOME'],
      jobs: [{ id: 'a', command: 'x' }],
    })
    expect(text).toContain('APPEND_ENV = False')
    expect(text).toContain(
      'INHERITED = {name: os.environ[name] for name in ["PATH", "HOME"] if name in os.environ}',
    )
    expect(taskBlock(text, 'a')).toContain('**INHERITED,')
    const none = dagOf({ working_dir: '/', inherit_shell_env: false, jobs: [{ id: 'a', command: 'x' }] }).text
    expect(none).not.toContain('INHERITED')
    expect(taskBlock(none, 'a')).toContain('env={},') // an empty environment, not the worker's
  })

  it('never writes a secret: linter-found passwords and secret-named variables become Airflow Variables', () => {
    const { text } = dagOf({
      working_dir: '/',
      smtp_password: 'mail-pass-123',
      env_variables: { API_TOKEN: 'tok-abcdef', URL: 'https://x/?t=${API_TOKEN}', PWD_NOTE: 'not a secret' },
      jobs: [{ id: 'a', command: 'notify --pass mail-pass-123', env_variables: { DB_PASSWORD: 'p' } }],
    })
    expect(text).not.toContain('mail-pass-123')
    expect(text).not.toContain('tok-abcdef')
    const a = taskBlock(text, 'a')
    expect(a).toContain('"API_TOKEN": "{{ var.value.API_TOKEN }}",')
    expect(a).toContain('"URL": "https://x/?t={{ var.value.API_TOKEN }}",')
    expect(a).toContain('"DB_PASSWORD": "{{ var.value.DB_PASSWORD }}",')
    expect(a).toContain('"PWD_NOTE": "not a secret",')
    expect(a).toContain('bash_command="notify --pass {{ var.value.smtp_password }}",')
    for (const name of ['API_TOKEN', 'DB_PASSWORD', 'smtp_password'])
      expect(text).toContain(`#   airflow variables set ${name} '...'`)
  })

  it('keeps the original id in a comment when the task id differs', () => {
    const { text, tasks } = dagOf({ working_dir: '/', jobs: [{ id: 'load "data"', command: 'x' }] })
    expect(tasks).toEqual([{ jobId: 'load "data"', taskId: 'load__data_' }])
    expect(text).toContain('# job id "load \\"data\\""')
  })
})
