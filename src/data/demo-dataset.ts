/**
 * A deterministic, realistic demo dataset (docs/adapters.md `createDemoDataset`): a Brazilian logistics group with five
 * workspaces; support contracts that are expired (one of them never mapped to a workspace), active (São Paulo's
 * group and Lisbon's) and upcoming; enterprise and add-on packages; every entitlement kind and unit; thousands of
 * history rows; additional cases of every reason; users for every role. "Today" is 2026-11-20.
 *
 * Everything comes from a seeded PRNG and a fixed `asOf` (never `Math.random` or the clock), so a seed always gives
 * the same dataset. `size` is the number of consumption rows: beyond the fixed history (~1,600 rows) the rows go to
 * two "bulk" entitlements — reactive support of the current contract (as needed, so no balance can overflow) and an
 * add-on education entitlement whose `purchased` grows with it — so `size: 1_000_000` gives two very long history
 * grids while every balance stays plausible, and the dataset stays valid for `parseDataset` at any size.
 */
import type {
  ConsumptionRecord,
  Contract,
  Dataset,
  EntitlementKind,
  Entitlement,
  Package,
  SupportCase,
  Unit,
  User,
  Workspace,
} from '../domain/types.js';
import { createRandom } from './random.js';
import type { Random } from './random.js';

/** Options of `createDemoDataset`. */
export interface DemoDatasetOptions {
  /** PRNG seed; the same seed gives the same dataset. Default `DEMO_DEFAULT_SEED`. */
  seed?: number;
  /** Number of consumption rows (a non-negative integer). Default `DEMO_DEFAULT_SIZE`. */
  size?: number;
}

/** A user the demo page offers in its viewer switcher, labelled in both languages. */
export interface DemoViewer {
  id: string;
  label: { en: string; 'pt-BR': string };
}

/** The `asOf` of the demo dataset: "today" is 2026-11-20. */
export const DEMO_AS_OF = '2026-11-20T09:30:00Z';
/** The seed used when none is given. */
export const DEMO_DEFAULT_SEED = 20261120;
/** The number of consumption rows when no size is given. */
export const DEMO_DEFAULT_SIZE = 5000;

/** One viewer per role and scope, for the demo's viewer switcher. */
export const DEMO_VIEWERS: readonly DemoViewer[] = [
  {
    id: 'u-admin',
    label: {
      en: 'Mariana Albuquerque — customer admin',
      'pt-BR': 'Mariana Albuquerque — administradora do cliente',
    },
  },
  {
    id: 'u-ws-admin',
    label: {
      en: 'Rafael Nogueira — workspace admin (Rio, Belo Horizonte)',
      'pt-BR': 'Rafael Nogueira — administrador de espaço de trabalho (Rio, Belo Horizonte)',
    },
  },
  {
    id: 'u-activity',
    label: {
      en: 'Camila Ferreira — Customer Activity role',
      'pt-BR': 'Camila Ferreira — função Atividade do Cliente',
    },
  },
  {
    id: 'u-learning',
    label: {
      en: 'João Pedro Santos — learning manager',
      'pt-BR': 'João Pedro Santos — gerente de aprendizagem',
    },
  },
  {
    id: 'u-viewall',
    label: {
      en: 'Beatriz Carvalho — views all support requests',
      'pt-BR': 'Beatriz Carvalho — exibe todas as solicitações de suporte',
    },
  },
  {
    id: 'u-none',
    label: { en: 'Lucas Oliveira — no access', 'pt-BR': 'Lucas Oliveira — sem acesso' },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Calendar: day numbers and a shared pool of date strings (rows share them instead of allocating their own)

const DAY_MS = 86_400_000;
const POOL_START = Date.UTC(2021, 0, 1);
const POOL_DAYS = 9 * 366;
const TODAY = DEMO_AS_OF.slice(0, 10);
let datePool: readonly string[] | undefined;

function dates(): readonly string[] {
  if (!datePool) {
    const pool: string[] = [];
    for (let d = 0; d < POOL_DAYS; d++)
      pool.push(new Date(POOL_START + d * DAY_MS).toISOString().slice(0, 10));
    datePool = pool;
  }
  return datePool;
}

/** Day number of an ISO date within the pool. */
function dayOf(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms - POOL_START) / DAY_MS);
}

function isoOf(day: number): string {
  return dates()[day];
}

const TODAY_DAY = dayOf(TODAY);

// ---------------------------------------------------------------------------------------------------------
// The customer, its workspaces and users

const DOMAIN = 'aurora-logistica.com.br';

const WS = {
  sp: 'ws-sp-ops',
  rj: 'ws-rj-fin',
  bh: 'ws-bh-ti',
  poa: 'ws-poa-dados',
  lis: 'ws-lis-eu',
} as const;

function workspaces(): Workspace[] {
  return [
    { id: WS.sp, name: 'São Paulo – Operações' },
    { id: WS.rj, name: 'Rio de Janeiro – Finanças' },
    { id: WS.bh, name: 'Belo Horizonte – TI Corporativa' },
    { id: WS.poa, name: 'Porto Alegre – Dados e Analytics' },
    { id: WS.lis, name: 'Lisboa – Operações Europa' },
  ];
}

const ALL_WS = [WS.sp, WS.rj, WS.bh, WS.poa, WS.lis];

function users(): User[] {
  const u = (
    id: string,
    name: string,
    email: string,
    roles: User['roles'],
    workspaceIds: string[],
    adminOfWorkspaceIds: string[],
    groupIds: string[],
  ): User => ({ id, name, email: `${email}@${DOMAIN}`, roles, workspaceIds, adminOfWorkspaceIds, groupIds });
  return [
    // The six viewers of DEMO_VIEWERS.
    u(
      'u-admin',
      'Mariana Albuquerque',
      'mariana.albuquerque',
      ['customer-admin'],
      [...ALL_WS],
      [],
      ['grp-ti'],
    ),
    u(
      'u-ws-admin',
      'Rafael Nogueira',
      'rafael.nogueira',
      [],
      [WS.rj, WS.bh],
      [WS.rj, WS.bh],
      ['grp-financas'],
    ),
    u(
      'u-activity',
      'Camila Ferreira',
      'camila.ferreira',
      ['customer-activity'],
      [WS.sp, WS.poa],
      [],
      ['grp-operacoes'],
    ),
    u(
      'u-learning',
      'João Pedro Santos',
      'joao.santos',
      ['learning-manager', 'customer-activity'],
      [WS.sp, WS.bh],
      [],
      ['grp-rh'],
    ),
    u(
      'u-viewall',
      'Beatriz Carvalho',
      'beatriz.carvalho',
      ['view-all-support-requests', 'customer-activity'],
      [WS.sp, WS.rj, WS.lis],
      [],
      ['grp-qualidade'],
    ),
    u('u-none', 'Lucas Oliveira', 'lucas.oliveira', [], [WS.sp], [], ['grp-operacoes']),
    // Primary contacts of cases, with no access to the page themselves.
    u('u-ana', 'Ana Paula Ribeiro', 'ana.ribeiro', [], [WS.sp], [], ['grp-ti']),
    u('u-thiago', 'Thiago Costa', 'thiago.costa', [], [WS.rj], [], ['grp-financas']),
    u('u-fernanda', 'Fernanda Lima', 'fernanda.lima', [], [WS.bh], [], ['grp-ti']),
    u('u-diego', 'Diego Martins', 'diego.martins', [], [WS.poa], [], ['grp-dados']),
    u('u-ines', 'Inês Magalhães', 'ines.magalhaes', [], [WS.lis], [], ['grp-europa']),
    u('u-sarah', 'Sarah Mitchell', 'sarah.mitchell', [], [WS.lis], [], ['grp-europa']),
  ];
}

/** Per workspace: the groups its cases are granted to, and the usual primary contacts. */
const WS_GROUPS: Record<string, readonly string[]> = {
  [WS.sp]: ['grp-operacoes', 'grp-ti'],
  [WS.rj]: ['grp-financas'],
  [WS.bh]: ['grp-ti'],
  [WS.poa]: ['grp-dados'],
  [WS.lis]: ['grp-europa'],
};
const WS_CONTACTS: Record<string, readonly string[]> = {
  [WS.sp]: ['u-ana', 'u-admin'],
  [WS.rj]: ['u-thiago', 'u-ws-admin'],
  [WS.bh]: ['u-fernanda', 'u-learning'],
  [WS.poa]: ['u-diego'],
  [WS.lis]: ['u-ines', 'u-sarah'],
};

// ---------------------------------------------------------------------------------------------------------
// Contracts and packages

function contracts(): Contract[] {
  return [
    {
      id: 'ctr-2022',
      number: 'PRM-2021-0093',
      name: 'Premier Support (legado)',
      startDate: '2021-12-01',
      endDate: '2023-11-30',
      workspaceIds: [], // an old agreement that was never mapped to a workspace
    },
    {
      id: 'ctr-2023',
      number: 'USC-2023-0187',
      name: 'Suporte Unificado Enterprise 2023–2025',
      startDate: '2023-12-01',
      endDate: '2025-11-30',
      workspaceIds: [WS.sp, WS.rj, WS.bh],
    },
    {
      id: 'ctr-2025',
      number: 'USC-2025-0412',
      name: 'Suporte Unificado Enterprise 2025–2027',
      startDate: '2025-12-01',
      endDate: '2027-11-30',
      workspaceIds: [WS.sp, WS.rj, WS.bh, WS.poa],
    },
    {
      id: 'ctr-eu',
      number: 'USC-EU-2026-0031',
      name: 'Suporte Unificado – Europa (Lisboa)',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      workspaceIds: [WS.lis],
    },
    {
      id: 'ctr-2027',
      number: 'USC-2027-0005',
      name: 'Suporte Unificado – Expansão LATAM',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      workspaceIds: [WS.sp, WS.poa],
    },
  ];
}

/** Share of a contract's rows per workspace (cumulative weights are computed once). */
const CONTRACT_WORKSPACE_WEIGHTS: Record<string, readonly (readonly [string, number])[]> = {
  'ctr-2022': [[WS.sp, 1]],
  'ctr-2023': [
    [WS.sp, 0.5],
    [WS.rj, 0.25],
    [WS.bh, 0.25],
  ],
  'ctr-2025': [
    [WS.sp, 0.4],
    [WS.bh, 0.25],
    [WS.rj, 0.2],
    [WS.poa, 0.15],
  ],
  'ctr-eu': [[WS.lis, 1]],
  'ctr-2027': [
    [WS.sp, 0.6],
    [WS.poa, 0.4],
  ],
};

function packages(): Package[] {
  const p = (
    id: string,
    contractId: string,
    name: string,
    scope: Package['scope'],
    startDate: string,
    endDate: string,
    status: Package['status'],
  ): Package => ({ id, contractId, name, scope, startDate, endDate, status });
  return [
    p(
      'pkg-2022-premier',
      'ctr-2022',
      'Premier Support',
      'enterprise',
      '2021-12-01',
      '2023-11-30',
      'inactive',
    ),
    p(
      'pkg-2023-ent',
      'ctr-2023',
      'Suporte Unificado Enterprise',
      'enterprise',
      '2023-12-01',
      '2025-11-30',
      'inactive',
    ),
    p(
      'pkg-2023-bc',
      'ctr-2023',
      'Continuidade de Negócios',
      'add-on',
      '2024-03-01',
      '2025-11-30',
      'inactive',
    ),
    p(
      'pkg-2025-ent',
      'ctr-2025',
      'Suporte Unificado Enterprise',
      'enterprise',
      '2025-12-01',
      '2027-11-30',
      'active',
    ),
    // Expires in 72 days (2027-01-31): the renewal to plan.
    p('pkg-2025-sec', 'ctr-2025', 'Segurança e Identidade', 'add-on', '2025-12-01', '2027-01-31', 'active'),
    p(
      'pkg-2025-dsa',
      'ctr-2025',
      'Developer Support Assistance',
      'add-on',
      '2025-12-01',
      '2027-11-30',
      'active',
    ),
    // Ended on 2026-09-30: expired and inactive.
    p('pkg-2025-sap', 'ctr-2025', 'SAP on Azure', 'add-on', '2025-12-01', '2026-09-30', 'inactive'),
    p(
      'pkg-2025-edu',
      'ctr-2025',
      'Educação Avançada – Dados e IA',
      'add-on',
      '2026-01-15',
      '2027-07-14',
      'active',
    ),
    // Bought, starts next month: inactive but not expired.
    p(
      'pkg-2025-finops',
      'ctr-2025',
      'Otimização de Nuvem (FinOps)',
      'add-on',
      '2026-12-01',
      '2027-11-30',
      'inactive',
    ),
    p(
      'pkg-eu-ent',
      'ctr-eu',
      'Suporte Unificado Enterprise – Europa',
      'enterprise',
      '2026-03-01',
      '2027-02-28',
      'active',
    ),
    p(
      'pkg-eu-lang',
      'ctr-eu',
      'Suporte Bilíngue 24x7 (PT/EN)',
      'add-on',
      '2026-03-01',
      '2027-02-28',
      'active',
    ),
    p(
      'pkg-2027-ent',
      'ctr-2027',
      'Suporte Unificado Enterprise',
      'enterprise',
      '2027-01-01',
      '2027-12-31',
      'active',
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Entitlements and their consumption plan

/** How the rows of an entitlement look. */
type Flavor =
  | 'reactive'
  | 'advisory'
  | 'proactive'
  | 'workshop'
  | 'credits'
  | 'dse'
  | 'sta'
  | 'contacts'
  | 'education'
  | 'assessments'
  | 'migration';

interface EntitlementSpec {
  entitlement: Entitlement;
  flavor: Flavor;
  /** Rows at the default size (scaled down for small sizes); 0 for none. `bulk` entitlements take the rest. */
  rows: number;
  /** Total quantity the rows add up to; null: one unit per row (as-needed entitlements). */
  total: number | null;
  bulk?: 'reactive' | 'education';
}

const FLAVOR_OF: Record<EntitlementKind, Flavor> = {
  'reactive-support': 'reactive',
  'advisory-support': 'advisory',
  'proactive-services': 'proactive',
  workshop: 'workshop',
  'proactive-credits': 'credits',
  'designated-engineering': 'dse',
  'support-contacts': 'contacts',
  'education-on-demand': 'education',
  'assessments-on-demand': 'assessments',
  'support-technology-advisor': 'sta',
  other: 'migration',
};

const PORTAL = 'https://suporte.aurora-logistica.example/services-hub';

/** The usual name and description of each kind (Portuguese, as the customer's agreement is written). */
const KIND_TEXT: Record<EntitlementKind, readonly [string, string]> = {
  'reactive-support': [
    'Suporte Reativo',
    'Resolução de problemas 24x7 para incidentes em produção, conforme a necessidade.',
  ],
  'advisory-support': [
    'Suporte Consultivo',
    'Orientação consultiva de curto prazo sobre arquitetura, migração e boas práticas.',
  ],
  'proactive-services': [
    'Serviços Proativos',
    'Serviços proativos entregues por engenheiros: avaliações, otimizações e planos de ação.',
  ],
  workshop: ['Workshops', 'Workshops e WorkshopPLUS presenciais ou remotos para as equipes técnicas.'],
  'proactive-credits': ['Créditos Proativos', 'Créditos trocáveis por serviços do catálogo proativo.'],
  'designated-engineering': [
    'Engenharia de Suporte Designada (DSE)',
    'Engenheiro designado que conhece o ambiente e acompanha projetos e incidentes críticos.',
  ],
  'support-contacts': [
    'Contatos de Suporte',
    'Contatos nomeados autorizados a abrir solicitações de suporte.',
  ],
  'education-on-demand': [
    'Educação sob Demanda',
    'Cursos e laboratórios sob demanda para as equipes, com trilhas de certificação.',
  ],
  'assessments-on-demand': [
    'Avaliações sob Demanda',
    'Diagnóstico automatizado de saúde e risco do ambiente, com recomendações.',
  ],
  'support-technology-advisor': [
    'Assessor de Tecnologia de Apoio (STA)',
    'Assessor técnico nomeado para o planejamento de roadmap e a adoção de tecnologia.',
  ],
  other: ['Outros Serviços', 'Item de linha do contrato.'],
};

interface SpecOptions {
  /** Rows at the default size (none when absent). */
  rows?: number;
  /** Total quantity of those rows; absent: one unit per row. */
  total?: number;
  bulk?: EntitlementSpec['bulk'];
  benefit?: true;
  name?: string;
  description?: string;
  url?: string;
}

/** Every entitlement of the dataset, with the plan of its consumption rows. */
function entitlementSpecs(): EntitlementSpec[] {
  const specs: EntitlementSpec[] = [];
  const add = (
    id: string,
    packageId: string,
    kind: EntitlementKind,
    unit: Unit,
    purchased: number | null,
    o: SpecOptions = {},
  ) => {
    const [name, description] = KIND_TEXT[kind];
    const entitlement: Entitlement = {
      id,
      packageId,
      kind,
      name: o.name ?? name,
      description: o.description ?? description,
      category: o.benefit ? 'benefit' : 'consumable',
      unit,
      purchased,
    };
    if (o.url !== undefined) entitlement.actionUrl = o.url;
    specs.push({
      entitlement,
      flavor: FLAVOR_OF[kind],
      rows: o.rows ?? 0,
      total: o.total ?? null,
      bulk: o.bulk,
    });
  };

  // ctr-2022 — the legacy Premier agreement: no history in this dataset.
  add('ent-2022-reactive', 'pkg-2022-premier', 'reactive-support', 'cases', null);
  add('ent-2022-advisory', 'pkg-2022-premier', 'advisory-support', 'hours', 150);

  // ctr-2023 — the expired previous agreement.
  add('ent-2023-reactive', 'pkg-2023-ent', 'reactive-support', 'cases', null, { rows: 600 });
  add('ent-2023-advisory', 'pkg-2023-ent', 'advisory-support', 'hours', 300, { rows: 80, total: 296 });
  add('ent-2023-proactive', 'pkg-2023-ent', 'proactive-services', 'hours', 200, { rows: 45, total: 200 });
  add('ent-2023-workshop', 'pkg-2023-ent', 'workshop', 'activities', 8, { rows: 8, total: 8 });
  add('ent-2023-contacts', 'pkg-2023-ent', 'support-contacts', 'contacts', 20, { rows: 18, total: 18 });
  add('ent-2023-education', 'pkg-2023-ent', 'education-on-demand', 'activities', 120, {
    rows: 111,
    total: 111,
  });
  add('ent-2023-assessments', 'pkg-2023-ent', 'assessments-on-demand', 'assessments', 6, {
    rows: 6,
    total: 6,
  });
  add('ent-2023-bc-credits', 'pkg-2023-bc', 'proactive-credits', 'credits', 500, {
    rows: 10,
    total: 480,
    name: 'Créditos Proativos – Continuidade de Negócios',
  });

  // ctr-2025 — the current agreement, enterprise-wide package.
  add('ent-2025-reactive', 'pkg-2025-ent', 'reactive-support', 'cases', null, {
    bulk: 'reactive',
    url: `${PORTAL}/solicitacoes/nova?tipo=reativo`,
  });
  add('ent-2025-advisory', 'pkg-2025-ent', 'advisory-support', 'hours', 400, {
    rows: 90,
    total: 331.5, // 83 %: warning
    url: `${PORTAL}/solicitacoes/nova?tipo=consultivo`,
  });
  add('ent-2025-proactive', 'pkg-2025-ent', 'proactive-services', 'hours', 240, { rows: 30, total: 229 }); // 95 %
  add('ent-2025-workshop', 'pkg-2025-ent', 'workshop', 'activities', 10, {
    rows: 12,
    total: 12, // 120 %: over
    url: 'mailto:csam.aurora@suporte.example?subject=Agendar%20workshop',
  });
  add('ent-2025-credits', 'pkg-2025-ent', 'proactive-credits', 'credits', 1500, { rows: 12, total: 640 });
  add('ent-2025-dse', 'pkg-2025-ent', 'designated-engineering', 'hours', 600, { rows: 100, total: 388 });
  add('ent-2025-sta', 'pkg-2025-ent', 'support-technology-advisor', 'hours', 120, { rows: 27, total: 54 });
  add('ent-2025-contacts', 'pkg-2025-ent', 'support-contacts', 'contacts', 25, {
    rows: 21,
    total: 21, // 84 %: warning
    url: `${PORTAL}/contatos`,
  });
  add('ent-2025-education', 'pkg-2025-ent', 'education-on-demand', 'activities', 150, {
    rows: 97,
    total: 97,
    url: `${PORTAL}/educacao`,
  });
  add('ent-2025-assessments', 'pkg-2025-ent', 'assessments-on-demand', 'assessments', 8, {
    rows: 6,
    total: 6,
    url: `${PORTAL}/avaliacoes`,
  });
  add('ent-2025-csam', 'pkg-2025-ent', 'other', 'services', 1, {
    benefit: true,
    name: 'Gerente de Sucesso do Cliente (CSAM)',
    description: 'Gerente de conta dedicado que coordena a entrega do contrato e as revisões trimestrais.',
    url: 'mailto:csam.aurora@suporte.example',
  });
  add('ent-2025-library', 'pkg-2025-ent', 'other', 'services', null, {
    benefit: true,
    name: 'Biblioteca de Conteúdos do Services Hub',
    description: 'Acesso ilimitado a vídeos, guias e webcasts técnicos.',
  });

  // ctr-2025 — add-on (enhanced solution) packages.
  add('ent-sec-assessments', 'pkg-2025-sec', 'assessments-on-demand', 'assessments', 6, {
    rows: 5,
    total: 5, // 83 %: warning
    name: 'Avaliação de Segurança do Azure',
    description: 'Avaliações de segurança do Azure e do Microsoft Entra ID, com plano de remediação.',
  });
  add('ent-sec-proactive', 'pkg-2025-sec', 'proactive-services', 'hours', 160, {
    rows: 35,
    total: 98,
    name: 'Serviços Proativos de Segurança',
    description:
      'Endurecimento de identidade, revisão de acesso privilegiado e simulações de resposta a incidentes.',
    // Deliberately unsafe: the one `javascript:` URL of the dataset, so the demo shows the elements' safe-link
    // rule (docs/security.md) rendering it as text rather than as a link.
    url: "javascript:alert('Este link não deveria ser clicável')",
  });
  add('ent-sec-response', 'pkg-2025-sec', 'reactive-support', 'cases', null, {
    benefit: true,
    name: 'Resposta Prioritária a Incidentes de Segurança',
    description: 'Atendimento prioritário 24x7 por especialistas em resposta a incidentes.',
  });
  add('ent-dsa-advisory', 'pkg-2025-dsa', 'advisory-support', 'hours', 200, {
    rows: 60,
    total: 214, // 107 %: over
    name: 'Assistência ao Desenvolvedor',
    description: 'Orientação para desenvolvedores: revisão de código, Azure DevOps, GitHub e APIs.',
    url: `${PORTAL}/solicitacoes/nova?tipo=dsa`,
  });
  add('ent-dsa-workshop', 'pkg-2025-dsa', 'workshop', 'activities', 4, {
    rows: 2,
    total: 2,
    name: 'Workshops para Desenvolvedores',
  });
  add('ent-sap-dse', 'pkg-2025-sap', 'designated-engineering', 'hours', 160, {
    rows: 40,
    total: 160, // 100 %: critical
    name: 'Engenharia Designada SAP',
    description: 'Engenheiro designado para a migração e a operação do SAP no Azure.',
  });
  add('ent-sap-migration', 'pkg-2025-sap', 'other', 'services', 3, {
    rows: 3,
    total: 3,
    name: 'Serviços de Migração SAP',
    description: 'Ondas de migração do SAP ECC para o Azure, com ensaio e virada assistidos.',
  });
  // `purchased` is set from the bulk row count (see createDemoDataset).
  add('ent-edu-education', 'pkg-2025-edu', 'education-on-demand', 'activities', null, {
    bulk: 'education',
    name: 'Educação sob Demanda – Dados e IA',
    description: 'Trilhas de Dados, IA e Microsoft Fabric sob demanda.',
    url: `${PORTAL}/educacao?trilha=dados-ia`,
  });
  add('ent-edu-labs', 'pkg-2025-edu', 'other', 'services', null, {
    benefit: true,
    name: 'Laboratórios Práticos',
    description: 'Ambientes de laboratório ilimitados para os cursos da trilha.',
  });
  add('ent-finops-credits', 'pkg-2025-finops', 'proactive-credits', 'credits', 300, {
    name: 'Créditos de Otimização de Custos',
  });

  // ctr-eu — the Lisbon agreement.
  add('ent-eu-reactive', 'pkg-eu-ent', 'reactive-support', 'cases', null, { rows: 120 });
  add('ent-eu-advisory', 'pkg-eu-ent', 'advisory-support', 'hours', 80, { rows: 20, total: 41 });
  add('ent-eu-credits', 'pkg-eu-ent', 'proactive-credits', 'credits', 400, { rows: 5, total: 150 });
  add('ent-eu-contacts', 'pkg-eu-ent', 'support-contacts', 'contacts', 10, { rows: 7, total: 7 });
  add('ent-eu-education', 'pkg-eu-ent', 'education-on-demand', 'activities', 50, { rows: 48, total: 48 }); // 96 %
  add('ent-eu-assessments', 'pkg-eu-ent', 'assessments-on-demand', 'assessments', 3, { rows: 1, total: 1 });
  add('ent-eu-bilingual', 'pkg-eu-lang', 'other', 'services', 1, {
    benefit: true,
    name: 'Atendimento Bilíngue (PT/EN)',
    description: 'Atendimento em português e inglês em todos os turnos.',
  });

  // ctr-2027 — upcoming: nothing consumed yet.
  add('ent-2027-reactive', 'pkg-2027-ent', 'reactive-support', 'cases', null);
  add('ent-2027-advisory', 'pkg-2027-ent', 'advisory-support', 'hours', 200);
  add('ent-2027-credits', 'pkg-2027-ent', 'proactive-credits', 'credits', 800);
  add('ent-2027-education', 'pkg-2027-ent', 'education-on-demand', 'activities', 100);
  return specs;
}

/** Quantity step per unit: quantities are whole multiples of it. */
const STEP: Record<Unit, number> = {
  hours: 0.5,
  credits: 10,
  cases: 1,
  contacts: 1,
  activities: 1,
  assessments: 1,
  services: 1,
};

// ---------------------------------------------------------------------------------------------------------
// Text pools (rows share these strings)

// prettier-ignore
const FIRST_NAMES = [
  'Ana', 'Beatriz', 'Bruno', 'Caio', 'Camila', 'Carlos', 'Conceição', 'Daniela', 'Eduardo', 'Fernanda',
  'Flávia', 'Gabriel', 'Gustavo', 'Heitor', 'Helena', 'Igor', 'Isabela', 'João', 'Júlia', 'Larissa',
  'Leonardo', 'Letícia', 'Luana', 'Luís', 'Marcelo', 'Mariana', 'Mateus', 'Natália', 'Otávio', 'Patrícia',
  'Paulo', 'Rafaela', 'Raquel', 'Renato', 'Sérgio', 'Tatiana', 'Vinícius', 'Vitória', 'Yasmin', 'Antônio',
];
// prettier-ignore
const LAST_NAMES = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
  'Ribeiro', 'Carvalho', 'Almeida', 'Lopes', 'Araújo', 'Fernandes', 'Costa', 'Martins', 'Rocha', 'Barbosa',
  'Mendes', 'Nogueira', 'Castro', 'Cardoso', 'Teixeira', 'Correia', 'Moura', 'Brandão', 'Gonçalves', 'Magalhães',
];

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** People of the customer (learners, requesters, named contacts): names and e-mails built once. */
function peoplePool(random: Random): { names: string[]; emails: string[] } {
  const names: string[] = [];
  const emails: string[] = [];
  const seen = new Set<string>();
  while (names.length < 240) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
    emails.push(`${plain(first)}.${plain(last)}@${DOMAIN}`);
  }
  return { names, emails };
}

const DSE_ENGINEERS = ['Ricardo Menezes', 'Paula Yamamoto', 'Henrique Tavares'];
const STA_ADVISORS = ['Cláudia Bastos'];

const CASE_TITLES = [
  'Falha de autenticação no Entra ID após mudança de política de acesso condicional',
  'Lentidão no SQL Server de produção após atualização cumulativa',
  'Erro 500 intermitente no App Service do portal de rastreamento',
  'Chamadas do Teams caindo na filial do Rio de Janeiro',
  'Falha no backup do Azure para as VMs do SAP',
  'Dispositivos não sincronizam com o Intune',
  'Pods do AKS reiniciando em loop após upgrade',
  'Erro de replicação do Active Directory entre sites',
  'Bloqueio de contas em massa após campanha de phishing',
  'Power BI: atualização agendada do conjunto de dados falhando',
  'Exchange Online: atraso na entrega de mensagens externas',
  'Alto consumo de CPU no cluster de failover do SQL',
  'VPN site a site instável com o centro de distribuição de Curitiba',
  'Azure Data Factory: pipeline de notas fiscais com timeout',
  'Erro de licenciamento no Microsoft 365 E5 para novos usuários',
  'Sessões do Azure Virtual Desktop desconectando',
  'Logic Apps: conector SAP retornando erro de autenticação',
  'Defender for Endpoint: falsos positivos no ERP de armazéns',
  'Falha na sincronização do Entra Connect',
  'Storage Account: latência elevada em horário de pico',
];
const ADVISORY_TITLES = [
  'Consultoria: arquitetura de alta disponibilidade para o WMS',
  'Orientação para migração do Exchange híbrido',
  'Revisão de custos do Azure (FinOps)',
  'Estratégia de backup e recuperação de desastres',
  'Boas práticas de governança do Microsoft 365',
  'Desenho de landing zone para a expansão LATAM',
  'Revisão do modelo de identidade para parceiros B2B',
  'Planejamento de capacidade para a Black Friday',
  'Orientação sobre Fabric e lakehouse para o time de dados',
  'Revisão da política de retenção e LGPD',
];
const PROACTIVE_TITLES = [
  'Avaliação de Segurança do Active Directory',
  'Avaliação de Risco e Saúde do SQL Server (RAP)',
  'Revisão de Arquitetura do Azure (Well-Architected)',
  'Otimização de Custos do Azure',
  'Plano de Recuperação de Desastres – simulação',
  'Avaliação de Saúde do Exchange Online',
  'Revisão de Desempenho do Power BI Premium',
  'Endurecimento de servidores Windows',
];
const WORKSHOP_TITLES = [
  'Workshop: Segurança do Azure – Fundamentos',
  'WorkshopPLUS: Azure Kubernetes Service',
  'Workshop: Governança do Microsoft 365',
  'WorkshopPLUS: SQL Server – Desempenho e Ajuste',
  'Workshop: Power BI para Analistas',
  'Workshop: Resposta a Incidentes de Segurança',
  'WorkshopPLUS: Azure DevOps e GitHub Actions',
];
const CREDIT_TITLES = [
  'Créditos resgatados: WorkshopPLUS Azure Monitor',
  'Créditos resgatados: Avaliação de Segurança do Azure',
  'Créditos resgatados: Laboratório de Microsoft Sentinel',
  'Créditos resgatados: Otimização de Custos do Azure',
  'Créditos resgatados: Workshop de Copilot para Microsoft 365',
];
const DSE_TITLES = [
  'DSE – Acompanhamento semanal da migração SAP',
  'DSE – Revisão pós-incidente crítico',
  'DSE – Ajuste de desempenho do SQL Server',
  'DSE – Planejamento de atualização do Windows Server',
  'DSE – Revisão de monitoramento e alertas',
];
const STA_TITLES = [
  'STA – Revisão mensal do roadmap de tecnologia',
  'STA – Planejamento de adoção do Copilot',
  'STA – Revisão trimestral de serviços (QBR)',
];
const COURSES = [
  ['Fundamentos do Azure', 'AZ-900'],
  ['Administrador do Azure', 'AZ-104'],
  ['Fundamentos de Segurança, Conformidade e Identidade', 'SC-900'],
  ['Fundamentos de IA do Azure', 'AI-900'],
  ['Analista de Dados do Power BI', 'PL-300'],
  ['Engenharia de Dados com Microsoft Fabric', 'DP-700'],
  ['Arquiteto de Soluções do Azure', 'AZ-305'],
  ['Educação sob Demanda: Kubernetes na prática', 'EOD-K8S'],
  ['Educação sob Demanda: Governança de Dados', 'EOD-GOV'],
  ['Introdução ao GitHub Copilot', 'GH-300'],
  ['Administração do Microsoft 365', 'MS-102'],
  ['Operações de Segurança com Sentinel', 'SC-200'],
] as const;
const ASSESSMENT_TITLES = [
  'Avaliação sob Demanda: Active Directory',
  'Avaliação sob Demanda: Segurança do Microsoft 365',
  'Avaliação sob Demanda: SQL Server',
  'Avaliação sob Demanda: Exchange Online',
  'Avaliação sob Demanda: Windows Server',
  'Avaliação de Segurança do Azure',
];
const MIGRATION_TITLES = [
  'Migração SAP ECC – onda 1 (financeiro)',
  'Migração SAP ECC – onda 2 (logística)',
  'Migração SAP ECC – onda 3 (virada final)',
];

// ---------------------------------------------------------------------------------------------------------
// Cases

interface CaseDraft {
  workspaceId: string;
  contractId?: string;
  packageId?: string;
  entitlementId?: string;
  classification?: SupportCase['classification'];
  type?: SupportCase['type'];
  /** Opened within [from, to] (ISO dates, to ≤ today). */
  from: string;
  to: string;
}

/**
 * A case draft from a compact reference `contract/package/entitlement` (an empty segment is absent: `ctr-2025//`
 * has a contract only, `''` has nothing), opened in 2026.
 */
function draft(workspaceId: string, refs: string, extra: Partial<CaseDraft> = {}): CaseDraft {
  const [contractId, packageId, entitlementId] = refs.split('/');
  const d: CaseDraft = { workspaceId, from: '2026-01-05', to: '2026-11-18', ...extra };
  if (contractId) d.contractId = contractId;
  if (packageId) d.packageId = packageId;
  if (entitlementId) d.entitlementId = entitlementId;
  return d;
}

/**
 * Additional cases: every reason alone and in combination. "Alone" holds when the case's own workspace is the
 * selection (the page opens on the current workspace); the comments give the reasons for that selection.
 */
function additionalCaseDrafts(): CaseDraft[] {
  const advisory = { type: 'advisory' } as const;
  return [
    // expired-contract
    draft(WS.sp, 'ctr-2023/pkg-2023-ent/ent-2023-reactive'),
    draft(WS.rj, 'ctr-2023/pkg-2023-ent/ent-2023-advisory', advisory),
    // unmapped-contract
    draft(WS.sp, 'ctr-eu/pkg-eu-ent/ent-eu-advisory', advisory),
    draft(WS.lis, 'ctr-2025/pkg-2025-ent/ent-2025-reactive'),
    // missing-contract: none, then unknown
    draft(WS.sp, '', advisory),
    draft(WS.bh, 'ctr-legado-0042/pkg-legado-7/'),
    // missing-package: none, then a package of another contract
    draft(WS.rj, 'ctr-2025//'),
    draft(WS.bh, 'ctr-2025/pkg-2023-ent/ent-2023-reactive'),
    // missing-service: none, an entitlement of another package, an unknown one
    draft(WS.poa, 'ctr-2025/pkg-2025-ent/'),
    draft(WS.sp, 'ctr-2025/pkg-2025-ent/ent-sec-assessments', advisory),
    draft(WS.rj, 'ctr-2025/pkg-2025-dsa/ent-desconhecido'),
    // classified, each classification alone
    draft(WS.sp, 'ctr-2025/pkg-2025-ent/ent-2025-reactive', { classification: 'SU' }),
    draft(WS.bh, 'ctr-2025/pkg-2025-dsa/ent-dsa-advisory', { classification: 'DSA', ...advisory }),
    draft(WS.poa, 'ctr-2025/pkg-2025-ent/ent-2025-sta', { classification: 'X85', ...advisory }),
    draft(WS.rj, 'ctr-2025/pkg-2025-ent/ent-2025-reactive', { classification: 'REC' }),
    // expired + unmapped, in any selection: the legacy contract is mapped to no workspace
    draft(WS.sp, 'ctr-2022/pkg-2022-premier/ent-2022-reactive'),
    // expired + unmapped for Porto Alegre (ctr-2023 was never mapped there)
    draft(WS.poa, 'ctr-2023/pkg-2023-ent/ent-2023-advisory', advisory),
    // expired + missing-package; expired + missing-service; expired + classified
    draft(WS.rj, 'ctr-2023//'),
    draft(WS.sp, 'ctr-2023/pkg-2023-ent/'),
    draft(WS.bh, 'ctr-2023/pkg-2023-ent/ent-2023-reactive', { classification: 'REC' }),
    // unmapped + missing-package; unmapped + classified
    draft(WS.sp, 'ctr-eu/pkg-2025-ent/'),
    draft(WS.sp, 'ctr-eu/pkg-eu-ent/ent-eu-reactive', { classification: 'SU' }),
    // missing-contract + classified
    draft(WS.bh, '', { classification: 'X85', ...advisory }),
    draft(WS.lis, '', { classification: 'REC' }),
    // missing-package + classified; missing-service + classified
    draft(WS.poa, 'ctr-2025//', { classification: 'DSA', ...advisory }),
    draft(WS.rj, 'ctr-2025/pkg-2025-ent/', { classification: 'SU' }),
    // expired + unmapped + missing-service + classified: four reasons at once
    draft(WS.sp, 'ctr-2022/pkg-2022-premier/ent-2025-advisory', { classification: 'DSA', ...advisory }),
  ];
}

/** Ordinary cases (no reason) of the current contracts, plus history of the expired one. */
function normalCaseDrafts(): CaseDraft[] {
  const drafts: CaseDraft[] = [];
  const cur = { contractId: 'ctr-2025', packageId: 'pkg-2025-ent', from: '2025-12-01', to: '2026-11-19' };
  for (const workspaceId of [WS.sp, WS.rj, WS.bh, WS.poa]) {
    for (let i = 0; i < 10; i++) {
      const advisory = i % 3 === 2;
      drafts.push({
        workspaceId,
        ...cur,
        entitlementId: advisory ? 'ent-2025-advisory' : 'ent-2025-reactive',
        type: advisory ? 'advisory' : 'problem-resolution',
      });
    }
  }
  for (let i = 0; i < 8; i++) {
    const advisory = i % 4 === 3;
    drafts.push({
      workspaceId: WS.lis,
      contractId: 'ctr-eu',
      packageId: 'pkg-eu-ent',
      entitlementId: advisory ? 'ent-eu-advisory' : 'ent-eu-reactive',
      type: advisory ? 'advisory' : 'problem-resolution',
      from: '2026-03-01',
      to: '2026-11-19',
    });
  }
  // Cases of the expired contract, opened while it ran: "expired-contract" additional cases today.
  for (const workspaceId of [WS.sp, WS.rj, WS.bh]) {
    for (let i = 0; i < 3; i++) {
      drafts.push({
        workspaceId,
        contractId: 'ctr-2023',
        packageId: 'pkg-2023-ent',
        entitlementId: 'ent-2023-reactive',
        type: 'problem-resolution',
        from: '2024-01-10',
        to: '2025-11-20',
      });
    }
  }
  return drafts;
}

function buildCases(random: Random): SupportCase[] {
  const drafts = [...normalCaseDrafts(), ...additionalCaseDrafts()];
  const cases: SupportCase[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    const opened = random.int(dayOf(d.from), dayOf(d.to));
    const openedAt = isoOf(opened);
    const type = d.type ?? 'problem-resolution';
    const recent = TODAY_DAY - opened < 21;
    const status = recent && random.chance(0.6) ? 'open' : 'closed';
    const groups = WS_GROUPS[d.workspaceId];
    const c: SupportCase = {
      id: `cs-${String(n + 1).padStart(4, '0')}`,
      number: `${openedAt.slice(2, 4)}${openedAt.slice(5, 7)}${openedAt.slice(8, 10)}0040${String(n + 1).padStart(6, '0')}`,
      title: random.pick(type === 'advisory' ? ADVISORY_TITLES : CASE_TITLES),
      type,
      severity: random.chance(0.1) ? 'A' : random.chance(0.4) ? 'B' : 'C',
      status,
      openedAt,
      workspaceId: d.workspaceId,
      sharedWithUserIds: [],
      groupIds: [random.pick(groups)],
    };
    if (status === 'closed') c.closedAt = isoOf(Math.min(opened + random.int(0, 20), TODAY_DAY));
    if (d.contractId !== undefined) c.contractId = d.contractId;
    if (d.packageId !== undefined) c.packageId = d.packageId;
    if (d.entitlementId !== undefined) c.entitlementId = d.entitlementId;
    if (d.classification !== undefined) c.classification = d.classification;
    c.primaryContactId = random.pick(WS_CONTACTS[d.workspaceId]);
    const sharedWith = random.pick(['u-learning', 'u-viewall', 'u-ana']);
    if (random.chance(0.12) && sharedWith !== c.primaryContactId) c.sharedWithUserIds.push(sharedWith);
    cases.push(c);
  }
  grantVisibility(cases);
  return cases;
}

/**
 * Fixes, whatever the seed, one case per visibility path of the Customer Activity viewer (`u-activity`, group
 * `grp-operacoes`, workspaces São Paulo and Porto Alegre) and cases that viewer may not see, in both the ordinary and
 * the additional cases.
 */
function grantVisibility(cases: SupportCase[]): void {
  const inWs = (ws: string): SupportCase[] => cases.filter((c) => c.workspaceId === ws);
  const sp = inWs(WS.sp);
  const poa = inWs(WS.poa);
  const hide = (c: SupportCase, group: string, contact: string): void => {
    c.groupIds = [group];
    c.sharedWithUserIds = c.sharedWithUserIds.filter((u) => u !== 'u-activity' && u !== contact);
    c.primaryContactId = contact;
  };
  // Group path: São Paulo cases granted to grp-operacoes.
  for (const c of sp.filter((_, i) => i % 3 === 0)) c.groupIds = ['grp-operacoes'];
  // Hidden from u-activity: other São Paulo cases granted to grp-ti only.
  for (const c of sp.filter((_, i) => i % 3 === 1)) hide(c, 'grp-ti', 'u-ana');
  // Shared path and primary-contact path in Porto Alegre (grp-dados, a group u-activity is not in).
  for (let i = 0; i < poa.length; i++) {
    const c = poa[i];
    hide(c, 'grp-dados', 'u-diego');
    if (i % 3 === 0) c.sharedWithUserIds.push('u-activity');
    if (i % 3 === 1) c.primaryContactId = 'u-activity';
  }
  // Learning manager: a couple of shared cases in Belo Horizonte.
  for (const c of inWs(WS.bh).slice(0, 2)) {
    if (!c.sharedWithUserIds.includes('u-learning') && c.primaryContactId !== 'u-learning') {
      c.sharedWithUserIds.push('u-learning');
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Consumption

interface RowContext {
  random: Random;
  people: { names: string[]; emails: string[] };
  /** Users by id: the requester of a row tied to a case is the case's primary contact. */
  users: ReadonlyMap<string, User>;
  rows: ConsumptionRecord[];
  /** Reference numbers of reactive and advisory rows not tied to a case of the dataset. */
  nextReference: number;
}

/** Cumulative workspace weights of a contract. */
function workspacePicker(contractId: string): { ids: string[]; cumulative: number[] } {
  const weights = CONTRACT_WORKSPACE_WEIGHTS[contractId];
  const ids: string[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (const [id, w] of weights) {
    sum += w;
    ids.push(id);
    cumulative.push(sum);
  }
  return { ids, cumulative: cumulative.map((c) => c / sum) };
}

function pickWorkspace(random: Random, picker: { ids: string[]; cumulative: number[] }): string {
  const r = random.next();
  const { ids, cumulative } = picker;
  for (let i = 0; i < ids.length - 1; i++) if (r < cumulative[i]) return ids[i];
  return ids[ids.length - 1];
}

/**
 * Appends `n` rows of one entitlement. Quantities add up to `total` exactly (in whole steps of the unit; one per row
 * when total is null). The first rows belong to the given cases (same workspace, opened that day).
 */
function emitRows(
  ctx: RowContext,
  spec: EntitlementSpec,
  contractId: string,
  range: readonly [number, number],
  n: number,
  total: number | null,
  linked: readonly SupportCase[],
): void {
  const { random, people, rows } = ctx;
  const { entitlement, flavor } = spec;
  const step = STEP[entitlement.unit];
  const picker = workspacePicker(contractId);
  const pool = dates();
  const [from, to] = range;
  let remaining = total === null ? n : Math.round(total / step);
  if (total !== null && remaining < n) n = remaining; // never a zero-quantity row
  for (let k = 0; k < n; k++) {
    let steps = 1;
    if (total !== null) {
      const left = n - k;
      if (left === 1) steps = remaining;
      else {
        const mean = remaining / left;
        steps = Math.min(Math.max(1, Math.round(mean * (0.4 + 1.2 * random.next()))), remaining - (left - 1));
      }
      remaining -= steps;
    }
    const quantity = steps * step;
    const linkedCase = k < linked.length ? linked[k] : undefined;
    const day = linkedCase ? dayOf(linkedCase.openedAt) : random.int(from, to);
    const date = pool[day];
    const workspaceId = linkedCase ? linkedCase.workspaceId : pickWorkspace(random, picker);
    const person = random.int(0, people.names.length - 1);
    const row: ConsumptionRecord = {
      id: `cr-${String(rows.length + 1).padStart(7, '0')}`,
      entitlementId: entitlement.id,
      workspaceId,
      date,
      quantity,
      title: '',
    };
    switch (flavor) {
      case 'reactive':
      case 'advisory': {
        if (linkedCase) {
          row.title = linkedCase.title;
          row.reference = linkedCase.number;
          row.status = linkedCase.status === 'open' ? 'Em andamento' : 'Fechado';
          row.caseId = linkedCase.id;
          const contact = ctx.users.get(linkedCase.primaryContactId ?? '');
          if (contact) {
            row.person = contact.name;
            row.email = contact.email;
            break;
          }
        } else {
          row.title = random.pick(flavor === 'reactive' ? CASE_TITLES : ADVISORY_TITLES);
          row.reference = `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}0040${ctx.nextReference++}`;
          row.status = TODAY_DAY - day < 10 && random.chance(0.5) ? 'Em andamento' : 'Fechado';
        }
        row.person = people.names[person];
        row.email = people.emails[person];
        break;
      }
      case 'proactive':
        row.title = random.pick(PROACTIVE_TITLES);
        row.reference = `PS-${date.slice(0, 4)}-${String(rows.length % 10000).padStart(4, '0')}`;
        row.status = 'Entregue';
        row.hoursDone = quantity + random.int(0, 4);
        break;
      case 'workshop':
        row.title = random.pick(WORKSHOP_TITLES);
        row.reference = `WS-${date.slice(0, 4)}-${String(rows.length % 10000).padStart(4, '0')}`;
        row.status = day > TODAY_DAY - 7 ? 'Agendado' : 'Entregue';
        row.hoursDone = 8 * random.int(1, 3) * quantity;
        break;
      case 'credits':
        row.title = random.pick(CREDIT_TITLES);
        row.reference = `PC-${date.slice(0, 4)}-${String(rows.length % 10000).padStart(4, '0')}`;
        row.status = 'Resgatado';
        row.hoursDone = Math.round(quantity / 5);
        break;
      case 'dse':
        row.title = random.pick(DSE_TITLES);
        row.status = 'Concluído';
        row.person = random.pick(DSE_ENGINEERS);
        row.hoursDone = quantity;
        break;
      case 'sta':
        row.title = random.pick(STA_TITLES);
        row.status = 'Concluído';
        row.person = STA_ADVISORS[0];
        row.hoursDone = quantity;
        break;
      case 'contacts': {
        // Named contacts: distinct people, in order.
        const p = (rows.length * 7) % people.names.length;
        row.title =
          quantity === 1 ? 'Contato de suporte designado' : `${quantity} contatos de suporte designados`;
        row.person = people.names[p];
        row.email = people.emails[p];
        row.status = 'Ativo';
        break;
      }
      case 'education': {
        const course = COURSES[random.int(0, COURSES.length - 1)];
        row.title = course[0];
        row.reference = course[1];
        row.person = people.names[person];
        row.email = people.emails[person];
        row.status = day > TODAY_DAY - 30 && random.chance(0.5) ? 'Em andamento' : 'Concluído';
        break;
      }
      case 'assessments':
        row.title = random.pick(ASSESSMENT_TITLES);
        row.reference = `ODA-${String(rows.length % 100000).padStart(5, '0')}`;
        row.status = day > TODAY_DAY - 14 ? 'Em andamento' : 'Concluída';
        row.person = people.names[person];
        row.email = people.emails[person];
        break;
      case 'migration':
        row.title = MIGRATION_TITLES[k % MIGRATION_TITLES.length];
        row.status = 'Concluído';
        break;
    }
    rows.push(row);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The dataset

/**
 * A deterministic demo dataset for a seed, with `size` consumption rows (default 5,000; 1,000,000 take one to two
 * seconds and about 250 MB).
 * Each call returns fresh objects: mutating one dataset never changes another.
 */
export function createDemoDataset(options: DemoDatasetOptions = {}): Dataset {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const size = options.size ?? DEMO_DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`size must be a non-negative integer, got ${size}`);
  const random = createRandom(seed);
  const people = peoplePool(random);

  const contractList = contracts();
  const packageList = packages();
  const specs = entitlementSpecs();
  const cases = buildCases(random);

  const contractById = new Map(contractList.map((c) => [c.id, c]));
  const packageById = new Map(packageList.map((p) => [p.id, p]));

  // Row budget: the fixed history, scaled down when size is small; the bulk entitlements take the rest.
  const fixed = specs.reduce((sum, s) => sum + s.rows, 0);
  const scale = size >= fixed + 2 ? 1 : size / (fixed + 2);
  const rowsOf = new Map<EntitlementSpec, number>();
  let used = 0;
  for (const s of specs) {
    const n = Math.floor(s.rows * scale);
    rowsOf.set(s, n);
    used += n;
  }
  const bulk = size - used;
  const bulkEducation = Math.floor(bulk * 0.2);
  const bulkReactive = bulk - bulkEducation;

  const userList = users();
  const ctx: RowContext = {
    random,
    people,
    users: new Map(userList.map((u) => [u.id, u])),
    rows: [],
    nextReference: 100_000,
  };
  for (const spec of specs) {
    const e = spec.entitlement;
    const pkg = packageById.get(e.packageId)!;
    const contract = contractById.get(pkg.contractId)!;
    const start = Math.max(dayOf(pkg.startDate), dayOf(contract.startDate));
    const end = Math.min(dayOf(pkg.endDate), dayOf(contract.endDate), TODAY_DAY);
    let n = rowsOf.get(spec) ?? 0;
    let total = spec.total;
    if (spec.bulk === 'reactive') n = bulkReactive;
    if (spec.bulk === 'education') {
      n = bulkEducation;
      // Purchased grows with the rows so utilisation stays near 74 % at any size.
      e.purchased = Math.max(50, Math.ceil(n / 0.74 / 10) * 10);
      total = n;
    }
    if (n === 0 || e.category === 'benefit' || start > end) continue;
    const linked = cases.filter(
      (c) =>
        c.entitlementId === e.id &&
        c.packageId === e.packageId &&
        c.contractId === pkg.contractId &&
        dayOf(c.openedAt) >= start &&
        dayOf(c.openedAt) <= end,
    );
    emitRows(ctx, spec, contract.id, [start, end], n, total, linked);
  }

  // Count units with a fixed total cap their rows at that total; top up the reactive bulk to exactly `size` rows.
  const short = size - ctx.rows.length;
  if (short > 0) {
    const spec = specs.find((s) => s.bulk === 'reactive')!;
    const pkg = packageById.get(spec.entitlement.packageId)!;
    const range = [dayOf(pkg.startDate), TODAY_DAY] as const;
    emitRows(ctx, spec, pkg.contractId, range, short, null, []);
  }

  return {
    asOf: DEMO_AS_OF,
    customer: { id: 'cust-aurora', name: 'Grupo Aurora Logística S.A.' },
    workspaces: workspaces(),
    users: userList,
    contracts: contractList,
    packages: packageList,
    entitlements: specs.map((s) => s.entitlement),
    consumption: ctx.rows,
    cases,
  };
}
