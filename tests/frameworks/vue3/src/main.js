import { createApp } from 'vue';
import 'jobspor';
import 'jobspor/smart';
import App from './App.vue';

createApp(App).mount('#app');
