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
  'pt-BR': {
    'state.loading': 'Carregando…',
    'state.errorTitle': 'Algo deu errado',
    'state.errorMessage': 'Não foi possível carregar os dados.',
    'state.retry': 'Tentar novamente',
    'state.emptyTitle': 'Nada para mostrar',
    'state.noAccessTitle': 'Você não tem acesso',
    'state.noAccessMessage':
      'A Atividade do Cliente está disponível para administradores do cliente e administradores de workspace. Peça a um deles que conceda a você a função “Atividade do Cliente”.',
    'error.accessDenied': 'Você não tem acesso a estas informações.',
    'error.notFound': 'Este item não foi encontrado.',
    'error.network': 'Não foi possível conectar ao servidor.',
    'error.invalidData': 'Os dados recebidos não são válidos.',
  },
});
