/** The host portal's own words (the elements translate themselves). */
export type PortalLang = 'en' | 'pt-BR';

const TEXT = {
  en: {
    home: 'Home',
    cases: 'Support requests',
    manage: 'Manage',
    users: 'Users and roles',
    activity: 'Customer Activity',
    agreements: 'Agreements',
    viewer: 'Viewing as',
    language: 'Language',
    theme: 'Theme',
    source: 'Data',
    sourceMemory: 'In the browser',
    sourceHttp: 'HTTP server',
    sourceLarge: 'HTTP server, 1M rows',
    sourcePostgres: 'HTTP → PostgreSQL (embedded)',
    light: 'Light',
    dark: 'Dark',
  },
  'pt-BR': {
    home: 'Início',
    cases: 'Solicitações de suporte',
    manage: 'Gerenciar',
    users: 'Usuários e funções',
    activity: 'Atividade do Cliente',
    agreements: 'Contratos',
    viewer: 'Visualizando como',
    language: 'Idioma',
    theme: 'Tema',
    source: 'Dados',
    sourceMemory: 'No navegador',
    sourceHttp: 'Servidor HTTP',
    sourceLarge: 'Servidor HTTP, 1 milhão de linhas',
    sourcePostgres: 'HTTP → PostgreSQL (embutido)',
    light: 'Claro',
    dark: 'Escuro',
  },
} as const;

/** One of the portal's words in a language. */
export function portalText(lang: PortalLang, key: keyof (typeof TEXT)['en']): string {
  return TEXT[lang][key];
}
