import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import './style.css'
import { useDocumentStore } from './stores/document'
import { useLayoutStore } from './stores/layout'

const pinia = createPinia()
createApp(App).use(pinia).mount('#app')

/**
 * A read-only window into the app for browser tests and support (dev and prod builds alike):
 * it returns copies, so nothing outside the UI can change the document.
 */
const doc = useDocumentStore(pinia)
const layout = useLayoutStore(pinia)
Object.defineProperty(window, '__studio', {
  value: Object.freeze({
    text: () => doc.text,
    fileName: () => doc.fileName,
    dirty: () => doc.dirty,
    positions: () => JSON.parse(JSON.stringify(layout.positions)) as Record<string, { x: number; y: number }>,
  }),
})
