import { expect } from '@open-wc/testing';
import { describeError, errorMessageKey } from '../../src/components/shared/describe-error.js';
import { AccessDeniedError, DatasetError, NotFoundError, QueryError } from '../../src/data/errors.js';
import type { Locale } from '../../src/i18n/define-messages.js';
import { loadLocale, translate } from '../../src/i18n/locale.js';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1]) => translate(locale, key);

/** An error from another copy of the library: same name, different class. */
function foreign(name: string): Error {
  const error = new Error('from elsewhere');
  error.name = name;
  return error;
}

describe('describeError', () => {
  // pt-BR messages load on demand.
  before(() => loadLocale('pt-BR'));

  const cases: [string, unknown, string, string][] = [
    [
      'AccessDeniedError',
      new AccessDeniedError('viewer u-9 may not see w-2'),
      'You do not have access to this information.',
      'Você não tem acesso a estas informações.',
    ],
    [
      'a foreign AccessDeniedError',
      foreign('AccessDeniedError'),
      'You do not have access to this information.',
      'Você não tem acesso a estas informações.',
    ],
    [
      'NotFoundError',
      new NotFoundError('entitlement e-1'),
      'This item was not found.',
      'Este item não foi encontrado.',
    ],
    [
      'a foreign NotFoundError',
      foreign('NotFoundError'),
      'This item was not found.',
      'Este item não foi encontrado.',
    ],
    [
      'DatasetError',
      new DatasetError([{ path: 'packages[0].endDate', message: 'before startDate' }]),
      'The data received is not valid.',
      'Os dados recebidos não são válidos.',
    ],
    [
      'a foreign DatasetError',
      foreign('DatasetError'),
      'The data received is not valid.',
      'Os dados recebidos não são válidos.',
    ],
    [
      'a SyntaxError (bad JSON)',
      new SyntaxError('Unexpected token <'),
      'The data received is not valid.',
      'Os dados recebidos não são válidos.',
    ],
    [
      'a network TypeError',
      new TypeError('Failed to fetch'),
      'The server could not be reached.',
      'Não foi possível conectar ao servidor.',
    ],
    [
      'a TimeoutError DOMException',
      new DOMException('The operation timed out.', 'TimeoutError'),
      'The server took too long to answer.',
      'O servidor demorou demais para responder.',
    ],
    [
      'a foreign TimeoutError',
      foreign('TimeoutError'),
      'The server took too long to answer.',
      'O servidor demorou demais para responder.',
    ],
    [
      'a QueryError',
      new QueryError('offset must be ≥ 0'),
      'The data could not be loaded.',
      'Não foi possível carregar os dados.',
    ],
    [
      'a plain Error',
      new Error('HTTP 500 at /api/x'),
      'The data could not be loaded.',
      'Não foi possível carregar os dados.',
    ],
    ['a string', 'HTTP 502', 'The data could not be loaded.', 'Não foi possível carregar os dados.'],
    ['undefined', undefined, 'The data could not be loaded.', 'Não foi possível carregar os dados.'],
    ['null', null, 'The data could not be loaded.', 'Não foi possível carregar os dados.'],
    [
      'an object with a non-string name',
      { name: 42 },
      'The data could not be loaded.',
      'Não foi possível carregar os dados.',
    ],
  ];

  for (const [name, error, en, pt] of cases) {
    it(`describes ${name} in English and Portuguese`, () => {
      expect(describeError(error, t('en'))).to.equal(en);
      expect(describeError(error, t('pt-BR'))).to.equal(pt);
    });
  }

  it('never repeats the technical message', () => {
    const error = new Error('secret stack detail');
    expect(describeError(error, t('en'))).not.to.contain('secret');
  });

  it('gives the message key, for elements that compose their own text', () => {
    expect(errorMessageKey(new AccessDeniedError())).to.equal('error.accessDenied');
    expect(errorMessageKey(new Error('x'))).to.equal('state.errorMessage');
  });

  it('passes only the key to the translator', () => {
    const seen: string[] = [];
    describeError(new NotFoundError(), (key) => {
      seen.push(key);
      return key;
    });
    expect(seen).to.deep.equal(['error.notFound']);
  });
});
