import * as migration_20261121_160249_initial from './20261121_160249_initial';
import * as migration_20261121_183746_content_collections from './20261121_183746_content_collections';

export const migrations = [
  {
    up: migration_20261121_160249_initial.up,
    down: migration_20261121_160249_initial.down,
    name: '20261121_160249_initial',
  },
  {
    up: migration_20261121_183746_content_collections.up,
    down: migration_20261121_183746_content_collections.down,
    name: '20261121_183746_content_collections'
  },
];
