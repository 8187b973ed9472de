/**
 * Promise-based confirmation: `await confirm({...})` resolves to the chosen action. One dialog
 * (features/shell/ConfirmHost.vue) renders the pending request.
 */
import { shallowRef } from 'vue'

export interface ConfirmRequest {
  title: string
  message: string
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
}
interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void
}

const pending = shallowRef<Pending | null>(null)

export function useConfirm() {
  function confirm(request: ConfirmRequest): Promise<boolean> {
    pending.value?.resolve(false)
    return new Promise((resolve) => {
      pending.value = { ...request, resolve }
    })
  }
  function settle(ok: boolean) {
    const current = pending.value
    pending.value = null
    current?.resolve(ok)
  }
  return { pending, confirm, settle }
}
