/**
 * The plugin's client components, as the admin's import map names them (`police-oit/client#Name`).
 */
export { AmountField } from '../admin/AmountField'
export { CheckboxCell } from '../admin/CheckboxCell'
export { PublishChecklist } from '../admin/PublishChecklist'
export { RowLabel } from '../admin/RowLabel'
export { ThaiAdminProvider } from '../admin/ThaiAdminProvider'
export { ThaiDateField } from '../admin/ThaiDateField'
export { WinnerField } from '../admin/WinnerField'
export { ApprovalPanel } from '../approval/ApprovalPanel'
export { CheckField } from '../collections/OitFrameworks/CheckField'
export { CloneButton } from '../collections/OitFrameworks/CloneButton'
export { ItemRowLabel } from '../collections/OitFrameworks/ItemRowLabel'
export { ItemField } from '../collections/ReviewFindings/ItemField'
export { CompanionStatus } from '../companions/admin/CompanionStatus'
export { EgpFeed } from '../egp/EgpFeed'
export { ImportRows } from '../imports/ImportRows'
