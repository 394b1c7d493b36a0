import { useTranslation } from '../i18n/use-translation';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="wn-footer">
      <p>{t('footerText')}</p>
      <p>{t('attribution')}</p>
    </footer>
  );
}
