/**
 * A Vue host: the Customer Activity page in a Vue 3 single-file component (App.vue). The elements are registered
 * once, before the app mounts, so Vue finds their properties; the demo build's Vue plugin treats the library's tags
 * as custom elements (vite.demo.config.ts).
 */
import { createApp } from 'vue';
import '../../src/define.js';
import App from './App.vue';

createApp(App).mount('#app');
