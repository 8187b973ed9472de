/** A file already holds the name a new file is being saved under, at `version`. */
export interface TakenName {
  fileName: string
  version: string
}

/** Thrown by a target that never overwrites a file it did not open: the user picks another name. */
export class NameTakenError extends Error {
  constructor(readonly taken: TakenName) {
    super(`${taken.fileName} already exists.`)
    this.name = 'NameTakenError'
  }
}
