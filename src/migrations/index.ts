import * as migration_20261121_160249_initial from './20261121_160249_initial';
import * as migration_20261121_183746_content_collections from './20261121_183746_content_collections';
import * as migration_20261121_185604_framework_feed_filters from './20261121_185604_framework_feed_filters';
import * as migration_20261121_195114_companion_files from './20261121_195114_companion_files';
import * as migration_20261121_201028_companion_signs from './20261121_201028_companion_signs';
import * as migration_20261121_203000_framework_companions from './20261121_203000_framework_companions';
import * as migration_20261121_224744_site_pages from './20261121_224744_site_pages';
import * as migration_20261122_022156_readiness_review from './20261122_022156_readiness_review';
import * as migration_20261201_104901_unique_per_unit from './20261201_104901_unique_per_unit';
import * as migration_20261201_135041_evidence_rules from './20261201_135041_evidence_rules';
import * as migration_20261201_142515_publication_dates from './20261201_142515_publication_dates';
import * as migration_20261201_144932_official_files from './20261201_144932_official_files';
import * as migration_20261201_171000_tightened_rules from './20261201_171000_tightened_rules';
import * as migration_20261201_175226_action_plans_published from './20261201_175226_action_plans_published';
import * as migration_20261201_175300_action_plan_evidence from './20261201_175300_action_plan_evidence';
import * as migration_20261202_003913_approval from './20261202_003913_approval';
import * as migration_20261202_004614_review_finding_unit from './20261202_004614_review_finding_unit';
import * as migration_20261202_040823_egp_feed from './20261202_040823_egp_feed';

export const migrations = [
  {
    up: migration_20261121_160249_initial.up,
    down: migration_20261121_160249_initial.down,
    name: '20261121_160249_initial',
  },
  {
    up: migration_20261121_183746_content_collections.up,
    down: migration_20261121_183746_content_collections.down,
    name: '20261121_183746_content_collections',
  },
  {
    up: migration_20261121_185604_framework_feed_filters.up,
    down: migration_20261121_185604_framework_feed_filters.down,
    name: '20261121_185604_framework_feed_filters',
  },
  {
    up: migration_20261121_195114_companion_files.up,
    down: migration_20261121_195114_companion_files.down,
    name: '20261121_195114_companion_files',
  },
  {
    up: migration_20261121_201028_companion_signs.up,
    down: migration_20261121_201028_companion_signs.down,
    name: '20261121_201028_companion_signs',
  },
  {
    up: migration_20261121_203000_framework_companions.up,
    down: migration_20261121_203000_framework_companions.down,
    name: '20261121_203000_framework_companions',
  },
  {
    up: migration_20261121_224744_site_pages.up,
    down: migration_20261121_224744_site_pages.down,
    name: '20261121_224744_site_pages',
  },
  {
    up: migration_20261122_022156_readiness_review.up,
    down: migration_20261122_022156_readiness_review.down,
    name: '20261122_022156_readiness_review',
  },
  {
    up: migration_20261201_104901_unique_per_unit.up,
    down: migration_20261201_104901_unique_per_unit.down,
    name: '20261201_104901_unique_per_unit',
  },
  {
    up: migration_20261201_135041_evidence_rules.up,
    down: migration_20261201_135041_evidence_rules.down,
    name: '20261201_135041_evidence_rules',
  },
  {
    up: migration_20261201_142515_publication_dates.up,
    down: migration_20261201_142515_publication_dates.down,
    name: '20261201_142515_publication_dates',
  },
  {
    up: migration_20261201_144932_official_files.up,
    down: migration_20261201_144932_official_files.down,
    name: '20261201_144932_official_files',
  },
  {
    up: migration_20261201_171000_tightened_rules.up,
    down: migration_20261201_171000_tightened_rules.down,
    name: '20261201_171000_tightened_rules',
  },
  {
    up: migration_20261201_175226_action_plans_published.up,
    down: migration_20261201_175226_action_plans_published.down,
    name: '20261201_175226_action_plans_published',
  },
  {
    up: migration_20261201_175300_action_plan_evidence.up,
    down: migration_20261201_175300_action_plan_evidence.down,
    name: '20261201_175300_action_plan_evidence',
  },
  {
    up: migration_20261202_003913_approval.up,
    down: migration_20261202_003913_approval.down,
    name: '20261202_003913_approval',
  },
  {
    up: migration_20261202_004614_review_finding_unit.up,
    down: migration_20261202_004614_review_finding_unit.down,
    name: '20261202_004614_review_finding_unit',
  },
  {
    up: migration_20261202_040823_egp_feed.up,
    down: migration_20261202_040823_egp_feed.down,
    name: '20261202_040823_egp_feed'
  },
];
