// A fresh React 18 project (esbuild compiles the JSX); `base: './'` only because the test serves it under /react18/.
import { defineConfig } from 'vite';

export default defineConfig({ base: './', esbuild: { jsx: 'automatic' } });
