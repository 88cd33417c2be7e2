import { translations } from '../../define-messages.js';
import type { common as area } from '../common.js';

/** The Brazilian Portuguese messages of `common` (src/i18n/messages/common.ts): exactly its keys. */
export const common = translations<typeof area>({
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
});
