import { defineConfig } from 'vite';

// No @vitejs/plugin-react (it does not install on every machine here): esbuild compiles JSX with the automatic
// runtime, which is all a production build needs; the dev server reloads the page instead of hot-swapping.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The sign-in callback and the case page must render fast on a phone: split the vendor libraries.
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom'],
          mantine: ['@mantine/core', '@mantine/hooks'],
          tanstack: ['@tanstack/react-router', '@tanstack/react-query'],
        },
      },
    },
  },
  server: { port: 5173 },
});
