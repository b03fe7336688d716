import { downloadFile } from '../../components/download-file.ts';
import { tokenStore } from '../sign-in/session.ts';

/**
 * Downloads a CSV the API serves as an attachment: fetched with the session's token (a plain link
 * would carry none) and handed to the browser as a file named `fileName`.
 */
export async function downloadCsv(path: string, fileName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const token = tokenStore.get();
  const response = await fetchImpl(path, { headers: { accept: 'text/csv', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    throw new Error(problem.detail ?? response.statusText);
  }
  downloadFile(fileName, await response.blob());
}
