import { z } from 'zod';
import { Problem } from './problem.ts';

/** An uploaded CSV file, sent as `text/csv` (or `text/plain`), in the formats of docs/formats.md. */
export const CsvUpload = z.string().meta({ description: 'The CSV text, sent with Content-Type text/csv (the formats of docs/formats.md).' });

/** One problem of an upload, as the CLI prints it: `file:line:column: field: message [code]`. */
export const ImportIssue = z
  .object({
    code: z.string(),
    file: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    field: z.string().optional(),
    message: z.string(),
  })
  .meta({ id: 'ImportIssue' });

/** The 422 `import.invalid` answer: the issues (up to 100, in line order) and how many there were. */
export const ImportProblem = Problem.extend({ details: z.object({ issues: z.array(ImportIssue), total: z.number().int() }) }).meta({ id: 'ImportProblem' });

export const ShiftImportQuery = z.object({ status: z.enum(['draft', 'published']).default('published') });

export const OfficerImportResult = z
  .object({
    imported: z.object({ officers: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    units: z.array(z.string()),
  })
  .meta({ id: 'OfficerImportResult' });

export const QualificationImportResult = z
  .object({
    imported: z.object({ qualifications: z.number().int(), created: z.number().int(), alreadyHeld: z.number().int() }),
    officers: z.number().int(),
  })
  .meta({ id: 'QualificationImportResult' });

export const ShiftImportResult = z
  .object({
    imported: z.object({ records: z.number().int() }),
    status: z.enum(['draft', 'published']),
    firstId: z.number().int().optional(),
    lastId: z.number().int().optional(),
    officers: z.number().int(),
    units: z.array(z.string()),
  })
  .meta({ id: 'ShiftImportResult' });
