// The defaults of a fresh Vite project; `base: './'` only because the test serves it under /vite/.
import { defineConfig } from 'vite';

export default defineConfig({ base: './' });
