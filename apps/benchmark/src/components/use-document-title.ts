import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';

/**
 * Names the browser tab after the page ("Uitkomsten – Wijknet Benchmark"), so tabs, history and
 * screen readers tell pages apart (WCAG 2.4.2).
 */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
