import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath, URL } from 'node:url'

// The built app is served by the FastAPI server (same origin) or opened statically;
// relative asset paths make both work.
export default defineConfig({
  base: './',
  plugins: [vue(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8765' } },
  // `vite preview` is the static deployment (browser tests): no API behind it, so no proxy
  // (it would default to server.proxy and answer 502, an error in the console).
  preview: { proxy: {} },
  build: { target: 'es2022', outDir: 'dist', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
  },
})
