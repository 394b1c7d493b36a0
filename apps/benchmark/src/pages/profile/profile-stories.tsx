import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/error-alert';
import { formatPeriod } from '../../format/period';
import { useTranslation } from '../../i18n/use-translation';
import { useViewState } from '../../url-state/use-view-state';
import { ProfileStoriesQuery } from './profile.graphql';

/**
 * The teams' stories beside the figures: the ones the municipality published, the same for
 * everyone (its own drafts are on the stories page).
 */
export function ProfileStories({ code }: { code: string }) {
  const { t, locale } = useTranslation();
  const [view] = useViewState();
  const [result] = useQuery({
    query: ProfileStoriesQuery,
    variables: { code, from: view.from, to: view.to },
  });
  const stories = result.data?.municipality?.stories ?? [];
  return (
    <aside aria-labelledby="stories-list-heading" className="wn-stories">
      <h3 id="stories-list-heading" className="utrecht-heading-3">
        {t('profileStories')}
      </h3>
      {result.error && <ErrorAlert error={result.error} />}
      {result.data && stories.length === 0 && (
        <p className="utrecht-paragraph">{t('profileNoStories')}</p>
      )}
      {stories.map((story) => (
        <article key={story.id} className="wn-story">
          <h4 className="utrecht-heading-4">{story.title}</h4>
          <p className="wn-muted">
            {[
              story.teamName,
              formatPeriod(story.period, locale, 'long'),
              story.lifeDomains.map((domain) => domain[locale]).join(', '),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="utrecht-paragraph">{story.body}</p>
        </article>
      ))}
    </aside>
  );
}
