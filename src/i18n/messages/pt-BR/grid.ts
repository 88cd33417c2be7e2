import { translations, plural, type Locale, type MessageParams } from '../../define-messages.js';
import { formatterFor } from '../../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}
import type { grid as area } from '../grid.js';

/** The Brazilian Portuguese messages of `grid` (src/i18n/messages/grid.ts): exactly its keys. */
export const grid = translations<typeof area>({
  'grid.search': 'Pesquisar',
  'grid.searchPlaceholder': 'Pesquisar linhas',
  'grid.clearSearch': 'Limpar pesquisa',
  'grid.rowCount': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, { zero: `${text} linhas`, one: `${text} linha`, other: `${text} linhas` });
  },
  'grid.hidden': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      one: `${text} oculta pelas suas permissões`,
      other: `${text} ocultas pelas suas permissões`,
    });
  },
  'grid.noMatchTitle': 'Nenhuma linha encontrada',
  'grid.noMatch': 'Nenhuma linha corresponde a “{search}”. Verifique a grafia ou limpe a pesquisa.',
  'grid.empty': 'Não há linhas para mostrar.',
  'grid.loadingRow': 'Carregando',
  'grid.export': 'Exportar CSV',
  'grid.exportCancel': 'Cancelar exportação',
  'grid.exportProgressLabel': 'Progresso da exportação',
  'grid.exporting': (p, l) => {
    const done = countOf(p, l, 'done').text;
    const total = countOf(p, l, 'total').text;
    return `Exportando ${done} de ${total} linhas…`;
  },
  'grid.exported': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      zero: `${text} linhas exportadas.`,
      one: `${text} linha exportada.`,
      other: `${text} linhas exportadas.`,
    });
  },
  'grid.exportCanceled': 'Exportação cancelada.',
  'grid.exportFailed': 'A exportação falhou. Tente novamente.',
  'grid.columns': 'Colunas',
  'grid.showColumns': 'Mostrar colunas',
  'grid.oneColumnStays': 'Pelo menos uma coluna continua visível.',
  'grid.resetColumns': 'Redefinir colunas',
  'grid.columnsWereReset': 'Colunas redefinidas: larguras originais e todas visíveis.',
  'grid.columnWidth': (p, l) =>
    `Coluna ${String(p.column ?? '')}, ${formatterFor(l).integer(Number(p.width ?? 0))} pixels`,
  'grid.resizeHint':
    'Alt+seta para a esquerda ou para a direita redimensiona a coluna; com Shift, em passos maiores.',
  'grid.selectedAll': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      one: `${text} linha e os cabeçalhos selecionados.`,
      other: `Todas as ${text} linhas e os cabeçalhos selecionados.`,
    });
  },
  'grid.copied': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      zero: `${text} linhas copiadas`,
      one: `${text} linha copiada`,
      other: `${text} linhas copiadas`,
    });
  },
  'grid.copiedPartly': (p, l) => {
    const { n, text } = countOf(p, l);
    const skipped = countOf(p, l, 'skipped').text;
    const copied = plural(n, l, {
      zero: `${text} linhas copiadas`,
      one: `${text} linha copiada`,
      other: `${text} linhas copiadas`,
    });
    return `${copied}; ${skipped} ainda não carregadas ficaram de fora. Exporte o CSV para ter todas as linhas.`;
  },
});
