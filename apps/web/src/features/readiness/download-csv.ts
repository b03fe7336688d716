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
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled; the download keeps its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
