import { RowLabel as RowLabel_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ThaiDateField as ThaiDateField_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { CheckField as CheckField_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { ItemRowLabel as ItemRowLabel_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { CloneButton as CloneButton_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { AmountField as AmountField_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { ApprovalPanel as ApprovalPanel_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { PublishChecklist as PublishChecklist_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
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
import { CompanionStatus as CompanionStatus_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { ImportRows as ImportRows_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { CheckboxCell as CheckboxCell_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { EgpFeed as EgpFeed_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { WinnerField as WinnerField_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { ItemField as ItemField_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { ReadinessNavLinks as ReadinessNavLinks_4e83163b9199a893e467f5535b8acb90 } from 'police-oit/rsc'
import { FrameworkGapNotice as FrameworkGapNotice_4e83163b9199a893e467f5535b8acb90 } from 'police-oit/rsc'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { ThaiAdminProvider as ThaiAdminProvider_a157b3a85ee1e1466f8594b15aab7b1e } from 'police-oit/client'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { UnitReadinessView as UnitReadinessView_4e83163b9199a893e467f5535b8acb90 } from 'police-oit/rsc'
import { MatrixView as MatrixView_4e83163b9199a893e467f5535b8acb90 } from 'police-oit/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "police-oit/client#RowLabel": RowLabel_a157b3a85ee1e1466f8594b15aab7b1e,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "police-oit/client#ThaiDateField": ThaiDateField_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#CheckField": CheckField_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#ItemRowLabel": ItemRowLabel_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#CloneButton": CloneButton_a157b3a85ee1e1466f8594b15aab7b1e,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "police-oit/client#AmountField": AmountField_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#ApprovalPanel": ApprovalPanel_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#PublishChecklist": PublishChecklist_a157b3a85ee1e1466f8594b15aab7b1e,
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
  "police-oit/client#CompanionStatus": CompanionStatus_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#ImportRows": ImportRows_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#CheckboxCell": CheckboxCell_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#EgpFeed": EgpFeed_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#WinnerField": WinnerField_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/client#ItemField": ItemField_a157b3a85ee1e1466f8594b15aab7b1e,
  "police-oit/rsc#ReadinessNavLinks": ReadinessNavLinks_4e83163b9199a893e467f5535b8acb90,
  "police-oit/rsc#FrameworkGapNotice": FrameworkGapNotice_4e83163b9199a893e467f5535b8acb90,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "police-oit/client#ThaiAdminProvider": ThaiAdminProvider_a157b3a85ee1e1466f8594b15aab7b1e,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "police-oit/rsc#UnitReadinessView": UnitReadinessView_4e83163b9199a893e467f5535b8acb90,
  "police-oit/rsc#MatrixView": MatrixView_4e83163b9199a893e467f5535b8acb90,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
