// A fresh Vue 3 project: Vue's compiler leaves the jobspor-… tags to the browser
// (isCustomElement from jobspor/vue); `base: './'` only because the test serves it under /vue3/.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'jobspor/vue';

export default defineConfig({ base: './', plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] });
