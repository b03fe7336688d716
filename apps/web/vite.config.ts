import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is served by the API's own server (npm start) from dist/; in development,
// `npm run dev -w @muster/web` proxies /api to a running service.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
