import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/use-translation';
import { useTranslation } from '../i18n/use-translation';

/** The gateway's closed set of error codes (`extensions.code`), each with a text of the app's own. */
const CODE_MESSAGE: Readonly<Record<string, MessageKey>> = {
  BAD_USER_INPUT: 'errorBAD_USER_INPUT',
  UNAUTHENTICATED: 'errorUNAUTHENTICATED',
  FORBIDDEN: 'errorFORBIDDEN',
  NOT_FOUND: 'errorNOT_FOUND',
  SUPPRESSED: 'errorSUPPRESSED',
  UNAVAILABLE: 'errorUNAVAILABLE',
};

/**
 * What went wrong, in the reader's language: the gateway's messages are English, so the text
 * comes from the error's code, never from its message. A failure without a known code (the
 * network, an internal error) gets the general text.
 */
export function errorText(error: CombinedError, t: Translate): string {
  if (error.networkError) return t('errorNetwork');
  const code = error.graphQLErrors[0]?.extensions?.code;
  const key = typeof code === 'string' ? CODE_MESSAGE[code] : undefined;
  return t(key ?? 'errorINTERNAL');
}

/** An error as a page shows it: an alert in the NL Design System's markup. */
export function ErrorAlert({ error }: { error: CombinedError }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      {errorText(error, t)}
    </div>
  );
}
