/** The demo content of every unit, in seeding order. */
import type { UnitContent } from '../../lib/spec'
import { kapoe } from './kapoe'
import { mueangRanong } from './mueangRanong'
import { ranongImmigration } from './ranongImmigration'

export const demoContent: UnitContent[] = [mueangRanong, kapoe, ranongImmigration]
