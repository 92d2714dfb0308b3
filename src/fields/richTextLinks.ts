import { LinkFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'
import type { AfterErrorHook, Field, TextFieldValidation } from 'payload'

import { formatProblem, validateFormat } from '../validation/formats'
import { invalid } from '../validation/messages'

const linkLabel = { th: 'ลิงก์ในเนื้อหา', en: 'Link in the text' }
const checkLink = validateFormat('link', linkLabel)

/**
 * Lexical's link feature, its URL limited to what a reader may safely follow (http, https, mailto,
 * tel and this site's own pages); `javascript:` and `data:` links are refused when saved. (`any`:
 * each Lexical feature provider has its own props type.)
 */
export const safeLinks = (
  features: FeatureProviderServer<any, any, any>[],
): FeatureProviderServer<any, any, any>[] =>
  features.map((feature) =>
    feature.key === 'link'
      ? LinkFeature({
          fields: ({ defaultFields }) =>
            defaultFields.map((field) => {
              if (field.name !== 'url') return field as Field
              const validate: TextFieldValidation = (value, options) =>
                (options?.siblingData as { linkType?: string } | undefined)?.linkType === 'internal'
                  ? true
                  : checkLink(value, { required: true })
              return { ...field, validate } as Field
            }),
        })
      : feature,
  )

type FieldError = { message?: string; path?: string }

/**
 * Lexical reports a refused link only as "link node failed to validate: … url": the editor gets
 * the link rule itself, in Thai and English, on the rich-text field.
 */
export const explainLinkErrors: AfterErrorHook = ({ result }) => {
  const errors = (result as { errors?: { data?: { errors?: FieldError[] } }[] } | undefined)?.errors
  let changed = false
  for (const error of errors?.[0]?.data?.errors ?? []) {
    if (!/^link node failed to validate/.test(error.message ?? '')) continue
    error.message = invalid(linkLabel, formatProblem('link'))
    changed = true
  }
  return changed ? { response: result } : undefined
}
