import { type IssueCollector, formatImportIssue } from '@muster/domain';
import { AppError } from '@muster/kernel';

/**
 * The `import.invalid` error of an upload with problems: every issue the domain's importer found
 * (up to its cap, in line order) with file, line, column, field and code, and the total. The
 * sentence names the first problem as the CLI prints it; nothing was imported.
 */
export function importInvalid(file: string, issues: IssueCollector): AppError {
  const listed = issues.sorted();
  const first = listed[0] === undefined ? '' : ` The first: ${formatImportIssue(listed[0])}.`;
  const rest = issues.total > 1 ? ` Maybe fix each problem listed in details.issues${issues.total > listed.length ? ` (the first ${listed.length} of ${issues.total})` : ''}.` : '';
  return new AppError('import.invalid', `${file} has ${issues.total} problem${issues.total === 1 ? '' : 's'}; nothing was imported.${first}${rest}`, {
    issues: listed,
    total: issues.total,
  });
}
