import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { MunicipalitySearchQuery } from './municipality-picker.graphql';
import { useDebounced } from './use-debounced';

/**
 * Search municipalities by name or CBS code and add them to the comparison; `onAdd` lets a
 * page do more with the one just added (the profile opens it).
 */
export function MunicipalityPicker({
  names,
  onAdd,
}: {
  names: ReadonlyMap<string, string>;
  onAdd?: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [view, update] = useViewState();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const inputId = useId();
  const hintId = useId();
  const [result] = useQuery({
    query: MunicipalitySearchQuery,
    variables: { search: term, first: 8 },
    pause: term.length < 2,
  });
  const matches = (result.data?.municipalities.edges ?? [])
    .map((edge) => edge.node)
    .filter((municipality) => !view.municipalities.includes(municipality.code));

  const add = (code: string) => {
    update({ municipalities: [...view.municipalities, code] });
    onAdd?.(code);
    setSearch('');
  };
  const remove = (code: string) =>
    update({ municipalities: view.municipalities.filter((chosen) => chosen !== code) });

  return (
    <fieldset className="wn-fieldset utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('chooseMunicipalities')}</legend>
      {view.municipalities.length === 0 ? (
        <p className="wn-muted">{t('noMunicipalitiesChosen')}</p>
      ) : (
        <ul className="wn-chips">
          {view.municipalities.map((code) => {
            const name = names.get(code) ?? code;
            return (
              <li key={code} className="wn-chip">
                <span>
                  {name} <span className="wn-muted">{code}</span>
                </span>
                <button
                  type="button"
                  className="wn-chip__remove"
                  onClick={() => remove(code)}
                  aria-label={t('removeMunicipality', { name })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={inputId}>
          {t('searchMunicipality')}
        </label>
        <p id={hintId} className="utrecht-form-field-description">
          {t('searchHint')}
        </p>
        <input
          id={inputId}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          autoComplete="off"
          value={search}
          aria-describedby={hintId}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div aria-live="polite">
        {term.length >= 2 && result.data && matches.length === 0 && <p>{t('noMatches')}</p>}
        {matches.length > 0 && (
          <ul className="wn-matches">
            {matches.map((municipality) => (
              <li key={municipality.code}>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => add(municipality.code)}
                >
                  {t('add')}: {municipality.name} ({municipality.code}, {municipality.province})
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
