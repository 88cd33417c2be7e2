import { defineMessages } from '../define-messages.js';

/** Messages shared by every element: states, retry, generic words. */
export const common = defineMessages({
  en: {
    'state.loading': 'Loading…',
    'state.errorTitle': 'Something went wrong',
    'state.errorMessage': 'The data could not be loaded.',
    'state.retry': 'Try again',
    'state.emptyTitle': 'Nothing to show',
    'state.noAccessTitle': 'You do not have access',
    'state.noAccessMessage':
      'Customer Activity is available to customer administrators and workspace administrators. Ask one of them to grant you the “Customer Activity” role.',
    'error.accessDenied': 'You do not have access to this information.',
    'error.notFound': 'This item was not found.',
    'error.network': 'The server could not be reached.',
    'error.invalidData': 'The data received is not valid.',
  },
});
