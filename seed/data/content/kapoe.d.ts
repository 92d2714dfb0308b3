/** Station B, สภ.กะเปอร์: a few items only (so HQ dashboards show gaps), one of them a draft. */
import type { UnitContent } from '../../lib/spec';
export declare const kapoe: UnitContent;
