import { useCallback, useState } from 'react';
import type { Api, ApiError } from './api-client';
import { saveBlob } from './save-blob';
import { asApiError, useApiClient } from './use-api';

/**
 * Authenticated downloads (a plain link cannot send the token). `fetchFile` is a typed call that resolves
 * only on 2xx (see unwrap): a refused or failed download keeps its problem for the page to show and
 * saves nothing, instead of saving the error body under the file's name.
 */
export function useDownload() {
  const api = useApiClient();
  const [error, setError] = useState<ApiError | null>(null);
  const download = useCallback(
    async (fetchFile: (api: Api) => Promise<Blob | undefined>, fileName: string): Promise<boolean> => {
      try {
        // An empty file answers with no body at all.
        saveBlob((await fetchFile(api)) ?? new Blob([]), fileName);
        setError(null);
        return true;
      } catch (e) {
        setError(asApiError(e));
        return false;
      }
    },
    [api],
  );
  return { download, error };
}
