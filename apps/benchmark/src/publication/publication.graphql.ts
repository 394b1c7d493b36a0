import { graphql } from '../graphql/graphql';

/** The municipality's choice per indicator group, and its name for the texts. */
export const PublicationSettingsQuery = graphql(`
  query PublicationSettings {
    viewer { role municipalityCode municipalityName }
    publicationSettings { indicatorGroup isPublished }
  }
`);

/** What everyone outside the municipality sees of a group once it is published. */
export const PublicationPreviewQuery = graphql(`
  query PublicationPreview($indicatorGroup: IndicatorGroup!, $from: String!, $to: String!) {
    publicationPreview(indicatorGroup: $indicatorGroup, from: $from, to: $to) {
      indicatorGroup
      isPublished
      figures {
        indicator { code name { nl en } unit precision }
        period
        value
        n
        suppression { reason threshold }
      }
    }
  }
`);

export const SetPublicationMutation = graphql(`
  mutation SetPublication($indicatorGroup: IndicatorGroup!, $isPublished: Boolean!) {
    setPublication(indicatorGroup: $indicatorGroup, isPublished: $isPublished) {
      indicatorGroup
      isPublished
    }
  }
`);
