// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCsvParser } from './csv-parser';
import { csvCell, csvLine, neutraliseFormula, toCsv } from './csv-writer';

describe('csv writer', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling inner quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",',
    );
  });

  it('writes numbers, bigints, booleans and empty values', () => {
    expect(csvLine([31, 0.25, 12345678901234567890n, true, null, undefined])).toBe(
      '31,0.25,12345678901234567890,true,,',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(neutraliseFormula('+1 (240) 555')).toBe("'+1 (240) 555");
  });

  it('leaves plain numbers and E.164 phone numbers intact, leading + included', () => {
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('+12405551212')).toBe('+12405551212');
    expect(csvCell('+0.5')).toBe('+0.5');
    expect(csvCell('2001')).toBe('2001');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends every record with CRLF and can prefix a BOM', () => {
    expect(toCsv([['a', 'b'], ['1']])).toBe('a,b\r\n1\r\n');
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
    expect(toCsv([])).toBe('');
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['name', 'phone', 'note'],
      ['ACME, "Main"', '+12405551212', 'multi\r\nline'],
      ['', '-3', 'x'],
    ];
    const parsed: string[][] = [];
    const parser = createCsvParser((batch) => parsed.push(...batch));
    parser.push(toCsv(rows, { bom: true }));
    parser.finish();
    expect(parsed).toEqual(rows);
  });
});
