// A Solid host: the elements with the JSX types of `customer-activity-elements/jsx` (Solid's names: `prop:` sets a
// property, `attr:` an attribute, `on:` listens). Type-checked by `npm run typecheck:frameworks`; every
// `@ts-expect-error` marks a mistake the types must catch (tsc fails if one stops being an error).
import type {} from 'customer-activity-elements/jsx';
import { createDemoDataset, createMemoryAdapter } from 'customer-activity-elements';
import { createSignal } from 'solid-js';

const adapter = createMemoryAdapter(createDemoDataset(), { viewerId: 'u-admin' });

export function Host() {
  const [selected, setSelected] = createSignal<string | null>(null);
  return (
    <main>
      <customer-activity
        prop:adapter={adapter}
        prop:headingLevel={2}
        attr:contract-id="ctr-2025"
        on:ca-entitlement-select={(event) => setSelected(event.detail.entitlementId)}
        on:ca-navigate={(event) => console.log(event.detail.view, event.target.view)}
      />
      <p>{selected()}</p>
      <ca-meter prop:value={30} prop:max={100} prop:threshold="ok" prop:label="Hours" />
      <package-consumption
        prop:adapter={adapter}
        // @ts-expect-error: <package-consumption> has no `heading` property (it is headingLevel)
        prop:heading="Add-ons"
      />
      <ca-meter
        // @ts-expect-error: `value` is a number, not a string
        prop:value="thirty"
      />
      <customer-activity
        // @ts-expect-error: the adapter is an object with the adapter's methods, not a URL
        prop:adapter="/api/demo"
        on:ca-entitlement-select={(event) => {
          // @ts-expect-error: the detail has entitlementId, not id
          console.log(event.detail.id);
        }}
      />
    </main>
  );
}
