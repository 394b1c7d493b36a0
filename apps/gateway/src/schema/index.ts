import { builder } from '../builder.js';
// One file per GraphQL type, each with its own root fields.
import './api-key.js';
import './assessment.js';
import './audit-log.js';
import './compare.js';
import './cost-benefit.js';
import './data-quality.js';
import './delivery.js';
import './district.js';
import './district-figure.js';
import './household.js';
import './indicator.js';
import './member.js';
import './membership.js';
import './municipality.js';
import './peer-group.js';
import './period.js';
import './plan.js';
import './plan-event-input.js';
import './plan-follow-up.js';
import './plan-queries.js';
import './publication-setting.js';
import './registered-event.js';
import './story.js';
import './team.js';
import './team-figures.js';
import './team-profile.js';
import './viewer.js';
import './zrm-change-by-domain.js';

builder.queryType({
  description: 'Everything wijknet lets you read. Each field says who may use it.',
});

builder.mutationType({
  description:
    'Everything a municipality writes: each mutation is one transaction under its own tenancy scope, checked by the domain packages, and keeps the benchmark rollups current.',
});

export const schema = builder.toSchema({ sortSchema: true });
