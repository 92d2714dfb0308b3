import { RowLabel as RowLabel_48ed4d7da4b97b69da8da597bfcf487e } from '../../../admin/RowLabel'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ThaiDateField as ThaiDateField_1b4557124266070965141bb0047bcfa2 } from '../../../admin/ThaiDateField'
import { CheckField as CheckField_63e1cff3b61b0e938969383f4354e46f } from '../../../collections/OitFrameworks/CheckField'
import { ItemRowLabel as ItemRowLabel_0c55519003b7466db7808aa4fc30e9bd } from '../../../collections/OitFrameworks/ItemRowLabel'
import { CloneButton as CloneButton_d44fb2f3cb2a4df301f4970951fb36b0 } from '../../../collections/OitFrameworks/CloneButton'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { AmountField as AmountField_6e7a9d48580a6fb26f462aea779252fe } from '../../../admin/AmountField'
import { ApprovalPanel as ApprovalPanel_1472eec90dd4258d95972317b378bcd3 } from '../../../approval/ApprovalPanel'
import { PublishChecklist as PublishChecklist_8252fb5480f4145a7c52fac7edd2f61f } from '../../../admin/PublishChecklist'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CompanionStatus as CompanionStatus_c1a22dad2350d78e8d1abfbfe43b832d } from '../../../companions/admin/CompanionStatus'
import { ImportRows as ImportRows_2c222014f317d6d57916e46826e1c7fb } from '../../../imports/ImportRows'
import { CheckboxCell as CheckboxCell_1d365acfbe6b0789f5478c2d88835383 } from '../../../admin/CheckboxCell'
import { EgpFeed as EgpFeed_1a5655393949568b80b7d4c9b5802279 } from '../../../egp/EgpFeed'
import { WinnerField as WinnerField_09714eaa0b036416b505b4ebac6c6f07 } from '../../../admin/WinnerField'
import { ItemField as ItemField_e0476a9b4f80adb3fc627359c3f3c3ce } from '../../../collections/ReviewFindings/ItemField'
import { ReadinessNavLinks as ReadinessNavLinks_02eebb3a175e9b15be85f2bfd4d9d439 } from '../../../compliance/views/NavLinks'
import { FrameworkGapNotice as FrameworkGapNotice_2331240ce5e7b421cb10e0df1507d87b } from '../../../collections/OitFrameworks/FrameworkGapNotice'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { ThaiAdminProvider as ThaiAdminProvider_b8277ee2f24e30f57eaf72cf3d95d71d } from '../../../admin/ThaiAdminProvider'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { UnitReadinessView as UnitReadinessView_c71b344e2dba5c83eb31cc3fe2581dee } from '../../../compliance/views/UnitReadinessView'
import { MatrixView as MatrixView_30eb8d2d0091245079c619176f6b73f0 } from '../../../compliance/views/MatrixView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/RowLabel#RowLabel": RowLabel_48ed4d7da4b97b69da8da597bfcf487e,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/admin/ThaiDateField#ThaiDateField": ThaiDateField_1b4557124266070965141bb0047bcfa2,
  "/collections/OitFrameworks/CheckField#CheckField": CheckField_63e1cff3b61b0e938969383f4354e46f,
  "/collections/OitFrameworks/ItemRowLabel#ItemRowLabel": ItemRowLabel_0c55519003b7466db7808aa4fc30e9bd,
  "/collections/OitFrameworks/CloneButton#CloneButton": CloneButton_d44fb2f3cb2a4df301f4970951fb36b0,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/admin/AmountField#AmountField": AmountField_6e7a9d48580a6fb26f462aea779252fe,
  "/approval/ApprovalPanel#ApprovalPanel": ApprovalPanel_1472eec90dd4258d95972317b378bcd3,
  "/admin/PublishChecklist#PublishChecklist": PublishChecklist_8252fb5480f4145a7c52fac7edd2f61f,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/companions/admin/CompanionStatus#CompanionStatus": CompanionStatus_c1a22dad2350d78e8d1abfbfe43b832d,
  "/imports/ImportRows#ImportRows": ImportRows_2c222014f317d6d57916e46826e1c7fb,
  "/admin/CheckboxCell#CheckboxCell": CheckboxCell_1d365acfbe6b0789f5478c2d88835383,
  "/egp/EgpFeed#EgpFeed": EgpFeed_1a5655393949568b80b7d4c9b5802279,
  "/admin/WinnerField#WinnerField": WinnerField_09714eaa0b036416b505b4ebac6c6f07,
  "/collections/ReviewFindings/ItemField#ItemField": ItemField_e0476a9b4f80adb3fc627359c3f3c3ce,
  "/compliance/views/NavLinks#ReadinessNavLinks": ReadinessNavLinks_02eebb3a175e9b15be85f2bfd4d9d439,
  "/collections/OitFrameworks/FrameworkGapNotice#FrameworkGapNotice": FrameworkGapNotice_2331240ce5e7b421cb10e0df1507d87b,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "/admin/ThaiAdminProvider#ThaiAdminProvider": ThaiAdminProvider_b8277ee2f24e30f57eaf72cf3d95d71d,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/compliance/views/UnitReadinessView#UnitReadinessView": UnitReadinessView_c71b344e2dba5c83eb31cc3fe2581dee,
  "/compliance/views/MatrixView#MatrixView": MatrixView_30eb8d2d0091245079c619176f6b73f0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
