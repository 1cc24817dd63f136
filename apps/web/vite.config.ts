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
      // Mantine marks its modules "use client" (for React Server Components); a browser bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        manualChunks: {
          mantine: ['@mantine/core', '@mantine/hooks'],
          tanstack: ['@tanstack/react-router', '@tanstack/react-query'],
        },
      },
    },
  },
  server: { port: 5173 },
});
