import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, dayNumber, daysBetween, termElapsedShare, todayOf } from '../../src/domain/dates.js';

describe('dates', () => {
  it('todayOf takes the calendar date of asOf as written, whatever its offset', () => {
    expect(todayOf('2026-03-15T23:30:00-03:00')).to.eql('2026-03-15');
    expect(todayOf('2026-03-15T00:10:00+14:00')).to.eql('2026-03-15');
    expect(todayOf('2026-03-15')).to.eql('2026-03-15');
  });

  it('daysBetween counts whole calendar days, negative backwards', () => {
    expect(daysBetween('2026-03-15', '2026-03-15')).to.eql(0);
    expect(daysBetween('2026-03-15', '2026-03-16')).to.eql(1);
    expect(daysBetween('2026-03-15', '2026-03-14')).to.eql(-1);
    expect(daysBetween('2026-02-28', '2026-03-01')).to.eql(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).to.eql(2);
    expect(daysBetween('2025-12-31', '2026-12-31')).to.eql(365);
  });

  it('daysBetween ignores daylight-saving changes (counted in UTC)', () => {
    // Brazil, Europe and US DST transitions.
    expect(daysBetween('2026-03-28', '2026-03-30')).to.eql(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).to.eql(2);
    expect(daysBetween('2018-11-03', '2018-11-05')).to.eql(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).to.eql(2);
  });

  it('daysBetween reads only the date part of a timestamp', () => {
    expect(daysBetween('2026-03-15T23:59:59Z', '2026-03-16T00:00:00Z')).to.eql(1);
  });

  it('dayNumber is NaN for text that is not a date', () => {
    expect(dayNumber('not a date')).to.be.NaN;
    expect(dayNumber('2026-3-1')).to.be.NaN;
    expect(dayNumber('1970-01-02')).to.eql(1);
  });

  it('daysBetween is additive (property)', () => {
    const day = fc
      .integer({ min: 0, max: 60_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).to.eql(daysBetween(a, c));
      }),
    );
  });

  it('termElapsedShare is the elapsed share of the term, clamped', () => {
    expect(termElapsedShare('2026-01-01', '2026-01-11', '2025-12-31')).to.eql(0);
    expect(termElapsedShare('2026-01-01', '2026-01-11', '2026-01-01')).to.eql(0);
    expect(termElapsedShare('2026-01-01', '2026-01-11', '2026-01-06')).to.eql(0.5);
    expect(termElapsedShare('2026-01-01', '2026-01-11', '2026-01-11')).to.eql(1);
    expect(termElapsedShare('2026-01-01', '2026-01-11', '2027-01-01')).to.eql(1);
    expect(termElapsedShare('2026-01-01', '2026-01-01', '2025-12-31')).to.eql(0);
    expect(termElapsedShare('2026-01-01', '2026-01-01', '2026-01-01')).to.eql(1);
  });

  it('addDays moves by whole calendar days, across month, leap-day and year ends', () => {
    expect(addDays('2026-03-15', 0)).to.eql('2026-03-15');
    expect(addDays('2026-01-31', 1)).to.eql('2026-02-01');
    expect(addDays('2024-02-28', 1)).to.eql('2024-02-29');
    expect(addDays('2026-02-28', 1)).to.eql('2026-03-01');
    expect(addDays('2026-12-31', 1)).to.eql('2027-01-01');
    expect(addDays('2026-01-01', -1)).to.eql('2025-12-31');
    expect(addDays('2026-03-15T23:30:00Z', 1)).to.eql('2026-03-16');
  });

  it('addDays names what is wrong with its arguments', () => {
    expect(() => addDays('soon', 1)).to.throw(RangeError, 'addDays: "soon" is not a YYYY-MM-DD date');
    expect(() => addDays('2026-03-15', 1.5)).to.throw(RangeError, 'days must be a whole number, got 1.5');
  });

  it('addDays undoes daysBetween (property)', () => {
    const day = fc
      .integer({ min: 0, max: 60_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (a, n) => {
        expect(daysBetween(a, addDays(a, n))).to.eql(n);
      }),
    );
  });
});
