/** The codes (or cases of a code) without a quick fix, each with a config producing it and the reason. */
import type { NoFixCase } from './fixTable.testkit'
import { BASE, config, job, pretty } from './fixTable.testkit'

export const NO_FIX_CASES: NoFixCase[] = [
  {
    code: 'json-syntax',
    text: '{"working_dir": "/w" "jobs": []}',
    path: '/jobs',
    why: 'a syntax error says where the JSON breaks, not what was meant',
  },
  {
    code: 'root-not-object',
    text: '[]',
    path: '',
    why: 'the whole file is something else: there is no config in it to repair',
  },
  {
    code: 'working-dir-type',
    text: pretty({ ...BASE, working_dir: 5, jobs: [] }),
    path: '/working_dir',
    why: 'any directory would be invented',
  },
  {
    code: 'jobs-not-array',
    text: pretty({ ...BASE, jobs: 'a,b' }),
    path: '/jobs',
    why: 'only a job object or null has an obvious list form',
  },
  {
    code: 'job-not-object',
    text: config(['echo hi']),
    path: '/jobs/0',
    why: 'a job needs an id and a command that only its author knows',
  },
  {
    code: 'job-command-missing',
    text: config([{ id: 'a' }]),
    path: '/jobs/0',
    why: 'the command is what the job does: only its author knows it',
  },
  {
    code: 'env-value-too-long',
    text: config([job('a')], { env_variables: { BIG: 'x'.repeat(32769) } }),
    path: '/env_variables/BIG',
    why: 'shortening the value would lose data',
  },
  {
    code: 'log-dir-type',
    text: config([job('a')], { log_dir: 5 }),
    path: '/log_dir',
    why: 'any directory would be invented',
  },
  {
    code: 'json-non-finite',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [], "default_timeout": NaN}',
    path: '/default_timeout',
    why: 'no finite number means the same, and the right one depends on the setting',
  },
  {
    code: 'key-ignored',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [{"id": "a", "command": "x", "max_workers": NaN}]}',
    path: '/jobs/0/max_workers',
    why: 'the value is NaN: moving it would write the number parsed in its place, not NaN',
  },
  {
    code: 'env-value-not-string',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [], "env_variables": {"A": NaN}}',
    path: '/env_variables/A',
    why: 'the value is NaN: jobs receive "nan", which the number parsed in its place does not give',
  },
  {
    code: 'working-dir-relative',
    text: pretty({ ...BASE, working_dir: 'demo', jobs: [] }),
    path: '/working_dir',
    why: 'the absolute path depends on where the engine runs',
  },
  {
    code: 'email-address-invalid',
    text: config([job('a')], { email_on_success: true }),
    path: '/email_on_success',
    why: 'an e-mail address cannot be guessed',
  },
  {
    code: 'no-effect',
    text: config([job('a')], { security_policy: 'strict' }),
    path: '/security_policy',
    why: 'harmless as written; the message does not ask to remove it',
  },
  {
    code: 'key-ignored',
    text: config([job('a', { max_workers: 2 })], { max_workers: 4 }),
    path: '/jobs/0/max_workers',
    why: 'the top level already sets it: moving would overwrite that value',
  },
  {
    code: 'secret-in-config',
    text: config([job('a')], { smtp_password: 'hunter2' }),
    path: '/smtp_password',
    why: 'the engine needs it to send mail and has no other place to read it from',
  },
  {
    code: 'job-count-limit',
    text: config(Array.from({ length: 1001 }, (_, i) => job(`j${i}`))),
    path: '/jobs',
    why: 'splitting a config is a design decision',
  },
  {
    code: 'plugins-run-code',
    text: config([job('a')], { dependency_plugins: ['plugins/x.py'] }),
    path: '/dependency_plugins',
    why: 'a note about plugins that are there on purpose',
  },
  {
    code: 'check-params',
    text: config([job('a', { pre_checks: [{ name: 'check_file_exists', params: {} }] })]),
    path: '/jobs/0/pre_checks/0/params',
    why: 'a missing path cannot be guessed',
  },
  {
    code: 'check-param-var',
    text: config([job('a', { pre_checks: [{ name: 'check_file_exists', params: { path: '${IN}/x' } }] })], {
      env_variables: { IN: '/in' },
    }),
    path: '/jobs/0/pre_checks/0/params/path',
    why: 'the value the variable has at run time is not known here',
  },
  {
    code: 'env-var-undefined',
    text: config([job('a')], { env_variables: { LOG: '${ROOT}/log' } }),
    path: '/env_variables/LOG',
    why: 'the missing value can only come from the author',
  },
  {
    code: 'env-var-circular',
    text: config([job('a')], { env_variables: { A: '${B}', B: '${A}' } }),
    path: '/env_variables/A',
    why: 'which reference is wrong cannot be known',
  },
  {
    code: 'env-reserved-name',
    text: config([job('a')], { env_variables: { PATH: '/opt/bin' } }),
    path: '/env_variables/PATH',
    why: 'overriding it may well be intended',
  },
  {
    code: 'command-var-undefined',
    text: config([job('a', { command: 'echo ${NOPE}' })], { inherit_shell_env: false }),
    path: '/jobs/0/command',
    why: 'the value can only come from the author (or --env)',
  },
  {
    code: 'application-name-default',
    text: pretty({ working_dir: '/w', jobs: [] }),
    path: '',
    why: 'a note: the file name is a fine application name',
  },
  {
    code: 'name-shadowed',
    text: pretty({ ...BASE, name: 'other', jobs: [] }),
    path: '/name',
    why: 'a note: application_name already says what is used',
  },
  {
    code: 'command-var-from-shell',
    text: config([job('a', { command: 'echo ${HOME}' })]),
    path: '/jobs/0/command',
    why: 'a note: taking it from the shell is usually intended',
  },
  {
    code: 'command-empty',
    text: config([job('a', { command: '' })]),
    path: '/jobs/0/command',
    why: 'a note: an empty command can be a deliberate placeholder',
  },
  {
    code: 'parallel-time-limit',
    text: config([job('a', { timeout: 7200 })], { parallel: true }),
    path: '/parallel',
    why: 'a note about the engine, nothing in the file is wrong',
  },
  {
    code: 'retry-value-crash',
    text: config([job('a', { max_retries: 1, retry_delay: -5, retry_jitter: 0 })]),
    path: '/jobs/0/retry_delay',
    why: 'whether a delay or jitter was meant cannot be known',
  },
  {
    code: 'retry-exit-codes-ineffective',
    text: config([job('a', { max_retries: 1 })], { default_retry_on_exit_codes: [3] }),
    path: '/default_retry_on_exit_codes',
    why: 'it concerns several jobs; each one may want its own statuses',
  },
]
