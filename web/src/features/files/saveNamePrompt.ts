/**
 * The Save As name prompt (a download name, or a name in the server workspace), asked from the file
 * session and answered by SaveAsDialog. When the name the user gave is taken by a workspace file,
 * the prompt comes back with `taken`: the dialog says so and asks for another name, with Replace as
 * an explicit second choice (never the "changed on disk" conflict, which is about a file the user
 * has open).
 */
import { shallowRef } from 'vue'
import type { TakenName } from './nameTaken'

export interface SaveNameAnswer {
  name: string
  /** The user chose to replace the taken file (only offered while the name is the taken one). */
  replace: boolean
}

export interface SaveNameRequest {
  suggested: string
  /** Where the file goes: a download (browser) or the server workspace. */
  where: 'download' | 'workspace'
  taken?: TakenName
  resolve: (answer: SaveNameAnswer | null) => void
}

export const saveNameRequest = shallowRef<SaveNameRequest | null>(null)

/** Show the prompt (a pending one is cancelled); null when the user cancels. */
export function askSaveName(request: Omit<SaveNameRequest, 'resolve'>): Promise<SaveNameAnswer | null> {
  saveNameRequest.value?.resolve(null)
  return new Promise((resolve) => {
    saveNameRequest.value = {
      ...request,
      resolve: (answer) => {
        saveNameRequest.value = null
        resolve(answer)
      },
    }
  })
}
