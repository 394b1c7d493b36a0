import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { SelectField } from '../components/select-field';
import { formatPeriod, periodRange } from '../format/period';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { StoryTeamsQuery, WriteStoryMutation } from './stories.graphql';
import { STORIES_MESSAGES } from './stories-messages';

interface LifeDomainOption {
  readonly code: string;
  readonly name: { readonly nl: string; readonly en: string };
}

/** The gateway's own words on a refused story (which field, and why), beside the app's text. */
function RefusalDetail({ error }: { error: CombinedError }) {
  const detail = error.graphQLErrors[0];
  if (detail?.extensions?.code !== 'BAD_USER_INPUT') return null;
  return (
    <p className="utrecht-paragraph" lang="en">
      {detail.message}
    </p>
  );
}

/** A labelled field with its hint, which the control is described by. */
function DescribedField({
  label,
  hint,
  children,
}: {
  label: string;
  hint: string;
  children: (field: { id: string; 'aria-describedby': string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <p className="utrecht-form-field-description" id={`${id}-hint`}>
        {hint}
      </p>
      {children({ id, 'aria-describedby': `${id}-hint` })}
    </div>
  );
}

/** The team a story is about: a team token's own, or one the municipality chooses. */
function TeamField({
  team,
  value,
  onChange,
}: {
  team: { id: string; name: string } | null;
  value: string;
  onChange: (id: string) => void;
}) {
  const text = usePageText(STORIES_MESSAGES);
  const [teams] = useQuery({ query: StoryTeamsQuery, pause: team !== null });
  if (team) {
    return (
      <p className="utrecht-paragraph">
        {text('team')}: <strong>{team.name}</strong>
      </p>
    );
  }
  return (
    <SelectField label={text('team')} value={value} onChange={onChange}>
      <option value="">{text('chooseTeam')}</option>
      {(teams.data?.teams.edges ?? []).map(({ node }) => (
        <option key={node.id} value={node.id}>
          {node.name}
        </option>
      ))}
    </SelectField>
  );
}

/** A team writes a story (ervaringsverhaal); it is stored as a draft, for the municipality to publish. */
export function StoryForm({
  team,
  lifeDomains,
  onWritten,
}: {
  /** The team of a team token; null when a municipality writes for one of its teams. */
  team: { id: string; name: string } | null;
  lifeDomains: readonly LifeDomainOption[];
  onWritten: () => void;
}) {
  const { locale } = useTranslation();
  const text = usePageText(STORIES_MESSAGES);
  const [view] = useViewState();
  const [teamId, setTeamId] = useState('');
  const [period, setPeriod] = useState(view.to);
  const [domains, setDomains] = useState<readonly string[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [result, writeStory] = useMutation(WriteStoryMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const answer = await writeStory({
      input: { teamId: team?.id ?? teamId, period, lifeDomains: [...domains], title, text: body },
    });
    if (answer.error) return;
    setSaved(title);
    setTitle('');
    setBody('');
    setDomains([]);
    onWritten();
  };
  const toggle = (code: string, isChecked: boolean) =>
    setDomains((chosen) =>
      isChecked ? [...chosen, code] : chosen.filter((domain) => domain !== code),
    );
  return (
    <section aria-labelledby="write-heading" className="wn-staff-panel">
      <h2 id="write-heading" className="utrecht-heading-2">
        {text('writeTitle')}
      </h2>
      <p className="utrecht-paragraph wn-narrow">{text('privacy')}</p>
      <form className="wn-staff-form" onSubmit={submit}>
        <TeamField team={team} value={teamId} onChange={setTeamId} />
        <SelectField label={text('period')} value={period} onChange={setPeriod}>
          {periodRange(view.from, view.to)
            .reverse()
            .map((option) => (
              <option key={option} value={option}>
                {formatPeriod(option, locale, 'long')}
              </option>
            ))}
        </SelectField>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-label">{text('lifeDomains')}</legend>
          {lifeDomains.map((domain) => (
            <label key={domain.code} className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={domains.includes(domain.code)}
                onChange={(event) => toggle(domain.code, event.target.checked)}
              />{' '}
              {domain.name[locale]}
            </label>
          ))}
        </fieldset>
        <DescribedField label={text('storyTitle')} hint={text('storyTitleHint')}>
          {(field) => (
            <input
              {...field}
              className="utrecht-textbox utrecht-textbox--html-input"
              value={title}
              maxLength={120}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </DescribedField>
        <DescribedField label={text('text')} hint={text('textHint')}>
          {(field) => (
            <textarea
              {...field}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              value={body}
              maxLength={4000}
              onChange={(event) => setBody(event.target.value)}
            />
          )}
        </DescribedField>
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={result.fetching}
          >
            {text('save')}
          </button>
        </div>
      </form>
      {result.error && (
        <>
          <ErrorAlert error={result.error} />
          <RefusalDetail error={result.error} />
        </>
      )}
      <div aria-live="polite">
        {saved && <p className="utrecht-paragraph">{text('saved', { title: saved })}</p>}
      </div>
    </section>
  );
}
