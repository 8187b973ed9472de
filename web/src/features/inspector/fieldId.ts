/** A DOM id for the control of the field at a JSON Pointer (stable, valid in CSS selectors). */
export function fieldId(pointer: string): string {
  return 'insp' + pointer.replace(/[^A-Za-z0-9_-]/g, (c) => '-' + c.charCodeAt(0).toString(16))
}
