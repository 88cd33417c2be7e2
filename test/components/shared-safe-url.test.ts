import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeHref } from '../../src/components/shared/safe-url.js';

describe('safeHref', () => {
  const accepted: [string, string][] = [
    ['https://example.com/request?service=workshop#top', 'https://example.com/request?service=workshop#top'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['mailto:support@example.com?subject=Renewal', 'mailto:support@example.com?subject=Renewal'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['\nhttps://example.com/x\t', 'https://example.com/x'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://exa\tmple.com/', 'https://example.com/'],
  ];
  for (const [input, output] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(safeHref(input)).to.equal(output);
    });
  }

  it('accepts a URL object', () => {
    expect(safeHref(new URL('https://example.com/a'))).to.equal('https://example.com/a');
  });

  const rejected: unknown[] = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/0f0f',
    'ftp://example.com/file',
    'about:blank',
    'tel:+5511999999999',
    '/relative/path',
    'relative/path',
    '?q=1',
    '#section',
    '//evil.example.com/x',
    'https://',
    'http://[::1',
    '',
    '   ',
    '\t\n',
    null,
    undefined,
    42,
    {},
    { toString: () => 'https://example.com/' },
  ];
  for (const input of rejected) {
    it(`rejects ${typeof input === 'string' ? JSON.stringify(input) : String(typeof input)}`, () => {
      expect(safeHref(input)).to.equal(null);
    });
  }

  it('only ever returns an http:, https: or mailto: URL, or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('mailto:', 'javascript:', 'data:')),
        (s) => {
          const href = safeHref(s);
          return href === null || /^(https?|mailto):/.test(href);
        },
      ),
    );
  });

  it('rejects javascript: however whitespace and control characters are sprinkled into it', () => {
    const noise = fc.string({
      unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u007f'),
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(noise, { minLength: 12, maxLength: 12 }), fc.boolean(), (gaps, upper) => {
        const word = upper ? 'JAVASCRIPT:' : 'javascript:';
        const sprinkled = [...word].map((c, i) => gaps[i] + c).join('') + gaps[11] + 'alert(1)';
        return safeHref(sprinkled) === null;
      }),
    );
  });

  it('is idempotent: an accepted href is accepted unchanged', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const href = safeHref(url);
        return href !== null && safeHref(href) === href;
      }),
    );
  });
});
