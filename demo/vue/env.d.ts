// The type of a single-file component for `tsc` (the root type-check); vue-tsc reads App.vue itself.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
