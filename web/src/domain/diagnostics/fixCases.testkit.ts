/** The fixable codes: a config producing each, and the exact text each of its fixes gives. */
import type { FixCase } from './fixTable.testkit'
import { BASE, config, job, one, pretty } from './fixTable.testkit'

export const WITH_FIX_CASES: FixCase[] = [
  {
    code: 'json-syntax',
    text: '\ufeff{"working_dir": "/w", "application_name": "x", "jobs": []}',
    path: '',
    fixes: [one('Remove the byte order mark', '\ufeff{', '{')],
  },
  {
    code: 'working-dir-missing',
    text: pretty({ application_name: 'demo', jobs: [] }),
    path: '',
    fixes: [
      one(
        'Add "working_dir" (then set the real path)',
        '{\n  "application_name"',
        '{\n  "working_dir": "/path/to/working_dir",\n  "application_name"',
      ),
    ],
  },
  {
    code: 'jobs-missing',
    text: pretty(BASE),
    path: '',
    fixes: [one('Add an empty "jobs" list', '"/srv/demo"\n}', '"/srv/demo",\n  "jobs": []\n}')],
  },
  {
    code: 'jobs-not-array',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": {"id": "a", "command": "true"}}',
    path: '/jobs',
    fixes: [
      one('Put this job in a list', '{"id": "a", "command": "true"}', '[{"id": "a", "command": "true"}]'),
    ],
  },
  {
    code: 'jobs-not-array',
    text: pretty({ ...BASE, jobs: null }),
    path: '/jobs',
    fixes: [one('Replace null with an empty list', '"jobs": null', '"jobs": []')],
  },
  {
    code: 'job-id-missing',
    text: config([job('job-1'), { command: 'true' }]),
    path: '/jobs/1',
    fixes: [
      one(
        'Add "id": "job-2"',
        '{\n      "command": "true"\n    }',
        '{\n      "id": "job-2",\n      "command": "true"\n    }',
      ),
    ],
  },
  {
    code: 'job-id-type',
    text: config([{ id: 7, command: 'true' }]),
    path: '/jobs/0/id',
    fixes: [one('Write the id as a string: "7"', '"id": 7', '"id": "7"')],
  },
  {
    code: 'job-id-duplicate',
    text: config([job('a'), { id: 'a', command: 'second' }]),
    path: '/jobs/1/id',
    fixes: [
      one(
        "Rename this job to 'a-2'",
        '"id": "a",\n      "command": "second"',
        '"id": "a-2",\n      "command": "second"',
      ),
    ],
  },
  {
    code: 'job-command-type',
    text: config([{ id: 'a', command: ['ls', '-l', 'my file'] }]),
    path: '/jobs/0/command',
    fixes: [
      one(
        `Write it as one command: "ls -l 'my file'"`,
        '[\n        "ls",\n        "-l",\n        "my file"\n      ]',
        `"ls -l 'my file'"`,
      ),
    ],
  },
  {
    code: 'dependencies-not-array',
    text: config([job('a'), job('b'), job('c', { dependencies: 'a, b' })]),
    path: '/jobs/2/dependencies',
    fixes: [one('Write it as a list: ["a","b"]', '"a, b"', '["a", "b"]')],
  },
  {
    code: 'dependency-not-string',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [{"id": "7", "command": "x"}, {"id": "b", "command": "x", "dependencies": [7]}]}',
    path: '/jobs/1/dependencies/0',
    fixes: [
      one('Write it as the job id "7"', '[7]', '["7"]'),
      one('Remove 7 from the dependencies', '[7]', '[]'),
    ],
  },
  {
    code: 'dependency-unknown',
    text: config([job('extract'), job('load', { dependencies: ['extrct'] })]),
    path: '/jobs/1/dependencies/0',
    fixes: [
      one("Rename the reference to 'extract'", '"extrct"', '"extract"'),
      one("Remove the dependency on 'extrct'", '[\n        "extrct"\n      ]', '[]'),
    ],
  },
  {
    code: 'dependency-unknown',
    text: config([job('load_db'), job('report', { dependencies: ['load'] })]),
    path: '/jobs/1/dependencies/0',
    fixes: [
      one("Rename the reference to 'load_db'", '"load"\n', '"load_db"\n'),
      one("Remove the dependency on 'load'", '[\n        "load"\n      ]', '[]'),
    ],
  },
  {
    code: 'dependency-cycle',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [{"id": "a", "command": "x", "dependencies": ["a"]}]}',
    path: '/jobs/0/dependencies/0',
    fixes: [one("Remove the dependency of 'a' on itself", '["a"]', '[]')],
  },
  {
    code: 'dependency-cycle',
    text: '{"working_dir": "/w", "application_name": "x", "jobs": [{"id": "a", "command": "x", "dependencies": ["b"]}, {"id": "b", "command": "x", "dependencies": ["a"]}]}',
    path: '/jobs/0/dependencies/0',
    fixes: [one("Remove the dependency of 'a' on 'b'", '"dependencies": ["b"]', '"dependencies": []')],
  },
  {
    code: 'env-not-object',
    text: config([job('a')], { env_variables: ['A=1', 'B=x=y'] }),
    path: '/env_variables',
    fixes: [
      one(
        'Write the NAME=value entries as an object',
        '[\n    "A=1",\n    "B=x=y"\n  ]',
        '{"A": "1", "B": "x=y"}',
      ),
    ],
  },
  {
    code: 'env-name-invalid',
    text: config([job('a')], { env_variables: { 'MY-VAR': '1' } }),
    path: '/env_variables/MY-VAR',
    fixes: [one('Rename to MY_VAR', '"MY-VAR"', '"MY_VAR"')],
  },
  {
    code: 'env-value-nul',
    text: config([job('a')], { env_variables: { A: 'x\u0000y' } }),
    path: '/env_variables/A',
    fixes: [one('Remove the NUL characters', '"x\\u0000y"', '"xy"')],
  },
  {
    code: 'inherit-shell-env-invalid',
    text: config([job('a')], { inherit_shell_env: 'Default' }),
    path: '/inherit_shell_env',
    fixes: [one('Replace with "default"', '"Default"', '"default"')],
  },
  {
    code: 'max-workers-type',
    text: config([job('a')], { max_workers: '4' }),
    path: '/max_workers',
    fixes: [one('Write 4 as a number', '"max_workers": "4"', '"max_workers": 4')],
  },
  {
    code: 'application-name-slash',
    text: pretty({ ...BASE, application_name: 'team/app', jobs: [] }),
    path: '/application_name',
    fixes: [one('Replace "/" with "_" ("team_app")', '"team/app"', '"team_app"')],
  },
  {
    code: 'name-ignored',
    text: pretty({ name: 'demo', working_dir: '/w', jobs: [] }),
    path: '/name',
    fixes: [one('Rename "name" to "application_name"', '"name":', '"application_name":')],
  },
  {
    code: 'job-id-slash',
    text: config([job('a/b'), job('c', { dependencies: ['a/b'] })]),
    path: '/jobs/0/id',
    fixes: [
      {
        title: "Rename to 'a_b' (and the dependencies on it)",
        changes: [
          ['"id": "a/b"', '"id": "a_b"'],
          ['"a/b"\n', '"a_b"\n'],
        ],
      },
    ],
  },
  {
    code: 'timeout-invalid',
    text: config([job('a', { timeout: '600' })]),
    path: '/jobs/0/timeout',
    fixes: [one('Write 600 as a number', '"timeout": "600"', '"timeout": 600')],
  },
  {
    code: 'timeout-invalid',
    text: config([job('a', { timeout: -5 })]),
    path: '/jobs/0/timeout',
    fixes: [one('Set "timeout" to 600 (what the engine uses now)', '"timeout": -5', '"timeout": 600')],
  },
  {
    code: 'timeout-true',
    text: config([job('a', { timeout: true })]),
    path: '/jobs/0/timeout',
    fixes: [one('Set "timeout" to 1 (what the engine uses now)', '"timeout": true', '"timeout": 1')],
  },
  {
    code: 'default-timeout-invalid',
    text: config([job('a')], { default_timeout: 'long' }),
    path: '/default_timeout',
    fixes: [
      one(
        'Set "default_timeout" to 10800 (what the engine uses now)',
        '"default_timeout": "long"',
        '"default_timeout": 10800',
      ),
    ],
  },
  {
    code: 'flag-not-boolean',
    text: config([job('a')], { parallel: 'no' }),
    path: '/parallel',
    fixes: [one('Replace with false', '"parallel": "no"', '"parallel": false')],
  },
  {
    code: 'max-workers-invalid',
    text: config([job('a')], { max_workers: 0 }),
    path: '/max_workers',
    fixes: [one('Set "max_workers" to 1 (what the engine uses now)', '"max_workers": 0', '"max_workers": 1')],
  },
  {
    code: 'key-ignored',
    text: config([job('a', { max_workers: 2 })]),
    path: '/jobs/0/max_workers',
    fixes: [
      {
        title: 'Move "max_workers" to the top level',
        changes: [
          [',\n      "max_workers": 2', ''],
          // New settings go with the other settings, before jobs (settingPlacement.ts).
          ['  "jobs": [', '  "max_workers": 2,\n  "jobs": ['],
        ],
      },
    ],
  },
  {
    code: 'unknown-key',
    text: config([job('a'), job('b', { dependecies: ['a'] })]),
    path: '/jobs/1/dependecies',
    fixes: [one('Rename to "dependencies"', '"dependecies"', '"dependencies"')],
  },
  {
    code: 'unknown-key',
    text: config([job('a')], { paralel: true }),
    path: '/paralel',
    fixes: [one('Rename to "parallel"', '"paralel"', '"parallel"')],
  },
  {
    code: 'duplicate-key',
    text: '{\n  "working_dir": "/w",\n  "application_name": "x",\n  "max_workers": 2,\n  "max_workers": 4,\n  "jobs": []\n}\n',
    path: '/max_workers',
    fixes: [one('Keep only the last "max_workers" (the one the engine uses)', '\n  "max_workers": 2,', '')],
  },
  {
    code: 'plugins-malformed',
    text: config([job('a')], { dependency_plugins: 'plugins/x.py' }),
    path: '/dependency_plugins',
    fixes: [one('Use a list: ["plugins/x.py"]', '"plugins/x.py"', '["plugins/x.py"]')],
  },
  {
    code: 'check-malformed',
    text: config([job('a', { pre_checks: { name: 'check_file_exists', params: { path: 'in.sql' } } })]),
    path: '/jobs/0/pre_checks',
    fixes: [
      {
        title: 'Put this check in a list',
        changes: [
          ['"pre_checks": {', '"pre_checks": [{'],
          ['        }\n      }\n', '        }\n      }]\n'],
        ],
      },
    ],
  },
  {
    code: 'check-unknown',
    text: config([job('a', { pre_checks: [{ name: 'check_file_exist', params: { path: 'in.sql' } }] })]),
    path: '/jobs/0/pre_checks/0/name',
    fixes: [one('Use "check_file_exists"', '"check_file_exist"', '"check_file_exists"')],
  },
  {
    code: 'check-params',
    text: config([job('a', { pre_checks: [{ name: 'check_file_exists', params: { pth: 'in.sql' } }] })]),
    path: '/jobs/0/pre_checks/0/params/pth',
    fixes: [one('Rename to "path"', '"pth"', '"path"')],
  },
  {
    code: 'check-param-glob',
    text: config([
      job('a', { post_checks: [{ name: 'check_no_ora_or_sp2_errors', params: { log_file: 'logs/*.log' } }] }),
    ]),
    path: '/jobs/0/post_checks/0/params/log_file',
    fixes: [
      one(
        'Use check_no_ora_errors (it expands the pattern; SP2- lines are no longer checked)',
        '"check_no_ora_or_sp2_errors"',
        '"check_no_ora_errors"',
      ),
    ],
  },
  {
    code: 'retry-time-zero',
    text: config([job('a', { max_retries: 2, max_retry_time: 0 })]),
    path: '/jobs/0/max_retry_time',
    fixes: [one('Remove "max_retry_time" (the job then uses 1800 s)', ',\n      "max_retry_time": 0', '')],
  },
  {
    code: 'retry-time-zero',
    text: config([job('a', { max_retries: 2 })], { default_max_retry_time: 0 }),
    path: '/default_max_retry_time',
    fixes: [
      one(
        'Remove "default_max_retry_time" (the engine\'s default is 1800 s)',
        '\n  "default_max_retry_time": 0,',
        '',
      ),
    ],
  },
  {
    code: 'retry-exit-codes-ineffective',
    text: config([job('a', { max_retries: 1, retry_on_exit_codes: [3] })]),
    path: '/jobs/0/retry_on_exit_codes',
    fixes: [
      one(
        `Set "retry_on_status": [] on job 'a'`,
        '        3\n      ]\n',
        '        3\n      ],\n      "retry_on_status": []\n',
      ),
    ],
  },
  {
    code: 'retries-negative',
    text: config([job('a', { max_retries: -1 })]),
    path: '/jobs/0/max_retries',
    fixes: [one('Set "max_retries" to 0 (no retries)', '"max_retries": -1', '"max_retries": 0')],
  },
  {
    code: 'retries-not-integer',
    text: config([job('a', { max_retries: 2.5 })]),
    path: '/jobs/0/max_retries',
    fixes: [one('Round "max_retries" to 3', '"max_retries": 2.5', '"max_retries": 3')],
  },
  {
    code: 'retry-value-type',
    text: config([job('a', { retry_delay: '30' })]),
    path: '/jobs/0/retry_delay',
    fixes: [one('Write 30 as a number', '"retry_delay": "30"', '"retry_delay": 30')],
  },
  {
    code: 'retry-value-type',
    text: config([job('a', { max_retries: 1, retry_on_exit_codes: ['1'] })]),
    path: '/jobs/0/retry_on_exit_codes/0',
    fixes: [one('Write 1 as a number', '"1"', '1')],
  },
  {
    code: 'retry-value-crash',
    text: config([job('a', { retry_delay: null })]),
    path: '/jobs/0/retry_delay',
    fixes: [one('Remove "retry_delay"', ',\n      "retry_delay": null', '')],
  },
  {
    code: 'retry-value-crash',
    text: config([job('a', { max_retries: '3' })]),
    path: '/jobs/0/max_retries',
    fixes: [one('Write 3 as a number', '"max_retries": "3"', '"max_retries": 3')],
  },
  {
    code: 'retry-value-crash',
    text: config([job('a', { retry_on_status: null })]),
    path: '/jobs/0/retry_on_status',
    fixes: [one('Replace null with []', '"retry_on_status": null', '"retry_on_status": []')],
  },
  {
    code: 'retry-status-unknown',
    text: config([job('a', { max_retries: 1, retry_on_status: ['timeout'] })]),
    path: '/jobs/0/retry_on_status/0',
    fixes: [one('Replace with "TIMEOUT"', '"timeout"', '"TIMEOUT"')],
  },
  {
    code: 'retry-status-unknown',
    text: config([job('a', { max_retries: 1, retry_on_status: 'TIMEOUT' })]),
    path: '/jobs/0/retry_on_status',
    fixes: [one('Use a list: ["TIMEOUT"]', '"retry_on_status": "TIMEOUT"', '"retry_on_status": ["TIMEOUT"]')],
  },
  {
    code: 'env-value-not-string',
    text: config([job('a')], { env_variables: { DEBUG: true, N: 5 } }),
    path: '/env_variables/DEBUG',
    fixes: [one('Write it as the string jobs receive: "True"', '"DEBUG": true', '"DEBUG": "True"')],
  },
  {
    code: 'disabled-key',
    text: config([job('a')], { _max_workers: 4 }),
    path: '/_max_workers',
    fixes: [one('Enable "max_workers" (remove the "_")', '"_max_workers"', '"max_workers"')],
  },
  {
    code: 'disabled-key',
    text: config([job('a', { _timeout: 60 })]),
    path: '/jobs/0/_timeout',
    fixes: [one('Enable "timeout" (remove the "_")', '"_timeout"', '"timeout"')],
  },
]
