/** DataTransfer type of a job dragged from the sidebar list onto the canvas (its value is the job id). */
export const JOB_DRAG_TYPE = 'application/x-executioner-job'
