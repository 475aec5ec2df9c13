import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain static bundle: Electron loads it through its app:// protocol and
// `bitext serve` serves the same files over loopback HTTP, so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles: the CSP forbids them.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
