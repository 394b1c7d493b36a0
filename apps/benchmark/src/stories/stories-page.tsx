import { formatCalendarDate } from '@wijknet/team/text-format';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { PeriodPicker } from '../components/period-picker';
import { useDocumentTitle } from '../components/use-document-title';
import { formatPeriod } from '../format/period';
import { type FragmentOf, readFragment } from '../graphql/graphql';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { useViewer } from '../viewer/use-viewer';
import { SetStoryPublicationMutation, StoriesPageQuery, StoryFields } from './stories.graphql';
import { STORIES_MESSAGES } from './stories-messages';
import { StoryForm } from './story-form';
import '../styles/staff-pages.css';

/** One story with its status and, for the municipality, the button that publishes or withdraws it. */
function StoryItem({
  fragment,
  canPublish,
  onChanged,
}: {
  fragment: FragmentOf<typeof StoryFields>;
  canPublish: boolean;
  onChanged: () => void;
}) {
  const { locale } = useTranslation();
  const text = usePageText(STORIES_MESSAGES);
  const story = readFragment(StoryFields, fragment);
  const [result, setPublication] = useMutation(SetStoryPublicationMutation);
  const isPublished = story.status === 'PUBLISHED';
  const change = async () => {
    const answer = await setPublication({ storyId: story.id, isPublished: !isPublished });
    if (!answer.error) onChanged();
  };
  const status = text(`status${story.status}`);
  return (
    <article className="wn-story">
      <h3 className="utrecht-heading-3">{story.title}</h3>
      <p className="wn-muted">
        {[
          story.teamName,
          formatPeriod(story.period, locale, 'long'),
          story.lifeDomains.map((domain) => domain[locale]).join(', '),
          text('statusSince', {
            status,
            date: formatCalendarDate(story.statusChangedAt.slice(0, 10), locale),
          }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="utrecht-paragraph">{story.body}</p>
      {canPublish && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-label={text(isPublished ? 'withdrawNamed' : 'publishNamed', { title: story.title })}
          disabled={result.fetching}
          onClick={change}
        >
          {text(isPublished ? 'withdraw' : 'publish')}
        </button>
      )}
      {result.error && <ErrorAlert error={result.error} />}
    </article>
  );
}

/**
 * Teams write stories (ervaringsverhalen) as drafts; the municipality publishes them on its
 * public profile or withdraws them.
 */
export default function StoriesPage() {
  const { t } = useTranslation();
  const text = usePageText(STORIES_MESSAGES);
  useDocumentTitle(text('title'));
  const [view] = useViewState();
  const { viewer } = useViewer();
  const code = viewer?.municipalityCode ?? null;
  const [result, refetch] = useQuery({
    query: StoriesPageQuery,
    variables: { code: code ?? '', from: view.from, to: view.to },
    pause: code === null,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const isTenant =
    viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN' || viewer?.role === 'TEAM';
  if (viewer && (!isTenant || !code)) {
    return (
      <div className="wn-narrow">
        <h1 className="utrecht-heading-1">{text('title')}</h1>
        <p className="utrecht-paragraph">{text('needsTenant')}</p>
      </div>
    );
  }
  const data = result.data;
  const ownTeam =
    data?.viewer.teamId && data.viewer.teamName
      ? { id: data.viewer.teamId, name: data.viewer.teamName }
      : null;
  const canPublish = viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN';
  const stories = data?.municipality?.stories ?? [];
  return (
    <div>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph wn-narrow">{text('intro')}</p>
      {result.fetching && !data && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      {data && <StoryForm team={ownTeam} lifeDomains={data.lifeDomains} onWritten={reload} />}
      <section aria-labelledby="stories-heading" className="wn-staff-panel">
        <h2 id="stories-heading" className="utrecht-heading-2">
          {text('listTitle', { name: data?.municipality?.name ?? code ?? '' })}
        </h2>
        <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
          <PeriodPicker />
        </form>
        {!canPublish && <p className="utrecht-paragraph">{text('onlyMunicipalityPublishes')}</p>}
        {data && stories.length === 0 && <p className="utrecht-paragraph">{text('none')}</p>}
        {stories.map((story) => (
          <StoryItem
            key={readFragment(StoryFields, story).id}
            fragment={story}
            canPublish={canPublish}
            onChanged={reload}
          />
        ))}
      </section>
    </div>
  );
}
