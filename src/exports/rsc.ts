/** The plugin's server components, as the admin's import map names them (`police-oit/rsc#Name`). */
export { FrameworkGapNotice } from '../collections/OitFrameworks/FrameworkGapNotice'
export { MatrixView } from '../compliance/views/MatrixView'
export { ReadinessNavLinks } from '../compliance/views/NavLinks'
export { UnitReadinessView } from '../compliance/views/UnitReadinessView'
