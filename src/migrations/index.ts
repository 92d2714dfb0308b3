import * as migration_20261121_160249_initial from './20261121_160249_initial';
import * as migration_20261121_183746_content_collections from './20261121_183746_content_collections';
import * as migration_20261121_185604_framework_feed_filters from './20261121_185604_framework_feed_filters';

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
    name: '20261121_185604_framework_feed_filters'
  },
];
