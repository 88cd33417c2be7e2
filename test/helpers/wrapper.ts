/**
 * A `<div>` with a `lang` and inline styles, to pass to `fixture(template, { parentNode })`. Wrapping a fixture this
 * way (rather than rendering a `<div>` as the fixture itself) lets `fixture` resolve on the element's
 * `updateComplete` instead of waiting for an animation frame — frames never come while another test page holds
 * the foreground, which `sendKeys` causes when files run in parallel.
 */
export function wrapper(attributes: { lang?: string; style?: string } = {}): HTMLDivElement {
  const div = document.createElement('div');
  if (attributes.lang) div.lang = attributes.lang;
  if (attributes.style) div.setAttribute('style', attributes.style);
  return div;
}
