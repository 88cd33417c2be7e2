// A Preact host: the elements with the JSX types of `customer-activity-elements/jsx`. Type-checked by
// `npm run typecheck:frameworks`; every `@ts-expect-error` marks a mistake the types must catch (tsc fails if one
// stops being an error).
import type {} from 'customer-activity-elements/jsx';
import { createDemoDataset, createMemoryAdapter } from 'customer-activity-elements';

const adapter = createMemoryAdapter(createDemoDataset(), { viewerId: 'u-admin' });

export function Host() {
  return (
    <main>
      <customer-activity
        adapter={adapter}
        heading-level={2}
        contract-id="ctr-2025"
        onca-entitlement-select={(event) => {
          const id: string = event.detail.entitlementId;
          console.log(id, event.target.view);
        }}
        onca-navigate={(event) => console.log(event.detail.view)}
      />
      <ca-meter value={30} max={100} threshold="warning" label="Hours" />
      <ca-expiry-badge days-left={23} />
      <package-consumption
        adapter={adapter}
        // @ts-expect-error: <package-consumption> has no `heading` (it is heading-level)
        heading="Add-ons"
      />
      <ca-meter
        // @ts-expect-error: `value` is a number, not a string
        value="thirty"
      />
      <ca-meter
        // @ts-expect-error: not a threshold of the data contract
        threshold="amber"
      />
      <customer-activity
        // @ts-expect-error: the adapter is an object with the adapter's methods, not a URL
        adapter="/api/demo"
        onca-entitlement-select={(event) => {
          // @ts-expect-error: the detail has entitlementId, not id
          console.log(event.detail.id);
        }}
      />
    </main>
  );
}
