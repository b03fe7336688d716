import { z } from 'zod';
import { Day } from './common.ts';
import { Officer, OfficerQualification } from './officers.ts';

/** An exported file: CSV text in the import format, which the matching import reads back. */
export const CsvDownload = z.string().meta({ description: 'CSV text in the import format (docs/formats.md)' });

/** Which officers: one unit's, or (absent) every officer the user may see. */
export const ExportQuery = z.object({ unit: z.string().min(1).max(64).optional() });

/** Records starting on local days from..to (each officer's zone) of one status. */
export const ShiftExportQuery = ExportQuery.extend({ from: Day, to: Day, status: z.enum(['draft', 'published']).default('published') });

export const OfficerExport = z.object({ items: z.array(Officer) }).meta({ id: 'OfficerExport' });
export const QualificationExport = z.object({ items: z.array(OfficerQualification) }).meta({ id: 'QualificationExport' });
