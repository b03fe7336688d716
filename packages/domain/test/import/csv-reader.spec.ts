import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, columnOfField } from '../../src/import/csv-reader.ts';

function readAll(chunks: string[]): { rows: [number, string[]][]; unclosed: number[] } {
  const rows: [number, string[]][] = [];
  const unclosed: number[] = [];
  const reader = new CsvReader(
    (fields, line) => rows.push([line, [...fields]]),
    (line) => unclosed.push(line),
  );
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { rows, unclosed };
}

describe('CsvReader', () => {
  it('reads plain rows with LF or CRLF and skips a byte-order mark and blank lines', () => {
    expect(readAll(['\uFEFFa,b\r\n1,2\r\n\r\n3,4']).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, keeping the starting line', () => {
    expect(readAll(['id,note\n1,"a, ""b"""\n2,"two\nlines"\n3,x\n']).rows).toEqual([
      [1, ['id', 'note']],
      [2, ['1', 'a, "b"']],
      [3, ['2', 'two\nlines']],
      [5, ['3', 'x']],
    ]);
  });

  it('reports a quote that is never closed', () => {
    expect(readAll(['a,b\n1,"open\n2,3\n']).unclosed).toEqual([2]);
  });

  it('reads the same rows however the text is split into chunks', () => {
    const text = 'officer_id,start,note\nO-1,2026-01-05T07:00,"x, y"\r\nO-2,2026-01-05T08:00,"multi\nline"\nO-3,2026-01-06T07:00,plain\n';
    const whole = readAll([text]).rows;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(text.slice(from, p));
          from = p;
        }
        chunks.push(text.slice(from));
        expect(readAll(chunks).rows).toEqual(whole);
      }),
    );
  });

  it('gives the character column at which a field starts', () => {
    expect(columnOfField('O-1,2026-01-05T07:00,regular', 0)).toBe(1);
    expect(columnOfField('O-1,2026-01-05T07:00,regular', 2)).toBe(22);
    expect(columnOfField('"a,b",c', 1)).toBe(7);
  });
});
