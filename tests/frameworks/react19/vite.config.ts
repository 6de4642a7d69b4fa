// A fresh React + TypeScript project (Vite's react-ts template without the React plugin: esbuild
// compiles the JSX); `base: './'` only because the test serves it under /react19/.
import { defineConfig } from 'vite';

export default defineConfig({ base: './', esbuild: { jsx: 'automatic' } });
