import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS properties by name (`width`, `--x`, camelCase `backgroundColor` too); null or undefined removes one. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const dashed = (name: string): string =>
  name.startsWith('--') || name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * `style=${styleProps({ width: '40%' })}`: Lit's `styleMap`, minus its first render. `styleMap` writes its first
 * value as a `style` attribute string (`setAttribute('style', …)`), which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` refuses (a `style-src-attr` violation, and the style is lost). This directive
 * sets every value through the CSSOM (`style.setProperty`), always, which no CSP governs. Client-side only (no SSR
 * string).
 */
class StylePropsDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (partInfo.strings?.length ?? 0) > 2
    ) {
      throw new Error('styleProps must be the whole value of a `style` attribute.');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element;
    for (const name of this.applied) {
      if (props[name] == null) {
        style.removeProperty(dashed(name));
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(dashed(name), String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
